import { describeApiHealth, parseHealthReport, type HealthReport } from '../api-health';

const checkedAt = new Date('2025-01-01T00:00:00Z');
const reachable = (report: HealthReport) => ({ kind: 'reachable', report, checkedAt }) as const;

describe('parseHealthReport', () => {
  it('accepts the documented GET /health body', () => {
    const body = { status: 'ok', database: { kind: 'embedded', state: 'up' }, extra: true };
    expect(parseHealthReport(body)).toEqual({
      status: 'ok',
      database: { kind: 'embedded', state: 'up' },
    });
  });

  it.each([
    ['null', null],
    ['a proxy error page', '<html>Bad gateway</html>'],
    ['an unknown status', { status: 'degraded', database: { kind: 'embedded', state: 'up' } }],
    ['no database', { status: 'ok' }],
    ['an unknown database kind', { status: 'ok', database: { kind: 'mysql', state: 'up' } }],
    ['an unknown database state', { status: 'ok', database: { kind: 'postgres', state: 'slow' } }],
  ])('rejects %s', (_name, body) => {
    expect(parseHealthReport(body)).toBeNull();
  });
});

describe('describeApiHealth', () => {
  it('says it is checking before the first answer', () => {
    expect(describeApiHealth({ kind: 'checking' })).toEqual({
      tone: 'pending',
      label: 'Checking API…',
    });
  });

  it('names the database when everything is up', () => {
    expect(
      describeApiHealth(reachable({ status: 'ok', database: { kind: 'embedded', state: 'up' } })),
    ).toEqual({
      tone: 'ok',
      label: 'API: up · database embedded',
    });
  });

  it('warns when the API answers but its database is down', () => {
    expect(
      describeApiHealth(
        reachable({ status: 'unavailable', database: { kind: 'postgres', state: 'down' } }),
      ),
    ).toEqual({ tone: 'warning', label: 'API: unavailable · database postgres down' });
  });

  it('is red when the API does not answer', () => {
    expect(describeApiHealth({ kind: 'unreachable', checkedAt })).toEqual({
      tone: 'error',
      label: 'API unreachable',
    });
  });
});
