import { withQuery } from '../../lib/url';

export const dashboardSection = '/';
export const dashboardPath = dashboardSection;

export interface DashboardParams {
  /** First day of the range the numbers and charts cover (YYYY-MM-DD). */
  readonly from?: string | undefined;
  /** Last day included. */
  readonly to?: string | undefined;
}

/** The dashboard, over a picked range; no params is the default range. */
export const dashboardUrl = (params: DashboardParams = {}): string =>
  withQuery(dashboardPath, { ...params });
