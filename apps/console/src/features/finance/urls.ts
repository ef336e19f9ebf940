import { addDays } from '../../lib/date-range';
import type { SupplierClaimStatus } from '../../lib/graphql/generated/graphql';
import type { ReportPeriod } from '../../lib/periods';
import { withQuery } from '../../lib/url';

export { REPORT_PERIODS, type ReportPeriod } from '../../lib/periods';

export const financePath = '/finance';
export const supplierClaimsPath = '/finance/claims';
export const supplierBalancesPath = '/finance/balances';

export interface RefundReportParams {
  /** First day included (YYYY-MM-DD). */
  readonly from?: string | undefined;
  /** Last day included (YYYY-MM-DD). */
  readonly to?: string | undefined;
  readonly period?: ReportPeriod | undefined;
  readonly currency?: string | undefined;
  /** IANA time zone the days are counted in; UTC when absent. */
  readonly tz?: string | undefined;
}

export const financeUrl = (params: RefundReportParams = {}): string =>
  withQuery(financePath, { ...params });

export interface SupplierClaimsParams {
  readonly status?: SupplierClaimStatus | undefined;
  readonly supplier?: string | undefined;
  readonly overdue?: boolean | undefined;
  readonly after?: string | undefined;
  /** The `after` of each earlier page, so Previous is a link (lib/ui/keyset-pages). */
  readonly trail?: readonly string[] | undefined;
  /** An open decision form: `<action>:<claimId>`. */
  readonly decide?: string | undefined;
}

export const supplierClaimsUrl = (params: SupplierClaimsParams = {}): string =>
  withQuery(supplierClaimsPath, { ...params });

export interface SupplierBalancesParams {
  readonly currency?: string | undefined;
}

export const supplierBalancesUrl = (params: SupplierBalancesParams = {}): string =>
  withQuery(supplierBalancesPath, { ...params });

/** What GET /exports/refunds.csv needs: dates are local midnights in the zone, `to` exclusive. */
export interface RefundExportParams {
  readonly from: string;
  /** Last day included; the export's `to` is the day after. */
  readonly to: string;
  readonly timeZone: string;
  readonly currency?: string | undefined;
}

export function refundExportUrl(params: RefundExportParams): string {
  return withQuery('/exports/refunds.csv', {
    from: params.from,
    to: addDays(params.to, 1),
    timeZone: params.timeZone,
    currency: params.currency,
  });
}
