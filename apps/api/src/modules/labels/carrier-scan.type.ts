import { Field, ID, ObjectType } from 'type-graphql';
import type { Carrier, CarrierScanEvent } from './carrier';
import { CarrierEnum, CarrierScanEventEnum } from './label.enums';

@ObjectType('CarrierScan', {
  description: 'One tracking event the carrier reported for a return label.',
})
export class CarrierScanType {
  @Field(() => ID, { description: 'Stable identifier of the scan.' })
  id: string;

  @Field(() => ID, { description: 'The label that was scanned.' })
  labelId: string;

  @Field(() => CarrierEnum, { description: 'The carrier that reported the scan.' })
  carrier: Carrier;

  @Field({ description: 'The tracking number that was scanned.' })
  trackingNumber: string;

  @Field(() => CarrierScanEventEnum, { description: 'What the carrier reported.' })
  event: CarrierScanEvent;

  @Field(() => String, {
    nullable: true,
    description:
      'Where it happened, as the carrier wrote it (e.g. "Reno, NV hub"); null if not given.',
  })
  location: string | null;

  @Field({ description: 'When the carrier scanned the parcel (the carrier’s time, not ours).' })
  scannedAt: Date;
}
