import { graphql } from '../../lib/graphql/generated';

export const dashboardReturnStatsQuery = graphql(`
  query DashboardReturnStats {
    returnStats {
      total
      byStatus {
        status
        count
      }
    }
  }
`);

/** Returns with an SLA clock overdue now; only the count is asked for. */
export const dashboardOverdueQuery = graphql(`
  query DashboardOverdue {
    returns(filter: { slaOverdue: true }, first: 1) {
      totalCount
    }
  }
`);

// The trend needs every point in one answer: returnRate pages its points (100 by default), and
// ungrouped the answer has one point per bucket — at most 31 days, 27 weeks or 121 months
// (trendGranularity; the API accepts ranges up to 3660 days) — so one page of 200 holds them all.
// Not more: the API's cost limit multiplies a list's cost by a literal `first` (1000 is refused).
export const dashboardReturnRateQuery = graphql(`
  query DashboardReturnRate($range: AnalyticsRangeInput!, $granularity: AnalyticsGranularity!) {
    returnRate(range: $range, granularity: $granularity, first: 200) {
      total {
        unitsSold
        unitsReturned
        rate
      }
      points {
        bucketStart
        unitsSold
        unitsReturned
        rate
      }
    }
  }
`);

export const dashboardReturnReasonsQuery = graphql(`
  query DashboardReturnReasons($range: AnalyticsRangeInput!) {
    returnReasons(range: $range) {
      reasonCode
      fault
      label
      units
      returns
      share
    }
  }
`);

export const dashboardTopReturnedSkusQuery = graphql(`
  query DashboardTopReturnedSkus($range: AnalyticsRangeInput!, $first: Int!) {
    topReturnedSkus(range: $range, first: $first) {
      unitsSold
      unitsReturned
      rate
      sku {
        id
        code
        name
      }
    }
  }
`);

export const dashboardRefundsQuery = graphql(`
  query DashboardRefunds($filter: RefundReportFilter!, $groupBy: [RefundReportGroup!]!) {
    refundReport(filter: $filter, groupBy: $groupBy) {
      periodStart
      currency
      refundCount
      total
    }
  }
`);
