import { labelExpiresAt } from '@rebound/domain';
import { createReturn, labelTableCounts, statusOf } from './label-fixtures';
import {
  ISSUE_LABEL,
  issueLabel,
  LABEL_FIELDS,
  startLabelTestbed,
  type LabelTestbed,
} from './label-testbed';

let bed: LabelTestbed;

beforeAll(async () => {
  bed = await startLabelTestbed();
});

afterAll(async () => {
  await bed.close();
});

const codesOf = (errors: { extensions?: Record<string, unknown> }[] | undefined): unknown[] =>
  (errors ?? []).map((error) => error.extensions?.code);

describe('issueReturnLabel', () => {
  test('a return whose every line is one supplier’s fault ships to that supplier’s warehouse, postage paid by the seller', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, [
      { sku: world.acmeKettle, reason: 'DEFECTIVE' },
      { sku: world.acmeToaster, reason: 'MISSING_PARTS' },
    ]);

    const answer = await bed.support.data<{
      issueReturnLabel: { returnStatus: string; label: Record<string, unknown> };
    }>(ISSUE_LABEL, { input: { id: rma.returnId } });

    const { label, returnStatus } = answer.issueReturnLabel;
    expect(returnStatus).toBe('LABEL_ISSUED');
    expect(label).toMatchObject({
      returnId: rma.returnId,
      carrier: 'UPS',
      service: 'UPS Ground Returns',
      payer: 'SELLER',
      cost: { amount: 650, currency: 'USD' },
      shipTo: {
        name: 'Acme Returns Dock',
        addressLine1: '77 Foundry Road',
        addressLine2: 'Dock 4',
        city: 'Columbus',
        region: 'OH',
        postalCode: '43215',
        countryCode: 'US',
      },
    });
    expect(label.trackingNumber).toMatch(/^1Z[0-9A-Z]{16}$/);
    expect(label.downloadUrl).toBe(`/labels/${String(label.id)}.pdf`);
    const issuedAt = new Date(String(label.issuedAt));
    expect(label.expiresAt).toBe(labelExpiresAt(issuedAt).toISOString());
    expect(await statusOf(bed.database.dataSource, rma.returnId)).toBe('LABEL_ISSUED');
  });

  test('the timeline records issueLabel with the carrier and tracking number, and the audit records the label', async () => {
    const { world, database } = bed;
    const rma = await createReturn(database.dataSource, world, [
      { sku: world.acmeKettle, reason: 'DEFECTIVE' },
    ]);
    const label = await issueLabel(bed.support, rma.returnId);

    const timeline: {
      kind: string;
      from_status: string;
      to_status: string;
      details: Record<string, unknown>;
    }[] = await database.dataSource.query(
      `SELECT kind, from_status, to_status, details FROM return_events WHERE return_id = $1 AND kind = 'issueLabel'`,
      [rma.returnId],
    );
    expect(timeline).toEqual([
      {
        kind: 'issueLabel',
        from_status: 'AUTHORIZED',
        to_status: 'LABEL_ISSUED',
        details: { carrier: 'UPS', trackingNumber: label.trackingNumber },
      },
    ]);
    const audits: { outcome: string; target_id: string }[] = await database.dataSource.query(
      `SELECT outcome, target_id FROM audit_events WHERE action = 'issueReturnLabel' AND target_id = $1`,
      [rma.returnId],
    );
    expect(audits).toEqual([{ outcome: 'SUCCEEDED', target_id: rma.returnId }]);
  });

  test('supplier-fault lines of two different suppliers go to the seller’s returns centre', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, [
      { sku: world.acmeKettle, reason: 'DEFECTIVE' },
      { sku: world.birchLamp, reason: 'DEFECTIVE' },
    ]);
    const label = await issueLabel(bed.support, rma.returnId);
    expect(label.shipTo.name).toBe('Harbor & Pine Returns Centre');
    expect(label.payer).toBe('SELLER');
  });

  test('a supplier without a warehouse gets its supplier-fault returns through the returns centre', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, [
      { sku: world.birchLamp, reason: 'WRONG_ITEM' },
    ]);
    const label = await issueLabel(bed.support, rma.returnId);
    expect(label.shipTo.name).toBe('Harbor & Pine Returns Centre');
  });

  test('a return mixing supplier and customer fault goes to the returns centre and the seller pays', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, [
      { sku: world.acmeKettle, reason: 'DEFECTIVE' },
      { sku: world.acmeToaster, reason: 'NO_LONGER_NEEDED' },
    ]);
    const label = await issueLabel(bed.support, rma.returnId);
    expect(label.shipTo.name).toBe('Harbor & Pine Returns Centre');
    expect(label.payer).toBe('SELLER');
  });

  test('a customer-fault return goes to the returns centre and the customer pays the label', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, [
      { sku: world.acmeKettle, reason: 'WRONG_SIZE_SMALL' },
    ]);
    const label = await issueLabel(bed.support, rma.returnId);
    expect(label.shipTo).toEqual({
      name: 'Harbor & Pine Returns Centre',
      addressLine1: '4120 Longley Lane, Suite 5',
      addressLine2: null,
      city: 'Reno',
      region: 'NV',
      postalCode: '89502',
      countryCode: 'US',
    });
    expect(label.payer).toBe('CUSTOMER');
  });

  test('another carrier gets its own tracking format, and a stated cost replaces the list price', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, [
      { sku: world.acmeKettle, reason: 'BETTER_PRICE' },
    ]);
    const label = await issueLabel(bed.support, rma.returnId, { carrier: 'USPS', costMinor: 512 });
    expect(label.carrier).toBe('USPS');
    expect(label.trackingNumber).toMatch(/^92\d{20}$/);
    expect(label.cost).toEqual({ amount: 512, currency: 'USD' });
  });

  test('returnLabels lists a return’s labels newest first', async () => {
    const { world, database } = bed;
    const rma = await createReturn(database.dataSource, world, [
      { sku: world.acmeKettle, reason: 'DEFECTIVE' },
    ]);
    const label = await issueLabel(bed.support, rma.returnId);
    // An older label of the same return (as if re-issued); written directly, the API issues one per return.
    await database.dataSource.query(
      `INSERT INTO return_labels (return_id, carrier, tracking_number, cost_minor, currency, payer, ship_to_location_id,
         ship_to, issued_by_id, issued_at, expires_at)
       SELECT return_id, carrier, 'OLD' || tracking_number, cost_minor, currency, payer, ship_to_location_id,
         ship_to, issued_by_id, issued_at - interval '2 days', expires_at - interval '2 days'
       FROM return_labels WHERE id = $1`,
      [label.id],
    );
    const { returnLabels } = await bed.finance.data<{ returnLabels: { trackingNumber: string }[] }>(
      `query Labels($id: ID!) { returnLabels(returnId: $id) { ${LABEL_FIELDS} } }`,
      { id: rma.returnId },
    );
    expect(returnLabels.map((entry) => entry.trackingNumber)).toEqual([
      label.trackingNumber,
      `OLD${label.trackingNumber}`,
    ]);
  });
});

