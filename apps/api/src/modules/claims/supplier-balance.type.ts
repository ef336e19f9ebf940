import { Field, Int, ObjectType } from 'type-graphql';
import { SupplierClaimSupplierType } from './supplier-claim.type';

@ObjectType('OutstandingClaimAgeing', {
  description:
    'Outstanding claim amounts (OPEN or SUBMITTED) by age since opening, in minor units of the balance currency. The four parts add up to outstanding.',
})
export class OutstandingClaimAgeingType {
  @Field(() => Int, { description: 'Opened 0 to 30 days ago.' })
  days0To30: number;

  @Field(() => Int, { description: 'Opened 31 to 60 days ago.' })
  days31To60: number;

  @Field(() => Int, { description: 'Opened 61 to 90 days ago.' })
  days61To90: number;

  @Field(() => Int, { description: 'Opened more than 90 days ago.' })
  over90Days: number;
}

@ObjectType('SupplierClaimCounts', {
  description: "How many of a supplier's claims are in each status.",
})
export class SupplierClaimCountsType {
  @Field(() => Int, { description: 'Claims not yet sent to the supplier.' })
  open: number;

  @Field(() => Int, { description: 'Claims sent and waiting for an answer.' })
  submitted: number;

  @Field(() => Int, { description: 'Claims the supplier accepted (in full or in part).' })
  accepted: number;

  @Field(() => Int, { description: 'Claims the supplier refused.' })
  rejected: number;
}

@ObjectType('SupplierBalance', {
  description:
    'What one supplier owes the seller in one currency, over all its claims. Amounts are Int minor units of `currency` (4999 USD = 49.99 USD). Finance-only (FINANCE or ADMIN).',
})
export class SupplierBalanceType {
  @Field(() => SupplierClaimSupplierType, { description: 'The supplier.' })
  supplier: SupplierClaimSupplierType;

  @Field({ description: 'ISO 4217 code of every amount of this balance.' })
  currency: string;

  @Field(() => Int, { description: 'Everything ever claimed, whatever the status.' })
  claimed: number;

  @Field(() => Int, { description: 'Still owed: the amounts of OPEN and SUBMITTED claims.' })
  outstanding: number;

  @Field(() => Int, { description: 'What the supplier credited on ACCEPTED claims.' })
  credited: number;

  @Field(() => Int, { description: 'The amounts of REJECTED claims: lost in full.' })
  rejected: number;

  @Field(() => Int, {
    description: 'Given up on ACCEPTED claims: their claimed amount minus what was credited.',
  })
  writtenOff: number;

  @Field(() => Int, {
    description: "The part of outstanding that is overdue (past the supplier's claim terms).",
  })
  overdue: number;

  @Field(() => SupplierClaimCountsType, { description: 'How many claims are in each status.' })
  counts: SupplierClaimCountsType;

  @Field(() => Int, {
    nullable: true,
    description:
      'Age in whole days of the oldest OPEN or SUBMITTED claim; null when nothing is outstanding.',
  })
  oldestOutstandingAgeDays: number | null;

  @Field(() => OutstandingClaimAgeingType, {
    description: 'Outstanding amounts by age: 0–30, 31–60, 61–90 and over 90 days.',
  })
  ageing: OutstandingClaimAgeingType;
}
