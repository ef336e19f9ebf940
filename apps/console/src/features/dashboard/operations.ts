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

export const dashboardReturnRateQuery = graphql(`
  query DashboardReturnRate($range: AnalyticsRangeInput!, $granularity: AnalyticsGranularity!) {
    returnRate(range: $range, granularity: $granularity) {
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
