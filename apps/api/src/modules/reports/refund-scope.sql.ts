import type { SqlParams } from '../returns/list/sql-params';
import type { RefundScope } from './refund-scope';

/** True when refund `alias` has a line of an SKU of the supplier whose id is `supplier`. */
export function hasSupplierLine(alias: string, supplier: string): string {
  return `EXISTS (SELECT 1 FROM refund_lines srl
    JOIN order_lines sol ON sol.id = srl.order_line_id
    JOIN skus ssk ON ssk.id = sol.sku_id
    WHERE srl.refund_id = ${alias}.id AND ssk.supplier_id = ${supplier}::uuid)`;
}

/**
 * The WHERE conditions of a scope over `refunds` aliased `alias`, ANDed by the caller: created in
 * [from, to), then status, method, currency and supplier when given.
 */
export function refundScopeConditions(
  scope: RefundScope,
  alias: string,
  params: SqlParams,
): string[] {
  const conditions = [
    `${alias}.created_at >= ${params.add(scope.from)}`,
    `${alias}.created_at < ${params.add(scope.to)}`,
  ];
  if (scope.statuses !== null)
    conditions.push(`${alias}.status = ANY(${params.add(scope.statuses)}::text[])`);
  if (scope.methods !== null)
    conditions.push(`${alias}.method = ANY(${params.add(scope.methods)}::text[])`);
  if (scope.currency !== null) conditions.push(`${alias}.currency = ${params.add(scope.currency)}`);
  if (scope.supplierId !== null)
    conditions.push(hasSupplierLine(alias, params.add(scope.supplierId)));
  return conditions;
}
