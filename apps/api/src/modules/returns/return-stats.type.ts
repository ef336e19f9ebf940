import type { ReturnStatus } from '@rebound/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { ReturnStatusEnum } from './return-status.enum';

@ObjectType({ description: 'The number of returns in one lifecycle status.' })
export class ReturnStatusCount {
  @Field(() => ReturnStatusEnum, { description: 'The lifecycle status counted.' })
  status: ReturnStatus;

  @Field(() => Int, { description: 'How many returns are in this status now.' })
  count: number;
}

@ObjectType({ description: 'Counts of returns, in total and per lifecycle status.' })
export class ReturnStats {
  @Field(() => Int, { description: 'All returns, whatever their status.' })
  total: number;

  @Field(() => [ReturnStatusCount], {
    description:
      'Returns per status, in lifecycle order; every status is listed, with 0 where none.',
  })
  byStatus: ReturnStatusCount[];
}
