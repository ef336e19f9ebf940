import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Siblings } from '../catalog/siblings';
import { LocationType } from '../suppliers/location.type';
import type { StockLevelRow } from './stock.rows';

@ObjectType('StockLevel', {
  description:
    'Units of a SKU at a location, sellable or in quarantine; always the sum of its stock movements.',
})
export class StockLevelType implements StockLevelRow {
  @Field(() => ID, { description: 'The SKU counted (also available as `sku`).' })
  skuId: string;

  @Field(() => LocationType, { description: 'Where the units are.' })
  location: LocationType;

  @Field(() => Int, { description: 'Units that can be sold again.' })
  sellable: number;

  @Field(() => Int, {
    description: 'Units set aside: waiting to be refurbished, inspected again or sent back.',
  })
  quarantine: number;

  @Field({ description: 'When the last movement changed this level.' })
  updatedAt: Date;

  /** Foreign key; the location itself is embedded. */
  locationId: string;

  /** The other levels of the same answer, to load their SKUs in one query. */
  siblings: Siblings<StockLevelRow>;
}
