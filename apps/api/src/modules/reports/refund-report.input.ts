import type { RefundStatus } from '@rebound/domain';
import { Field, ID, InputType } from 'type-graphql';
import { enumFromList } from '../../common/graphql/enum-from-list';
import type { RefundMethod } from '../refunds/refund.entity';
import { RefundMethodEnum, RefundStatusEnum } from '../refunds/refund.enums';

/** What a refund report row can be grouped by: at most one period, any of the dimensions. */
export const REFUND_REPORT_GROUPS = [
  'DAY',
  'WEEK',
  'MONTH',
  'STATUS',
  'METHOD',
  'CURRENCY',
  'SUPPLIER',
] as const;
export type RefundReportGroup = (typeof REFUND_REPORT_GROUPS)[number];

export const REFUND_REPORT_PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;
export type RefundReportPeriod = (typeof REFUND_REPORT_PERIODS)[number];

export const RefundReportGroupEnum = enumFromList(
  REFUND_REPORT_GROUPS,
  'RefundReportGroup',
  'A key the refund report groups its rows by. At most one period (DAY, WEEK or MONTH); the currency is always a key, whether listed or not.',
  {
    DAY: 'Calendar day of creation in the filter time zone.',
    WEEK: 'ISO week of creation (starting on Monday) in the filter time zone.',
    MONTH: 'Calendar month of creation in the filter time zone.',
    STATUS: 'Refund lifecycle status (now, not at creation).',
    METHOD: 'How the money reaches the customer.',
    CURRENCY: 'ISO 4217 currency (always a key; listing it changes nothing).',
    SUPPLIER:
      "Supplier of the refunded SKUs: each refund's amount is attributed per supplier through its refund lines (order line → SKU → supplier).",
  },
);

@InputType({
  description:
    'Which refunds a finance report covers. Every field given must hold (AND); a list matches any of its values (OR); a missing field, null or an empty list does not filter.',
})
export class RefundReportFilter {
  @Field(() => Date, {
    description: 'Refunds created at or after this instant (inclusive).',
  })
  from: Date;

  @Field(() => Date, {
    description:
      'Refunds created before this instant (exclusive), so that consecutive ranges never overlap. Equal to `from` gives an empty report; before `from` is refused (BAD_USER_INPUT, path `filter.to`).',
  })
  to: Date;

  @Field(() => String, {
    defaultValue: 'UTC',
    description:
      'IANA time zone (e.g. America/New_York) in which days, weeks and months are counted; UTC by default. Offsets such as +05:00 are refused (path `filter.timeZone`).',
  })
  timeZone: string;

  @Field(() => [RefundStatusEnum], {
    nullable: true,
    description: 'Refunds in any of these statuses.',
  })
  status?: RefundStatus[] | null;

  @Field(() => [RefundMethodEnum], {
    nullable: true,
    description: 'Refunds paid out by any of these methods.',
  })
  method?: RefundMethod[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Refunds in this ISO 4217 currency (e.g. USD); an unknown code is refused.',
  })
  currency?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only this supplier's part: refunds with a line of its SKUs, counting the amounts attributed to it (as when grouped by SUPPLIER).",
  })
  supplierId?: string | null;
}
