import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import { MAX_PAGE_SIZE } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { refuseInput } from '../reports/refund-scope';
import { checkAnalyticsScope } from './analytics-scope';
import {
  AnalyticsFilterInput,
  AnalyticsGranularityEnum,
  AnalyticsRangeInput,
  ReturnRateDimensionEnum,
  type AnalyticsGranularity,
  type ReturnRateDimension,
} from './analytics.input';
import {
  ReasonBreakdownRow,
  ReturnCostRow,
  ReturnRateReport,
  ReturnSpeed,
  SupplierScorecardRow,
  TopReturnedSku,
} from './analytics.types';
import { returnCosts } from './return-costs.service';
import { returnReasons, topReturnedSkus } from './return-breakdowns.service';
import {
  checkPointsPage,
  checkReturnRate,
  DEFAULT_POINTS_PAGE,
  MAX_POINTS_PAGE,
  returnRate,
} from './return-rate.service';
import { returnSpeed } from './return-speed.service';
import { supplierScorecard } from './supplier-scorecard.service';

const ADMIN = 'ADMIN only.';
const ADMIN_FINANCE = 'ADMIN or FINANCE.';
const EMPTY = 'A range without data answers zeros or empty lists, never an error.';
const RANGE = { description: 'The calendar days covered, and the time zone they are counted in.' };
const FILTER = {
  nullable: true,
  description: 'Narrows the answer; everything in the range when omitted.',
};

@Resolver()
export class AnalyticsResolver {
  @Allow('ADMIN')
  @Query(() => ReturnRateReport, {
    description: `Return rate (units returned ÷ units sold) over a range, in time buckets and groups, a page of points at a time (keyset cursors) with the total of the whole range. Units sold count by the order date, units returned by the return request date (rejected and cancelled returns excluded), each in its own bucket. ${EMPTY} ${ADMIN}`,
  })
  returnRate(
    @Ctx() ctx: RequestContext,
    @Arg('range', () => AnalyticsRangeInput, RANGE) range: AnalyticsRangeInput,
    @Arg('granularity', () => AnalyticsGranularityEnum, {
      defaultValue: 'MONTH',
      description: 'Size of the buckets (MONTH by default).',
    })
    granularity: AnalyticsGranularity,
    @Arg('groupBy', () => [ReturnRateDimensionEnum], {
      defaultValue: [],
      description:
        'The keys each point is split by, in any order; none by default (one point per bucket).',
    })
    groupBy: ReturnRateDimension[],
    @Arg('filter', () => AnalyticsFilterInput, FILTER) filter: AnalyticsFilterInput | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_POINTS_PAGE,
      description: `How many points per page, from 1 to ${MAX_POINTS_PAGE} (BAD_USER_INPUT at path \`first\` otherwise); ${DEFAULT_POINTS_PAGE} when omitted or null. A year of days is 366 points. The request cost limit (GRAPHQL_VALIDATION_FAILED) multiplies the cost of the selected point fields by a literal \`first\`, so ask no more points than the chart needs (e.g. 400 for a year of days).`,
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description:
        'Opaque cursor: `pageInfo.endCursor` of the previous page; the points after it. Valid only with the same range, granularity, groupBy and filter it came from (BAD_USER_INPUT at path `after` otherwise). The first page when omitted.',
    })
    after: string | null,
  ): Promise<ReturnRateReport> {
    const query = checkReturnRate(range, granularity, groupBy, filter);
    return returnRate(ctx, query, checkPointsPage(query, first, after));
  }

  @Allow('ADMIN')
  @Query(() => [ReasonBreakdownRow], {
    description: `Returned units and returns per reason code over a range, most units first (ties by code); only reasons with returns are listed. ${EMPTY} ${ADMIN}`,
  })
  returnReasons(
    @Ctx() ctx: RequestContext,
    @Arg('range', () => AnalyticsRangeInput, RANGE) range: AnalyticsRangeInput,
    @Arg('filter', () => AnalyticsFilterInput, FILTER) filter: AnalyticsFilterInput | null,
  ): Promise<ReasonBreakdownRow[]> {
    return returnReasons(ctx, checkAnalyticsScope(range, filter));
  }

  @Allow('ADMIN')
  @Query(() => [TopReturnedSku], {
    description: `The SKUs with the most units returned over a range (ties by SKU id), with their units sold in the same range. ${EMPTY} ${ADMIN}`,
  })
  topReturnedSkus(
    @Ctx() ctx: RequestContext,
    @Arg('range', () => AnalyticsRangeInput, RANGE) range: AnalyticsRangeInput,
    @Arg('filter', () => AnalyticsFilterInput, FILTER) filter: AnalyticsFilterInput | null,
    @Arg('first', () => Int, {
      defaultValue: 10,
      description: `How many SKUs, from 1 to ${MAX_PAGE_SIZE} (path \`first\` otherwise); 10 by default.`,
    })
    first: number,
  ): Promise<TopReturnedSku[]> {
    const scope = checkAnalyticsScope(range, filter);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
      throw refuseInput([{ path: 'first', problems: [`must be from 1 to ${MAX_PAGE_SIZE}`] }]);
    return topReturnedSkus(ctx, scope, first);
  }

  @Allow('ADMIN', 'FINANCE')
  @Query(() => [SupplierScorecardRow], {
    description: `Per supplier: units sold, supplier-fault units returned and their rate, and supplier claims opened in the range (owed and recovered, per claim currency), by supplier name. ${EMPTY} ${ADMIN_FINANCE}`,
  })
  supplierScorecard(
    @Ctx() ctx: RequestContext,
    @Arg('range', () => AnalyticsRangeInput, RANGE) range: AnalyticsRangeInput,
    @Arg('filter', () => AnalyticsFilterInput, FILTER) filter: AnalyticsFilterInput | null,
  ): Promise<SupplierScorecardRow[]> {
    return supplierScorecard(ctx, checkAnalyticsScope(range, filter));
  }

  @Allow('ADMIN')
  @Query(() => ReturnSpeed, {
    description: `How fast the returns requested in a range were handled: request → authorization and receipt → refund (median and p90 hours), and SLA breaches. ${EMPTY} ${ADMIN}`,
  })
  returnSpeed(
    @Ctx() ctx: RequestContext,
    @Arg('range', () => AnalyticsRangeInput, RANGE) range: AnalyticsRangeInput,
    @Arg('filter', () => AnalyticsFilterInput, FILTER) filter: AnalyticsFilterInput | null,
  ): Promise<ReturnSpeed> {
    return returnSpeed(ctx, checkAnalyticsScope(range, filter));
  }

  @Allow('ADMIN', 'FINANCE')
  @Query(() => [ReturnCostRow], {
    description: `What the returns requested in a range cost, one row per currency (none when nothing happened): labels paid by the seller, fees kept, write-offs and supplier recoveries, in minor units. ${ADMIN_FINANCE}`,
  })
  returnCosts(
    @Ctx() ctx: RequestContext,
    @Arg('range', () => AnalyticsRangeInput, RANGE) range: AnalyticsRangeInput,
    @Arg('filter', () => AnalyticsFilterInput, FILTER) filter: AnalyticsFilterInput | null,
  ): Promise<ReturnCostRow[]> {
    return returnCosts(ctx, checkAnalyticsScope(range, filter));
  }
}
