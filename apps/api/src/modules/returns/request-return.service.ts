import {
  assessReturnRequest,
  firstResponseClock,
  type DomainError,
  type ExistingReturn,
  type ReturnStatus,
} from '@rebound/domain';
import { AppError, fromDomainError, notFound } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { OrderLineEntity } from '../orders/order-line.entity';
import { OrderEntity } from '../orders/order.entity';
import { pastInstant } from './bad-input';
import { storePolicyVerdict } from './policy-verdict';
import { reloadReturnView } from './load-return-view';
import { returnPolicyInForce } from './return-policy.service';
import { recordReturnRequested } from './return-transition';
import { ReturnLineEntity } from './return-line.entity';
import { ReturnEntity } from './return.entity';
import type { RmaType } from './return.type';
import type { RequestReturnInput } from './request-return.types';

/** Other returns of the order with their lines, whose units may still be held. */
async function otherReturnsOf(tx: TransactionContext, orderId: string): Promise<ExistingReturn[]> {
  const rows: { id: string; status: ReturnStatus; orderLineId: string; quantity: number }[] =
    await tx.manager.query(
      `SELECT r.id, r.status, rl.order_line_id AS "orderLineId", rl.quantity
       FROM returns r JOIN return_lines rl ON rl.return_id = r.id
      WHERE r.order_id = $1`,
      [orderId],
    );
  const byReturn = new Map<
    string,
    { status: ReturnStatus; lines: { orderLineId: string; quantity: number }[] }
  >();
  for (const row of rows) {
    const entry = byReturn.get(row.id) ?? { status: row.status, lines: [] };
    entry.lines.push({ orderLineId: row.orderLineId, quantity: row.quantity });
    byReturn.set(row.id, entry);
  }
  return [...byReturn.values()];
}

/** The domain's refusal, with the input field it concerns when it names one line. */
function refusal(error: DomainError, input: RequestReturnInput): AppError {
  const index = input.lines.findIndex((line) => line.orderLineId === error.details.orderLineId);
  const field = error.code === 'QUANTITY_EXCEEDS_RETURNABLE' ? 'quantity' : 'orderLineId';
  const path = error.code.startsWith('OVERRIDE_REASON')
    ? 'input.overrideReason'
    : index >= 0
      ? `input.lines[${index}].${field}`
      : null;
  return fromDomainError(path === null ? error : { ...error, details: { ...error.details, path } });
}

/**
 * Enters a return request: the domain judges it against the order, its other returns and the
 * policy in force (window, quantities, same order, late override); an accepted request becomes
 * a REQUESTED return with an RMA number, its lines, the stored verdict and the first-response clock.
 */
export async function requestReturn(
  tx: TransactionContext,
  input: RequestReturnInput,
): Promise<MutationOutcome<RmaType>> {
  const now = new Date();
  const requestedAt = pastInstant(input.requestedAt, 'input.requestedAt', now);
  // Locking the order makes two requests for the same units take turns.
  const order = await tx.manager.findOne(OrderEntity, {
    where: { id: input.orderId },
    lock: { mode: 'pessimistic_write' },
  });
  if (order === null) throw notFound('Order', input.orderId);
  const paid = input.customerShippingPaid ?? null;
  if (paid !== null && paid.currency !== order.currency) {
    throw new AppError(
      'CURRENCY_MISMATCH',
      `The order is in ${order.currency}, not ${paid.currency}`,
      {
        path: 'input.customerShippingPaid.currency',
        expected: order.currency,
      },
    );
  }
  const orderLines = await tx.manager.find(OrderLineEntity, {
    where: { orderId: order.id },
    relations: { sku: true },
  });
  const policy = await returnPolicyInForce(tx.manager, [
    ...new Set(orderLines.flatMap((line) => (line.sku === undefined ? [] : [line.sku.supplierId]))),
  ]);
  const overrideReason = input.overrideReason ?? null;
  const verdict = assessReturnRequest(
    {
      order: {
        orderId: order.id,
        deliveredAt: order.deliveredAt,
        lines: orderLines.map((line) => ({
          orderLineId: line.id,
          quantityDelivered: line.quantity,
          supplierId: line.sku?.supplierId ?? null,
          categoryId: line.sku?.category ?? null,
        })),
      },
      lines: input.lines.map((line) => ({
        orderLineId: line.orderLineId,
        quantity: line.quantity,
      })),
      requestedAt,
      otherReturns: await otherReturnsOf(tx, order.id),
      override: overrideReason === null ? null : { reason: overrideReason },
    },
    policy,
  );
  if (!verdict.ok) throw refusal(verdict.error, input);

  const [sequence] = await tx.manager.query<{ rmaNumber: string }[]>(
    `SELECT 'RMA-' || lpad(nextval('rma_number_seq')::text, 6, '0') AS "rmaNumber"`,
  );
  if (sequence === undefined) throw new Error('rma_number_seq gave no value');
  const rma = await tx.manager.save(
    tx.manager.create(ReturnEntity, {
      rmaNumber: sequence.rmaNumber,
      orderId: order.id,
      status: 'REQUESTED',
      requestedAt,
      policyVerdict: storePolicyVerdict(verdict.value, requestedAt),
      overrideReason: verdict.value.overrideReason,
      customerShippingPaidMinor: paid?.amount ?? null,
      requestedById: tx.user.id,
      firstResponseDueAt: firstResponseClock(requestedAt).dueAt,
    }),
  );
  await tx.manager.insert(
    ReturnLineEntity,
    input.lines.map((line) => ({
      returnId: rma.id,
      orderLineId: line.orderLineId,
      quantity: line.quantity,
      reasonCode: line.reasonCode,
      customerComment: line.customerComment?.trim() || null,
    })),
  );
  const decision = {
    withinWindow: verdict.value.withinWindow,
    acceptedByOverride: verdict.value.acceptedByOverride,
    overrideReason: verdict.value.overrideReason,
  };
  await recordReturnRequested(tx, rma, decision);
  return {
    result: await reloadReturnView(tx, rma.id),
    targetId: rma.id,
    before: null,
    after: {
      rmaNumber: rma.rmaNumber,
      status: rma.status,
      orderId: order.id,
      ...decision,
      lines: input.lines.map((line) => ({
        orderLineId: line.orderLineId,
        quantity: line.quantity,
        reasonCode: line.reasonCode,
      })),
    },
  };
}
