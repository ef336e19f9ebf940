import { summarizeReturnStats } from '../return-stats';

describe('summarizeReturnStats', () => {
  it('lists every status in lifecycle order whatever order the API used', () => {
    const summary = summarizeReturnStats({
      total: 6,
      byStatus: [
        { status: 'CANCELLED', count: 1 },
        { status: 'REQUESTED', count: 3 },
        { status: 'IN_TRANSIT', count: 2 },
      ],
    });
    expect(summary.rows.map((row) => row.status)).toEqual([
      'REQUESTED',
      'AUTHORIZED',
      'LABEL_ISSUED',
      'IN_TRANSIT',
      'RECEIVED',
      'INSPECTED',
      'COMPLETED',
      'REJECTED',
      'CANCELLED',
    ]);
  });

  it('counts a status the API left out as zero', () => {
    const summary = summarizeReturnStats({
      total: 2,
      byStatus: [{ status: 'RECEIVED', count: 2 }],
    });
    expect(summary.rows.find((row) => row.status === 'AUTHORIZED')?.count).toBe(0);
    expect(summary.rows.find((row) => row.status === 'RECEIVED')?.count).toBe(2);
  });

  it('splits returns into open (still need work) and closed', () => {
    const summary = summarizeReturnStats({
      total: 10,
      byStatus: [
        { status: 'REQUESTED', count: 4 },
        { status: 'INSPECTED', count: 1 },
        { status: 'COMPLETED', count: 3 },
        { status: 'REJECTED', count: 1 },
        { status: 'CANCELLED', count: 1 },
      ],
    });
    expect(summary).toMatchObject({ total: 10, open: 5, closed: 5 });
  });
});
