import { Field, ID, ObjectType } from 'type-graphql';
import { enumFromList } from '../../common/graphql/enum-from-list';
import type { LocationKind } from './location.entity';

export const LOCATION_KINDS = [
  'RETURNS_CENTRE',
  'SUPPLIER_WAREHOUSE',
] as const satisfies readonly LocationKind[];

export const LocationKindEnum = enumFromList(
  LOCATION_KINDS,
  'LocationKind',
  "What a location is: the seller's own returns centre or a supplier's warehouse.",
  {
    RETURNS_CENTRE:
      "The seller's returns centre: parcels are received, inspected and stocked here.",
    SUPPLIER_WAREHOUSE: "A supplier's warehouse: its return address for supplier-fault returns.",
  },
);

@ObjectType('Location', {
  description: 'A place that receives returns and holds stock, with its postal address.',
})
export class LocationType {
  @Field(() => ID, { description: 'Stable identifier of the location.' })
  id: string;

  @Field({ description: 'Short unique code, e.g. HP-RC-RENO.' })
  code: string;

  @Field({ description: 'Name printed on labels and shown in lists.' })
  name: string;

  @Field(() => LocationKindEnum, { description: 'Returns centre or supplier warehouse.' })
  kind: LocationKind;

  @Field(() => ID, {
    nullable: true,
    description: "The supplier owning this warehouse; null for the seller's returns centre.",
  })
  supplierId: string | null;

  @Field({ description: 'First address line (street and number).' })
  addressLine1: string;

  @Field(() => String, { nullable: true, description: 'Second address line, if any.' })
  addressLine2: string | null;

  @Field({ description: 'City.' })
  city: string;

  @Field(() => String, { nullable: true, description: 'State, province or region, if any.' })
  region: string | null;

  @Field({ description: 'Postal or ZIP code.' })
  postalCode: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. US.' })
  countryCode: string;
}
