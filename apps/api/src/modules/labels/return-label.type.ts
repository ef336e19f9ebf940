import type { ReturnShippingPayer } from '@rebound/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { MoneyType } from '../returns/money.type';
import type { Carrier } from './carrier';
import { CarrierEnum, ReturnShippingPayerEnum } from './label.enums';

@ObjectType('LabelAddress', {
  description: 'A postal address as printed on a label (copied when the label was issued).',
})
export class LabelAddressType {
  @Field({ description: 'Who receives the parcel, e.g. "Harbor & Pine Returns Centre".' })
  name: string;

  @Field({ description: 'Street and number.' })
  addressLine1: string;

  @Field(() => String, { nullable: true, description: 'Suite, floor or building; null if none.' })
  addressLine2: string | null;

  @Field({ description: 'City.' })
  city: string;

  @Field(() => String, {
    nullable: true,
    description: 'State or region code, e.g. NV; null if none.',
  })
  region: string | null;

  @Field({ description: 'Postal or ZIP code.' })
  postalCode: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. US.' })
  countryCode: string;
}

@ObjectType('ReturnLabel', {
  description:
    'A prepaid return label sent to the customer: carrier, tracking number, cost, who pays, and where the parcel goes.',
})
export class ReturnLabelType {
  @Field(() => ID, { description: 'Stable identifier of the label.' })
  id: string;

  @Field(() => ID, { description: 'The return (RMA) this label ships back.' })
  returnId: string;

  @Field(() => CarrierEnum, { description: 'The carrier that carries the parcel.' })
  carrier: Carrier;

  @Field({ description: 'The carrier service printed on the label, e.g. "UPS Ground Returns".' })
  service: string;

  @Field({ description: "The carrier's tracking number, unique across all labels." })
  trackingNumber: string;

  @Field(() => MoneyType, {
    description: "What the label costs the seller, in the order's currency.",
  })
  cost: MoneyType;

  @Field(() => ReturnShippingPayerEnum, {
    description:
      'Who bears the return shipping: CUSTOMER means the cost is deducted from the refund.',
  })
  payer: ReturnShippingPayer;

  @Field(() => LabelAddressType, {
    description:
      "The return address on the label: the supplier's warehouse for supplier-fault returns, else the seller's returns centre.",
  })
  shipTo: LabelAddressType;

  @Field({ description: 'When the label was issued.' })
  issuedAt: Date;

  @Field({
    description:
      'When the label expires unused (30 days after issue); the return is then cancelled unless the carrier scanned it.',
  })
  expiresAt: Date;

  @Field({
    description:
      'Relative URL of the printable 4×6 inch PDF, e.g. /labels/<id>.pdf; any signed-in user may download it (cookie or API token).',
  })
  downloadUrl: string;
}
