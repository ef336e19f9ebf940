import { userActor } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import type { TransactionContext } from '../../../context';
import { describeWithServer } from '../../../testing/test-database';
import { replaceRefundLines } from '../refund-lines.store';
import { RefundEntity } from '../refund.entity';
import { CREATE_REFUND } from './refund-documents';
import {
  codesOf,
  inspectedReturn,
  startRefundsWorld,
  stopRefundsWorld,
  type RefundsWorld,
} from './refund-fixtures';

let refunds: RefundsWorld | undefined;

beforeAll(async () => {
  refunds = await startRefundsWorld();
});

afterAll(async () => {
  await stopRefundsWorld(refunds);
});

function world(): RefundsWorld {
  if (refunds === undefined) throw new Error('the refunds world did not start');
  return refunds;
}

/** A return of one unit of a 2 × 100.00 line (paid 20000), inspected, with its order line id. */
async function sharedOrderLine(): Promise<{
  returnId: string;
  orderId: string;
  orderLineId: string;
}> {
  const rma = await inspectedReturn(world(), {
    orderLines: [{ quantity: 2, unitPriceMinor: 10_000 }],
    returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }],
  });
  return { returnId: rma.id, orderId: rma.orderId, orderLineId: rma.lines[0]?.orderLineId ?? '' };
}

/**
 * Stores a DRAFT refund holding `amount` of one order line, as the refunds module's services do,
 * in its own transaction: the refund_lines_within_paid trigger is the only guard here.
 */
async function storeRefund(
  dataSource: DataSource,
  target: { returnId: string; orderId: string; orderLineId: string },
  userId: string,
  amount: number,
): Promise<string> {
  try {
    await dataSource.transaction(async (manager) => {
      const tx: TransactionContext = {
        requestId: 'concurrency-test',
        dataSource,
        actor: userActor(userId, ['FINANCE']),
        user: {
          id: userId,
          email: 'finance@rebound.test',
          displayName: 'finance',
          roles: ['FINANCE'],
        },
        credential: { kind: 'anonymous' },
        http: null,
        manager,
      };
      const refund = await manager.save(
        manager.create(RefundEntity, {
          returnId: target.returnId,
          orderId: target.orderId,
          status: 'DRAFT',
          method: 'MARKETPLACE',
          currency: 'USD',
          totalMinor: amount,
          breakdown: {},
          returnless: false,
          createdById: userId,
          submittedById: null,
          submittedAt: null,
          issuedAt: null,
          externalReference: null,
          failureReason: null,
          rejectionReason: null,
        }),
      );
      await replaceRefundLines(tx, refund.id, [{ orderLineId: target.orderLineId, amount }]);
    });
    return 'stored';
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

async function heldFor(orderLineId: string): Promise<number> {
  const [row] = await world().database.dataSource.query<{ held: number }[]>(
    `SELECT COALESCE(SUM(rl.amount_minor), 0)::bigint AS held
     FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
     WHERE rl.order_line_id = $1 AND r.status <> 'REJECTED'`,
    [orderLineId],
  );
  return row?.held ?? -1;
}

test('the database refuses refund lines above what the order line paid, as REFUND_EXCEEDS_REMAINING, and keeps nothing of the refused refund', async () => {
  const target = await sharedOrderLine();
  const userId = world().team.financeId;
  expect(await storeRefund(world().database.dataSource, target, userId, 15_000)).toBe('stored');
  expect(await storeRefund(world().database.dataSource, target, userId, 5_001)).toBe(
    'REFUND_EXCEEDS_REMAINING',
  );
  expect(await storeRefund(world().database.dataSource, target, userId, 5_000)).toBe('stored');
  expect(await heldFor(target.orderLineId)).toBe(20_000);
  const [count] = await world().database.dataSource.query<{ count: number }[]>(
    'SELECT count(*)::int AS count FROM refunds WHERE order_id = $1',
    [target.orderId],
  );
  expect(count?.count).toBe(2);
});

describeWithServer('refunds racing on a real PostgreSQL server', () => {
  test('50 concurrent refunds of 30.00 on one order line that paid 200.00: exactly 6 stored, 44 refused with REFUND_EXCEEDS_REMAINING, never more than paid', async () => {
    const target = await sharedOrderLine();
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () =>
        storeRefund(world().database.dataSource, target, world().team.financeId, 3_000),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'stored')).toHaveLength(6);
    expect(outcomes.filter((outcome) => outcome === 'REFUND_EXCEEDS_REMAINING')).toHaveLength(44);
    expect(await heldFor(target.orderLineId)).toBe(18_000);
  });

  test('50 concurrent createRefund calls for one return: one DRAFT, 49 CONFLICT, and the order line holds one refund', async () => {
    const target = await sharedOrderLine();
    const codes = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        codesOf(index % 2 === 0 ? world().team.finance : world().team.finance2, CREATE_REFUND, {
          input: { returnId: target.returnId },
        }),
      ),
    );
    expect(codes.filter((errors) => errors.length === 0)).toHaveLength(1);
    expect(codes.filter((errors) => errors.join() === 'CONFLICT')).toHaveLength(49);
    expect(await heldFor(target.orderLineId)).toBe(10_000);
  });

  test('createRefund racing with direct refunds of the same order line (held by another return): whatever wins, the sum held never exceeds what was paid', async () => {
    const target = await sharedOrderLine();
    // The other unit's return holds the direct refunds, so createRefund's one-per-return rule stays out of the race.
    const sibling = await world().flow.request({
      orderId: target.orderId,
      lines: [{ orderLineId: target.orderLineId, quantity: 1, reasonCode: 'DEFECTIVE' }],
    });
    const racers = [
      codesOf(world().team.finance, CREATE_REFUND, { input: { returnId: target.returnId } }),
      ...Array.from({ length: 20 }, () =>
        storeRefund(
          world().database.dataSource,
          { ...target, returnId: sibling.id },
          world().team.financeId,
          2_500,
        ).then((outcome) => (outcome === 'stored' ? [] : [outcome])),
      ),
    ];
    const codes = await Promise.all(racers);
    for (const errors of codes)
      expect(errors).toEqual(errors.length === 0 ? [] : ['REFUND_EXCEEDS_REMAINING']);
    expect(codes.filter((errors) => errors.length === 0).length).toBeGreaterThan(0);
    expect(await heldFor(target.orderLineId)).toBeLessThanOrEqual(20_000);
  });
});
