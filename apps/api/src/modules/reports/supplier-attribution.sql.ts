/**
 * CTEs that split each refund of `scoped` per supplier, ending in `attributed`: one row per
 * (refund, supplier) with the refund's keys and the supplier's part, in the columns the report
 * sums (total_minor, items, tax, shipping, restocking_fees, label_deduction,
 * shipping_reimbursement).
 *
 * - The breakdown's lines give items, tax, shipping and restocking fees per order line; the
 *   refund lines give the money (total). Both are matched per order line (a FULL JOIN, so a line
 *   present on one side only still counts) and reach the supplier through order line → SKU.
 * - The per-return adjustments (label deduction, shipping reimbursement) belong to no line: they
 *   are split between the refund's suppliers in proportion to their capped line totals, by
 *   largest remainder (ties to the lower supplier id; equal parts when every weight is zero), so
 *   the supplier rows of a refund add up to exactly its own figures.
 */
export const SUPPLIER_ATTRIBUTION_CTES = `
breakdown_lines AS (
  SELECT s.id AS refund_id, (l->>'orderLineId')::uuid AS order_line_id,
    coalesce((l->>'item')::bigint, 0) AS items,
    coalesce((l->>'tax')::bigint, 0) AS tax,
    coalesce((l->>'shipping')::bigint, 0) AS shipping,
    coalesce((l->>'restockingFee')::bigint, 0) AS restocking_fees,
    greatest(least(coalesce((l->>'lineTotal')::bigint, 0), coalesce((l->>'remaining')::bigint, 0)), 0) AS weight
  FROM scoped s CROSS JOIN LATERAL jsonb_array_elements(coalesce(s.breakdown->'lines', '[]'::jsonb)) l
),
money_lines AS (
  SELECT rl.refund_id, rl.order_line_id, rl.amount_minor
  FROM refund_lines rl JOIN scoped s ON s.id = rl.refund_id
),
supplier_parts AS (
  SELECT coalesce(b.refund_id, m.refund_id) AS refund_id, k.supplier_id,
    sum(coalesce(m.amount_minor, 0))::bigint AS total_minor,
    sum(coalesce(b.items, 0))::bigint AS items,
    sum(coalesce(b.tax, 0))::bigint AS tax,
    sum(coalesce(b.shipping, 0))::bigint AS shipping,
    sum(coalesce(b.restocking_fees, 0))::bigint AS restocking_fees,
    sum(coalesce(b.weight, 0))::bigint AS weight
  FROM breakdown_lines b
  FULL JOIN money_lines m ON m.refund_id = b.refund_id AND m.order_line_id = b.order_line_id
  JOIN order_lines ol ON ol.id = coalesce(b.order_line_id, m.order_line_id)
  JOIN skus k ON k.id = ol.sku_id
  GROUP BY 1, 2
),
weighted AS (
  SELECT p.*, s.period, s.status, s.method, s.currency,
    s.label_deduction AS refund_label_deduction,
    s.shipping_reimbursement AS refund_shipping_reimbursement,
    CASE WHEN sum(p.weight) OVER refund > 0 THEN p.weight ELSE 1 END AS share_weight,
    CASE WHEN sum(p.weight) OVER refund > 0 THEN (sum(p.weight) OVER refund)::bigint
         ELSE count(*) OVER refund END AS weight_total
  FROM supplier_parts p JOIN scoped s ON s.id = p.refund_id
  WINDOW refund AS (PARTITION BY p.refund_id)
),
floored AS (
  SELECT w.*,
    w.refund_label_deduction * w.share_weight / w.weight_total AS ld_floor,
    w.refund_label_deduction * w.share_weight % w.weight_total AS ld_rest,
    w.refund_shipping_reimbursement * w.share_weight / w.weight_total AS sr_floor,
    w.refund_shipping_reimbursement * w.share_weight % w.weight_total AS sr_rest
  FROM weighted w
),
attributed AS (
  SELECT f.refund_id, f.supplier_id, f.period, f.status, f.method, f.currency,
    f.total_minor, f.items, f.tax, f.shipping, f.restocking_fees,
    f.ld_floor + CASE WHEN row_number() OVER (PARTITION BY f.refund_id ORDER BY f.ld_rest DESC, f.supplier_id)
      <= f.refund_label_deduction - sum(f.ld_floor) OVER (PARTITION BY f.refund_id) THEN 1 ELSE 0 END
      AS label_deduction,
    f.sr_floor + CASE WHEN row_number() OVER (PARTITION BY f.refund_id ORDER BY f.sr_rest DESC, f.supplier_id)
      <= f.refund_shipping_reimbursement - sum(f.sr_floor) OVER (PARTITION BY f.refund_id) THEN 1 ELSE 0 END
      AS shipping_reimbursement
  FROM floored f
)`;
