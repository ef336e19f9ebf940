import type { Fault, ReturnlessRefusal } from '@rebound/domain';
import { RETURNLESS_REFUSALS } from '@rebound/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { enumFromList } from '../../common/graphql/enum-from-list';
import { FaultEnum } from './fault.enum';
import { MoneyType } from '../catalog/money.type';

export const ReturnlessRefusalEnum = enumFromList(
  RETURNLESS_REFUSALS,
  'ReturnlessRefusal',
  'Why a line cannot be refunded without the item being shipped back.',
  {
    ABOVE_THRESHOLD:
      "The line's item value (unit price × units + tax share) is above the threshold.",
    CUSTOMER_FAULT: "The reason code is the customer's fault.",
  },
);

@ObjectType('ReturnlessLineVerdict', {
  description: 'Whether one return line qualifies for a returnless refund.',
})
export class ReturnlessLineVerdictType {
  @Field(() => ID, { description: 'The return line judged.' })
  returnLineId: string;

  @Field(() => MoneyType, {
    description: 'Unit price × units returned + the tax share, in the order currency.',
  })
  itemValue: MoneyType;

  @Field(() => FaultEnum, {
    description: 'The fault claimed by the reason code (nothing is inspected).',
  })
  fault: Fault;

  @Field(() => [ReturnlessRefusalEnum], {
    description: 'Why the line does not qualify; empty when it does.',
  })
  refusals: ReturnlessRefusal[];
}

@ObjectType('ReturnlessEligibility', {
  description:
    'Whether the return may be refunded without the items coming back (DESIGN: item value ≤ threshold and fault not CUSTOMER, for every line).',
})
export class ReturnlessEligibilityType {
  @Field({ description: 'True when every line qualifies.' })
  eligible: boolean;

  @Field(() => MoneyType, {
    description: "The policy's returnless threshold in the order currency.",
  })
  threshold: MoneyType;

  @Field(() => [ReturnlessLineVerdictType], { description: 'The verdict on each line.' })
  lines: ReturnlessLineVerdictType[];
}
