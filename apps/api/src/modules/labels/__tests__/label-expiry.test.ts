import { expireUnusedLabels } from '../label-expiry.service';
import { createReturn, statusOf } from './label-fixtures';
import {
  issueLabel,
  RECORD_SCAN,
  startLabelTestbed,
  type LabelAnswer,
  type LabelTestbed,
} from './label-testbed';

let bed: LabelTestbed;

beforeAll(async () => {
  bed = await startLabelTestbed();
});

afterAll(async () => {
  await bed.close();
});

const DAY_MS = 86_400_000;

/** A LABEL_ISSUED return whose label was issued `daysAgo` days ago (30-day expiry kept). */
async function returnWithLabelIssued(
  daysAgo: number,
): Promise<{ returnId: string; rmaNumber: string; label: LabelAnswer }> {
  const { world, database } = bed;
  const rma = await createReturn(database.dataSource, world, [
    { sku: world.acmeKettle, reason: 'NO_LONGER_NEEDED' },
  ]);
  const label = await issueLabel(bed.support, rma.returnId);
  const issuedAt = new Date(Date.now() - daysAgo * DAY_MS);
  await database.dataSource.query(
    `UPDATE return_labels SET issued_at = $2, expires_at = $2::timestamptz + interval '30 days' WHERE id = $1`,
    [label.id, issuedAt],
  );
  return { returnId: rma.returnId, rmaNumber: rma.rmaNumber, label };
}

describe('expireUnusedLabels', () => {
  let expired: Awaited<ReturnType<typeof returnWithLabelIssued>>;
  let scanned: Awaited<ReturnType<typeof returnWithLabelIssued>>;
  let scannedButStillIssued: Awaited<ReturnType<typeof returnWithLabelIssued>>;
  let recent: Awaited<ReturnType<typeof returnWithLabelIssued>>;
  let report: Awaited<ReturnType<typeof expireUnusedLabels>>;

  beforeAll(async () => {
    expired = await returnWithLabelIssued(31);
    scanned = await returnWithLabelIssued(31);
    await bed.warehouse.data(RECORD_SCAN, {
      input: {
        trackingNumber: scanned.label.trackingNumber,
        event: 'PICKED_UP',
        scannedAt: new Date().toISOString(),
      },
    });
    // A scan stored without moving the return (e.g. imported): the label was used, so it must not expire.
    scannedButStillIssued = await returnWithLabelIssued(31);
    await bed.database.dataSource.query(
      `INSERT INTO carrier_scans (label_id, event, scanned_at) VALUES ($1, 'PICKED_UP', now())`,
      [scannedButStillIssued.label.id],
    );
    recent = await returnWithLabelIssued(29);
    report = await expireUnusedLabels(bed.database.dataSource, new Date());
  });

  test('a label issued 31 days ago and never scanned cancels its return', async () => {
    expect(report).toEqual({ expired: [expired.rmaNumber], failed: [] });
    expect(await statusOf(bed.database.dataSource, expired.returnId)).toBe('CANCELLED');
  });

  test('a label the carrier scanned does not expire, whatever its age', async () => {
    expect(await statusOf(bed.database.dataSource, scanned.returnId)).toBe('IN_TRANSIT');
    expect(await statusOf(bed.database.dataSource, scannedButStillIssued.returnId)).toBe(
      'LABEL_ISSUED',
    );
  });

  test('a label issued 29 days ago is still valid', async () => {
    expect(await statusOf(bed.database.dataSource, recent.returnId)).toBe('LABEL_ISSUED');
  });

  test('the cancellation is fired by SYSTEM: timeline and audit carry no user', async () => {
    const timeline: unknown[] = await bed.database.dataSource.query(
      `SELECT from_status, to_status, actor_id, details FROM return_events WHERE return_id = $1 AND kind = 'expire'`,
      [expired.returnId],
    );
    expect(timeline).toEqual([
      {
        from_status: 'LABEL_ISSUED',
        to_status: 'CANCELLED',
        actor_id: null,
        details: { labelId: expired.label.id, trackingNumber: expired.label.trackingNumber },
      },
    ]);
    const audits: unknown[] = await bed.database.dataSource.query(
      `SELECT actor_id, actor_roles, outcome, target_type FROM audit_events WHERE action = 'expireLabel' AND target_id = $1`,
      [expired.returnId],
    );
    expect(audits).toEqual([
      { actor_id: null, actor_roles: [], outcome: 'SUCCEEDED', target_type: 'Return' },
    ]);
  });

  test('running the job again changes nothing', async () => {
    expect(await expireUnusedLabels(bed.database.dataSource, new Date())).toEqual({
      expired: [],
      failed: [],
    });
  });
});
