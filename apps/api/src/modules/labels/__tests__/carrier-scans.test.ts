import { describeWithServer } from '../../../testing/test-database';
import { createReturn, labelTableCounts, statusOf } from './label-fixtures';
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

interface ScanAnswer {
  recordCarrierScan: {
    returnStatus: string;
    scan: {
      id: string;
      labelId: string;
      carrier: string;
      trackingNumber: string;
      event: string;
      location: string | null;
      scannedAt: string;
    };
  };
}

async function labelledReturn(): Promise<{ returnId: string; label: LabelAnswer }> {
  const { world } = bed;
  const rma = await createReturn(bed.database.dataSource, world, [
    { sku: world.acmeKettle, reason: 'DEFECTIVE' },
  ]);
  return { returnId: rma.returnId, label: await issueLabel(bed.support, rma.returnId) };
}

const scan = (
  trackingNumber: string,
  event: string,
  scannedAt: string,
  location: string | null = null,
): Promise<ScanAnswer> =>
  bed.warehouse.data<ScanAnswer>(RECORD_SCAN, {
    input: { trackingNumber, event, scannedAt, location },
  });

const codesOf = (errors: { extensions?: Record<string, unknown> }[] | undefined): unknown[] =>
  (errors ?? []).map((error) => error.extensions?.code);

describe('recordCarrierScan', () => {
  test('the first scan of a LABEL_ISSUED return moves it to IN_TRANSIT, on the timeline as a scan', async () => {
    const { returnId, label } = await labelledReturn();

    const answer = await scan(
      label.trackingNumber,
      'PICKED_UP',
      '2026-03-02T09:15:00.000Z',
      'Columbus, OH',
    );

    expect(answer.recordCarrierScan).toMatchObject({
      returnStatus: 'IN_TRANSIT',
      scan: {
        labelId: label.id,
        carrier: 'UPS',
        trackingNumber: label.trackingNumber,
        event: 'PICKED_UP',
        location: 'Columbus, OH',
        scannedAt: '2026-03-02T09:15:00.000Z',
      },
    });
    expect(await statusOf(bed.database.dataSource, returnId)).toBe('IN_TRANSIT');
    const timeline: { from_status: string; to_status: string; details: Record<string, unknown> }[] =
      await bed.database.dataSource.query(
        `SELECT from_status, to_status, details FROM return_events WHERE return_id = $1 AND kind = 'scan'`,
        [returnId],
      );
    expect(timeline).toEqual([
      {
        from_status: 'LABEL_ISSUED',
        to_status: 'IN_TRANSIT',
        details: {
          carrier: 'UPS',
          trackingNumber: label.trackingNumber,
          event: 'PICKED_UP',
          scannedAt: '2026-03-02T09:15:00.000Z',
          location: 'Columbus, OH',
        },
      },
    ]);
  });

  test('the same scan reported again is stored once and answered the same', async () => {
    const { label } = await labelledReturn();
    const first = await scan(label.trackingNumber, 'PICKED_UP', '2026-03-02T09:15:00.000Z');
    const before = await labelTableCounts(bed.database.dataSource);

    const again = await scan(label.trackingNumber, 'PICKED_UP', '2026-03-02T09:15:00.000Z');

    expect(again).toEqual(first);
    expect(await labelTableCounts(bed.database.dataSource)).toEqual(before);
  });

  test('later scans only add to the tracking history, listed newest first', async () => {
    const { returnId, label } = await labelledReturn();
    await scan(label.trackingNumber, 'PICKED_UP', '2026-03-02T09:15:00.000Z');
    const eventsBefore = (await labelTableCounts(bed.database.dataSource)).return_events;

    const later = await scan(
      label.trackingNumber,
      'DELIVERED',
      '2026-03-04T16:40:00.000Z',
      'Reno, NV',
    );

    expect(later.recordCarrierScan.returnStatus).toBe('IN_TRANSIT');
    expect((await labelTableCounts(bed.database.dataSource)).return_events).toBe(eventsBefore);
    const { carrierScans } = await bed.support.data<{
      carrierScans: { event: string; scannedAt: string }[];
    }>('query Scans($id: ID!) { carrierScans(returnId: $id) { event scannedAt } }', {
      id: returnId,
    });
    expect(carrierScans).toEqual([
      { event: 'DELIVERED', scannedAt: '2026-03-04T16:40:00.000Z' },
      { event: 'PICKED_UP', scannedAt: '2026-03-02T09:15:00.000Z' },
    ]);
  });

  test('an unknown tracking number is NOT_FOUND and stores nothing', async () => {
    const before = await labelTableCounts(bed.database.dataSource);
    const { json } = await bed.warehouse.gql(RECORD_SCAN, {
      input: {
        trackingNumber: '1Z000000000000000X',
        event: 'IN_TRANSIT',
        scannedAt: '2026-03-02T09:15:00.000Z',
      },
    });
    expect(codesOf(json.errors)).toEqual(['NOT_FOUND']);
    expect(await labelTableCounts(bed.database.dataSource)).toEqual(before);
  });

  test('a blank tracking number is BAD_USER_INPUT naming input.trackingNumber', async () => {
    const { json } = await bed.warehouse.gql(RECORD_SCAN, {
      input: { trackingNumber: '', event: 'IN_TRANSIT', scannedAt: '2026-03-02T09:15:00.000Z' },
    });
    expect(codesOf(json.errors)).toEqual(['BAD_USER_INPUT']);
    expect(json.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.trackingNumber', problems: ['must not be empty'] },
    ]);
  });

  test('carrierScans of an unknown return is NOT_FOUND', async () => {
    const { json } = await bed.support.gql(
      'query { carrierScans(returnId: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(codesOf(json.errors)).toEqual(['NOT_FOUND']);
  });
});

describeWithServer('recordCarrierScan under concurrent reports', () => {
  test('the same scan sent twice at once is stored once and both callers get it', async () => {
    const { label } = await labelledReturn();
    const [first, second] = await Promise.all([
      scan(label.trackingNumber, 'PICKED_UP', '2026-03-02T09:15:00.000Z'),
      scan(label.trackingNumber, 'PICKED_UP', '2026-03-02T09:15:00.000Z'),
    ]);
    expect(second.recordCarrierScan.scan.id).toBe(first.recordCarrierScan.scan.id);
    const rows: { count: number }[] = await bed.database.dataSource.query(
      'SELECT count(*)::int AS count FROM carrier_scans WHERE label_id = $1',
      [label.id],
    );
    expect(rows).toEqual([{ count: 1 }]);
  });

  test('two different first scans at once both succeed and the return moves to IN_TRANSIT once', async () => {
    const { returnId, label } = await labelledReturn();
    const answers = await Promise.all([
      scan(label.trackingNumber, 'PICKED_UP', '2026-03-02T09:15:00.000Z'),
      scan(label.trackingNumber, 'IN_TRANSIT', '2026-03-02T18:00:00.000Z'),
    ]);
    expect(answers.map((answer) => answer.recordCarrierScan.returnStatus)).toEqual([
      'IN_TRANSIT',
      'IN_TRANSIT',
    ]);
    const moves: { count: number }[] = await bed.database.dataSource.query(
      `SELECT count(*)::int AS count FROM return_events WHERE return_id = $1 AND kind = 'scan'`,
      [returnId],
    );
    expect(moves).toEqual([{ count: 1 }]);
  });
});
