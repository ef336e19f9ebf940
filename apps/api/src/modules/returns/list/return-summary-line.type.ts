import type { Disposition, Fault, ReasonCode } from '@rebound/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DispositionEnum } from '../disposition.enum';
import { FaultEnum } from '../fault.enum';
import { ReasonCodeEnum } from '../reason-code.enum';

@ObjectType('ReturnSummarySupplier', {
  description: 'The supplier of a returned SKU, as shown in the returns list.',
})
export class ReturnSummarySupplier {
  @Field(() => ID, { description: 'Stable identifier of the supplier.' })
  id: string;

  @Field({ description: "The supplier's short code, e.g. HEARTH." })
  code: string;

  @Field({ description: "The supplier's name." })
  name: string;
}

@ObjectType('ReturnSummarySku', {
  description: 'A returned product, as shown in the returns list.',
})
export class ReturnSummarySku {
  @Field(() => ID, { description: 'Stable identifier of the SKU.' })
  id: string;

  @Field({ description: 'The merchant SKU code.' })
  code: string;

  @Field({ description: 'The product name.' })
  name: string;

  @Field(() => String, { nullable: true, description: "Amazon's ASIN, when the product has one." })
  asin: string | null;
}

@ObjectType('ReturnSummaryLine', {
  description: 'One line of a return in the returns list: units of one order line coming back.',
})
export class ReturnSummaryLine {
  @Field(() => ID, { description: 'Stable identifier of the return line.' })
  id: string;

  @Field(() => Int, { description: 'Units of the order line coming back (at least 1).' })
  quantity: number;

  @Field(() => ReasonCodeEnum, { description: 'Why the customer returns these units.' })
  reasonCode: ReasonCode;

  @Field(() => FaultEnum, {
    description:
      'The fault the reason code claims, from the reason catalogue (before any inspection re-assesses it).',
  })
  reasonFault: Fault;

  @Field(() => DispositionEnum, {
    nullable: true,
    description: 'Where the units go after inspection; null until the line is inspected.',
  })
  disposition: Disposition | null;

  @Field(() => ReturnSummarySku, { description: 'The product returned.' })
  sku: ReturnSummarySku;

  @Field(() => ReturnSummarySupplier, { description: "The SKU's supplier." })
  supplier: ReturnSummarySupplier;
}
