import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import type { SupplierEntity } from '../../suppliers/supplier.entity';
import {
  ACCEPT,
  CLAIM_FIELDS,
  createClaim,
  createSupplier,
  daysBefore,
  REJECT,
  signInAs,
  SUBMIT,
  type ClaimView,
} from './claim-fixtures';

describe('supplier claim lifecycle: OPEN → SUBMITTED → ACCEPTED | REJECTED', () => {
  let database: TestDatabase;
  let server: TestServer;
  let finance: TestClient;
  let admin: TestClient;
  let supplier: SupplierEntity;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database);
    finance = (await signInAs(database, server, ['FINANCE'])).client;
    admin = (await signInAs(database, server, ['ADMIN'])).client;
    supplier = await createSupplier(database.dataSource, 'Volta Audio', 30);
  });

  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  const auditOf = (targetId: string) =>
    database.dataSource.query<
      { action: string; outcome: string; before: unknown; after: unknown }[]
    >(`SELECT action, outcome, before, after FROM audit_events WHERE target_id = $1 ORDER BY id`, [
      targetId,
    ]);

  test('submit moves an OPEN claim to SUBMITTED, stamps submittedAt and keeps the supplier reference', async () => {
    const claim = await createClaim(database.dataSource, supplier, { amountMinor: 4850 });
    const { submitSupplierClaim } = await finance.data<{ submitSupplierClaim: ClaimView }>(SUBMIT, {
      input: { id: claim.id, supplierReference: '  VA-RMA-7781 ' },
    });
    expect(submitSupplierClaim).toMatchObject({
      id: claim.id,
      status: 'SUBMITTED',
      version: 2,
      supplierReference: 'VA-RMA-7781',
      resolvedAt: null,
      credited: null,
    });
    expect(submitSupplierClaim.submittedAt).not.toBeNull();
    const audit = await auditOf(claim.id);
    expect(audit.map((event) => [event.action, event.outcome])).toEqual([
      ['submitSupplierClaim', 'SUCCEEDED'],
    ]);
    expect(audit[0]?.before).toMatchObject({ status: 'OPEN', version: 1 });
    expect(audit[0]?.after).toMatchObject({
      status: 'SUBMITTED',
      supplierReference: 'VA-RMA-7781',
      version: 2,
    });
  });

  test('accept with a partial credit records what the supplier credits below what was claimed, with the reference given at submission', async () => {
    const claim = await createClaim(database.dataSource, supplier, {
      amountMinor: 4850,
      labelCostMinor: 650,
    });
    await finance.data(SUBMIT, { input: { id: claim.id, supplierReference: 'VA-RMA-1' } });
    const { acceptSupplierClaim } = await admin.data<{ acceptSupplierClaim: ClaimView }>(ACCEPT, {
      input: { id: claim.id, credited: 4200 },
    });
    expect(acceptSupplierClaim).toMatchObject({
      status: 'ACCEPTED',
      version: 3,
      amount: { amount: 4850, currency: 'USD' },
      labelCost: { amount: 650, currency: 'USD' },
      credited: { amount: 4200, currency: 'USD' },
      supplierReference: 'VA-RMA-1',
      overdue: false,
    });
    expect(acceptSupplierClaim.resolvedAt).not.toBeNull();
    const [row] = await database.dataSource.query<{ credited_minor: number; status: string }[]>(
      'SELECT status, credited_minor FROM supplier_claims WHERE id = $1',
      [claim.id],
    );
    expect(row).toEqual({ status: 'ACCEPTED', credited_minor: 4200 });
    const audit = await auditOf(claim.id);
    expect(audit.map((event) => [event.action, event.outcome])).toEqual([
      ['submitSupplierClaim', 'SUCCEEDED'],
      ['acceptSupplierClaim', 'SUCCEEDED'],
    ]);
    expect(audit[1]?.after).toMatchObject({ status: 'ACCEPTED', creditedMinor: 4200 });
  });

  test('accept in full with the credit-note reference given on acceptance replaces the earlier reference', async () => {
    const claim = await createClaim(database.dataSource, supplier, { amountMinor: 3000 });
    await finance.data(SUBMIT, { input: { id: claim.id } });
    const { acceptSupplierClaim } = await finance.data<{ acceptSupplierClaim: ClaimView }>(ACCEPT, {
      input: { id: claim.id, credited: 3000, supplierReference: 'CN-2291' },
    });
    expect(acceptSupplierClaim).toMatchObject({
      status: 'ACCEPTED',
      credited: { amount: 3000, currency: 'USD' },
      supplierReference: 'CN-2291',
    });
  });

  test('reject records the supplier’s reason and credits nothing', async () => {
    const claim = await createClaim(database.dataSource, supplier);
    await finance.data(SUBMIT, { input: { id: claim.id } });
    const { rejectSupplierClaim } = await finance.data<{ rejectSupplierClaim: ClaimView }>(REJECT, {
      input: { id: claim.id, reason: ' Damage caused in transit, not a defect ' },
    });
    expect(rejectSupplierClaim).toMatchObject({
      status: 'REJECTED',
      version: 3,
      rejectionReason: 'Damage caused in transit, not a defect',
      credited: null,
      overdue: false,
    });
    expect(rejectSupplierClaim.resolvedAt).not.toBeNull();
  });

  test('supplierClaim shows a claim with its supplier, RMA, lines and age by the server clock, and null for an unknown id', async () => {
    const claim = await createClaim(database.dataSource, supplier, {
      amountMinor: 4850,
      labelCostMinor: 650,
      openedAt: daysBefore(new Date(), 45),
    });
    const { supplierClaim } = await finance.data<{ supplierClaim: ClaimView }>(
      `query($id: ID!) { supplierClaim(id: $id) { ${CLAIM_FIELDS} } }`,
      { id: claim.id },
    );
    const [rma] = await database.dataSource.query<{ rma_number: string }[]>(
      'SELECT rma_number FROM returns WHERE id = $1',
      [claim.returnId],
    );
    expect(supplierClaim).toMatchObject({
      status: 'OPEN',
      ageDays: 45,
      overdue: true,
      rmaNumber: rma?.rma_number,
      refundId: claim.refundId,
      returnId: claim.returnId,
      supplier: { id: supplier.id, code: supplier.code, name: 'Volta Audio', claimTermsDays: 30 },
      lines: [
        {
          orderLineId: claim.lines[0]?.orderLineId,
          units: 1,
          amount: { amount: 4200, currency: 'USD' },
        },
      ],
    });
    const missing = await finance.data<{ supplierClaim: ClaimView | null }>(
      '{ supplierClaim(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(missing.supplierClaim).toBeNull();
  });
});
