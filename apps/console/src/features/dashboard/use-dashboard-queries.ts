import { dateRangeInstants, type DateRange } from '../../lib/date-range';
import { useTypedQuery } from '../../lib/graphql/use-typed-query';
import { DASHBOARD_TIME_ZONE, trendGranularity } from './dashboard-range';
import {
  dashboardRefundsQuery,
  dashboardReturnRateQuery,
  dashboardReturnReasonsQuery,
  dashboardTopReturnedSkusQuery,
} from './operations';

// The headline cards and the charts ask with the same variables, so urql answers both with one request.

export function useReturnRate(range: DateRange, pause = false) {
  return useTypedQuery({
    query: dashboardReturnRateQuery,
    variables: {
      range: { from: range.from, to: range.to, timeZone: DASHBOARD_TIME_ZONE },
      granularity: trendGranularity(range),
    },
    pause,
  });
}

/** Issued refunds created in the range, by ISO week and currency. */
export function useRefundsByWeek(range: DateRange, pause = false) {
  const instants = dateRangeInstants(range, DASHBOARD_TIME_ZONE);
  return useTypedQuery({
    query: dashboardRefundsQuery,
    variables: {
      filter: { ...instants, timeZone: DASHBOARD_TIME_ZONE, status: ['ISSUED'] },
      groupBy: ['WEEK', 'CURRENCY'],
    },
    pause,
  });
}

export function useReturnReasons(range: DateRange) {
  return useTypedQuery({
    query: dashboardReturnReasonsQuery,
    variables: { range: { from: range.from, to: range.to, timeZone: DASHBOARD_TIME_ZONE } },
  });
}

export const TOP_SKUS = 10;

export function useTopReturnedSkus(range: DateRange) {
  return useTypedQuery({
    query: dashboardTopReturnedSkusQuery,
    variables: {
      range: { from: range.from, to: range.to, timeZone: DASHBOARD_TIME_ZONE },
      first: TOP_SKUS,
    },
  });
}