describe('issueReturnLabel refusals leave the database unchanged', () => {
  test('a return that is not AUTHORIZED is refused with INVALID_TRANSITION', async () => {
    const { world, database } = bed;
    const requested = await createReturn(
      database.dataSource,
      world,
      [{ sku: world.acmeKettle, reason: 'DEFECTIVE' }],
      {
        authorize: false,
      },
    );
    const before = await labelTableCounts(database.dataSource);

    const { json } = await bed.support.gql(ISSUE_LABEL, { input: { id: requested.returnId } });

    expect(codesOf(json.errors)).toEqual(['INVALID_TRANSITION']);
    expect(await labelTableCounts(database.dataSource)).toEqual(before);
    expect(await statusOf(database.dataSource, requested.returnId)).toBe('REQUESTED');
  });

  test('a second label for the same return is refused with INVALID_TRANSITION', async () => {
    const { world, database } = bed;
    const rma = await createReturn(database.dataSource, world, [
      { sku: world.acmeKettle, reason: 'DEFECTIVE' },
    ]);
    await issueLabel(bed.support, rma.returnId);
    const before = await labelTableCounts(database.dataSource);

    const { json } = await bed.support.gql(ISSUE_LABEL, { input: { id: rma.returnId } });

    expect(codesOf(json.errors)).toEqual(['INVALID_TRANSITION']);
    expect(await labelTableCounts(database.dataSource)).toEqual(before);
  });

  test('an unknown return is NOT_FOUND and a malformed id is BAD_USER_INPUT', async () => {
    const before = await labelTableCounts(bed.database.dataSource);
    const unknown = await bed.support.gql(ISSUE_LABEL, {
      input: { id: '00000000-0000-4000-8000-000000000000' },
    });
    const malformed = await bed.support.gql(ISSUE_LABEL, { input: { id: 'RMA-1' } });
    expect(codesOf(unknown.json.errors)).toEqual(['NOT_FOUND']);
    expect(codesOf(malformed.json.errors)).toEqual(['BAD_USER_INPUT']);
    expect(await labelTableCounts(bed.database.dataSource)).toEqual(before);
  });

  test('a negative label cost is BAD_USER_INPUT naming input.costMinor', async () => {
    const { world, database } = bed;
    const rma = await createReturn(database.dataSource, world, [
      { sku: world.acmeKettle, reason: 'DEFECTIVE' },
    ]);
    const { json } = await bed.support.gql(ISSUE_LABEL, {
      input: { id: rma.returnId, costMinor: -1 },
    });
    expect(codesOf(json.errors)).toEqual(['BAD_USER_INPUT']);
    expect(json.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.costMinor', problems: ['must not be negative'] },
    ]);
    expect(await statusOf(database.dataSource, rma.returnId)).toBe('AUTHORIZED');
  });

  test('a carrier without a list price in the order currency needs a stated cost, and nothing is issued', async () => {
    const { world, database } = bed;
    const rma = await createReturn(
      database.dataSource,
      world,
      [{ sku: world.acmeKettle, reason: 'DEFECTIVE' }],
      {
        currency: 'JPY',
      },
    );
    const before = await labelTableCounts(database.dataSource);

    const { json } = await bed.support.gql(ISSUE_LABEL, {
      input: { id: rma.returnId, carrier: 'USPS' },
    });

    expect(codesOf(json.errors)).toEqual(['BAD_USER_INPUT']);
    expect(json.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.costMinor', problems: ['required: USPS has no list price in JPY'] },
    ]);
    expect(await labelTableCounts(database.dataSource)).toEqual(before);
    expect(await statusOf(database.dataSource, rma.returnId)).toBe('AUTHORIZED');
  });
});
