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
