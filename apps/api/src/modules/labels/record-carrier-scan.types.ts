import type { ReturnStatus } from '@rebound/domain';
import { IsDate, IsIn, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { ReturnStatusEnum } from '../returns/return-status.enum';
import { CARRIER_SCAN_EVENTS, type CarrierScanEvent } from './carrier';
import { CarrierScanType } from './carrier-scan.type';
import { CarrierScanEventEnum } from './label.enums';

@InputType({ description: 'A tracking event reported by the carrier (or a tracking integration).' })
export class RecordCarrierScanInput {
  @Field({ description: 'The tracking number printed on the label.' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(64)
  trackingNumber: string;

  @Field(() => CarrierScanEventEnum, { description: 'What the carrier reported.' })
  @IsIn(CARRIER_SCAN_EVENTS)
  event: CarrierScanEvent;

  @Field({
    description:
      'When the carrier scanned the parcel. The same tracking number, event and time is one scan: sending it again changes nothing.',
  })
  @IsDate({ message: 'must be an instant' })
  scannedAt: Date;

  @Field(() => String, { nullable: true, description: 'Where, as the carrier wrote it; optional.' })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty when given' })
  @MaxLength(200)
  location?: string | null;
}

@ObjectType({ description: 'The recorded scan and where the return now stands.' })
export class RecordCarrierScanPayload {
  @Field(() => CarrierScanType, {
    description: 'The scan as stored; a repeated report answers with the scan stored first.',
  })
  scan: CarrierScanType;

  @Field(() => ReturnStatusEnum, {
    description:
      'The return status after the scan: the first scan moves LABEL_ISSUED to IN_TRANSIT.',
  })
  returnStatus: ReturnStatus;
}
