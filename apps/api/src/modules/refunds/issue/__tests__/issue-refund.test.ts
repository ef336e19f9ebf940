import { createReturn, createRefund } from './issue-fixtures';
import {
  issueOk,
  newKey,
  startIssueTestbed,
  storedReturn,
  type IssueTestbed,
} from './issue-testbed';

let bed: IssueTestbed;

beforeAll(async () => {
  bed = await startIssueTestbed();
});

afterAll(async () => {
  await bed.close();
});

afterEach(() => {
  bed.gateway.reset();
});

interface ClaimRow {
  supplierId: string;
  status: string;
  currency: string;
  amountMinor: number;
  labelCostMinor: number;
  lines: { orderLineId: string; units: number; amount: number }[];
  returnId: string;
  openedAt: Date;
}

async function claimsOf(refundId: string): Promise<ClaimRow[]> {
  return bed.database.dataSource.query<ClaimRow[]>(
    `SELECT supplier_id AS "supplierId", status, currency, amount_minor AS "amountMinor",
            label_cost_minor AS "labelCostMinor", lines, return_id AS "returnId", opened_at AS "openedAt"
       FROM supplier_claims WHERE refund_id = $1 ORDER BY amount_minor DESC`,
    [refundId],
  );
}

describe('issuing an approved refund', () => {
  test('an APPROVED refund is ISSUED with the gateway reference, the gateway being asked once for its total and lines', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, 'INSPECTED', [
      {
        sku: world.kettle,
        reason: 'DEFECTIVE',
        grade: 'DEFECTIVE',
        taxMinor: 400,
        shippingMinor: 599,
      },
    ]);
    const refund = await createRefund(bed.database.dataSource, world, rma);

    const answer = await issueOk(bed.finance, refund.id, newKey());

    expect(answer.replayed).toBe(false);
    expect(answer.refund).toMatchObject({
      id: refund.id,
      status: 'ISSUED',
      externalReference: `TEST-${rma.externalOrderId}-${bed.gateway.calls.length}`,
      failureReason: null,
      total: { amount: 4999 + 400 + 599, currency: 'USD' },
    });
    expect(answer.refund.issuedAt).not.toBeNull();
    expect(bed.gateway.callsFor(refund.id)).toEqual([
      {
        refundId: refund.id,
        orderChannel: 'AMAZON',
        externalOrderId: rma.externalOrderId,
        currency: 'USD',
        amount: 5998,
        lines: [{ orderLineId: rma.orderLines[0]?.id, amount: 5998 }],
        idempotencyKey: `refund:${refund.id}:v1`,
      },
    ]);
  });

  test('issuing completes an INSPECTED return by REFUND, as the SYSTEM actor, in the same transaction', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, 'INSPECTED', [
      { sku: world.toaster, reason: 'NO_LONGER_NEEDED', grade: 'NEW' },
    ]);
    const refund = await createRefund(bed.database.dataSource, world, rma);

    await issueOk(bed.finance, refund.id, newKey());

    expect(await storedReturn(bed, rma.id)).toMatchObject({
      status: 'COMPLETED',
      resolution: 'REFUND',
      returnless: false,
    });
    const events = await bed.database.dataSource.query<
      { kind: string; from: string; to: string; actorId: string | null; refundId: string }[]
    >(
      `SELECT kind, from_status AS from, to_status AS to, actor_id AS "actorId", details->>'refundId' AS "refundId"
         FROM return_events WHERE return_id = $1`,
      [rma.id],
    );
    expect(events).toEqual([
      { kind: 'resolve', from: 'INSPECTED', to: 'COMPLETED', actorId: null, refundId: refund.id },
    ]);
  });

  test('supplier claims open per supplier for supplier-fault lines: unit cost × units plus the seller-paid label split by units', async () => {
    const { world } = bed;
    const rma = await createReturn(
      bed.database.dataSource,
      world,
      'INSPECTED',
      [
        // Acme, supplier fault: 2 × 21.00.
        { sku: world.kettle, reason: 'DEFECTIVE', grade: 'DEFECTIVE', units: 2 },
        // Birch, supplier fault: 1 × 12.50.
        { sku: world.lamp, reason: 'MISSING_PARTS', grade: 'OPENED' },
        // Customer fault: not claimed.
        { sku: world.toaster, reason: 'NO_LONGER_NEEDED', grade: 'NEW' },
        // Claimed defective, found damaged by the customer: customer fault, not claimed.
        { sku: world.cable, reason: 'DEFECTIVE', grade: 'DAMAGED_BY_CUSTOMER' },
      ],
      { costMinor: 650, payer: 'SELLER' },
    );
    const refund = await createRefund(bed.database.dataSource, world, rma);

    await issueOk(bed.finance, refund.id, newKey());

    // The 6.50 label is split 2 : 1 by units → 4.33 and 2.17 (largest remainder).
    const claims = await claimsOf(refund.id);
    for (const claim of claims) expect(claim.openedAt).toBeInstanceOf(Date);
    expect(claims.map(({ openedAt: _, ...claim }) => claim)).toEqual([
      {
        supplierId: world.acme.id,
        status: 'OPEN',
        currency: 'USD',
        amountMinor: 2 * 2100 + 433,
        labelCostMinor: 433,
        lines: [{ orderLineId: rma.orderLines[0]?.id, units: 2, amount: 4200 }],
        returnId: rma.id,
      },
      {
        supplierId: world.birch.id,
        status: 'OPEN',
        currency: 'USD',
        amountMinor: 1250 + 217,
        labelCostMinor: 217,
        lines: [{ orderLineId: rma.orderLines[1]?.id, units: 1, amount: 1250 }],
        returnId: rma.id,
      },
    ]);
  });

  test('a return whose lines are all customer fault opens no supplier claim', async () => {
    const { world } = bed;
    const rma = await createReturn(
      bed.database.dataSource,
      world,
      'INSPECTED',
      [
        { sku: world.kettle, reason: 'NO_LONGER_NEEDED', grade: 'OPENED' },
        { sku: world.lamp, reason: 'WRONG_SIZE_SMALL', grade: 'NEW' },
      ],
      { costMinor: 650, payer: 'SELLER' },
    );
    const refund = await createRefund(bed.database.dataSource, world, rma);

    const answer = await issueOk(bed.finance, refund.id, newKey());

    expect(answer.refund.status).toBe('ISSUED');
    expect(await claimsOf(refund.id)).toEqual([]);
    expect((await storedReturn(bed, rma.id)).status).toBe('COMPLETED');
  });

  test('a returnless refund completes its AUTHORIZED return returnless and writes each line off at the returns centre', async () => {
    const { world } = bed;
    // 8.99 + 0.72 tax = 9.71 ≤ 10.00 and supplier fault: eligible.
    const rma = await createReturn(bed.database.dataSource, world, 'AUTHORIZED', [
      { sku: world.cable, reason: 'DEFECTIVE', grade: null, units: 1, ordered: 2, taxMinor: 144 },
    ]);
    const refund = await createRefund(bed.database.dataSource, world, rma, { returnless: true });

    const answer = await issueOk(bed.finance, refund.id, newKey());

    expect(answer.refund).toMatchObject({ status: 'ISSUED', returnless: true });
    expect(await storedReturn(bed, rma.id)).toMatchObject({
      status: 'COMPLETED',
      resolution: 'REFUND',
      returnless: true,
    });
    const movements = await bed.database.dataSource.query<unknown[]>(
      `SELECT kind, units, sellable_delta AS "sellableDelta", quarantine_delta AS "quarantineDelta",
              location_id AS "locationId", sku_id AS "skuId", return_line_id AS "returnLineId"
         FROM stock_movements WHERE return_line_id = ANY($1)`,
      [rma.returnLines.map((line) => line.id)],
    );
    expect(movements).toEqual([
      {
        kind: 'WRITE_OFF',
        units: 1,
        sellableDelta: 0,
        quarantineDelta: 0,
        locationId: world.returnsCentre.id,
        skuId: world.cable.id,
        returnLineId: rma.returnLines[0]?.id,
      },
    ]);
    // Never inspected: the reason's fault (supplier) decides, and there is no label to add.
    expect(await claimsOf(refund.id)).toEqual([
      expect.objectContaining({ supplierId: world.acme.id, amountMinor: 300, labelCostMinor: 0 }),
    ]);
  });

  test('the issue is audited once, with the status before and after', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, 'INSPECTED', [
      { sku: world.lamp, reason: 'DEFECTIVE', grade: 'DEFECTIVE' },
    ]);
    const refund = await createRefund(bed.database.dataSource, world, rma);
    const key = newKey('audited');

    await issueOk(bed.finance, refund.id, key);

    const audits = await bed.database.dataSource.query<unknown[]>(
      `SELECT outcome, before, after->>'status' AS status, after->>'idempotencyKey' AS key
         FROM audit_events WHERE action = 'issueRefund' AND target_id = $1`,
      [refund.id],
    );
    expect(audits).toEqual([
      { outcome: 'SUCCEEDED', before: { status: 'APPROVED', version: 1 }, status: 'ISSUED', key },
    ]);
  });
});
