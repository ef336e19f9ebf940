import { readSignInParams, safeNextPath, signInUrl, signInUrlFrom } from '../urls';

describe('safeNextPath', () => {
  it.each([
    ['/', '/'],
    ['/returns', '/returns'],
    ['/?x=1', '/?x=1'],
    ['/returns?status=OPEN&page=2#row-3', '/returns?status=OPEN&page=2#row-3'],
    ['/returns/../refunds', '/refunds'],
  ])('accepts the console path %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    ['nothing', null],
    ['an empty string', ''],
    ['an absolute URL', 'https://evil.example/returns'],
    ['a protocol-relative URL', '//evil.example/returns'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['a tab the browser would drop', '/\t/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'returns'],
    ['the sign-in page itself', '/sign-in?next=/returns'],
  ])('refuses %s', (_what, raw) => {
    expect(safeNextPath(raw)).toBeNull();
  });
});

describe('signInUrl', () => {
  it('is the bare sign-in page when there is nowhere particular to return to', () => {
    expect(signInUrl()).toBe('/sign-in');
    expect(signInUrl({ next: '/' })).toBe('/sign-in');
  });

  it('keeps the requested page, query included, in next', () => {
    expect(signInUrl({ next: '/?x=1' })).toBe('/sign-in?next=%2F%3Fx%3D1');
  });

  it('drops a next that would leave the console', () => {
    expect(signInUrl({ next: '//evil.example' })).toBe('/sign-in');
  });

  it('says why when the session expired', () => {
    expect(
      signInUrlFrom({ pathname: '/returns', search: '?q=a', hash: '' }, 'session-expired'),
    ).toBe('/sign-in?next=%2Freturns%3Fq%3Da&reason=session-expired');
  });
});

describe('readSignInParams', () => {
  it('goes back to the requested page after signing in', () => {
    expect(readSignInParams(new URLSearchParams('next=%2F%3Fx%3D1'))).toEqual({
      destination: '/?x=1',
      reason: null,
    });
  });

  it('goes to the dashboard when next is missing or unsafe', () => {
    expect(readSignInParams(new URLSearchParams('')).destination).toBe('/');
    expect(readSignInParams(new URLSearchParams('next=https://evil.example')).destination).toBe(
      '/',
    );
  });

  it('reads a known reason and ignores anything else', () => {
    expect(readSignInParams(new URLSearchParams('reason=session-expired')).reason).toBe(
      'session-expired',
    );
    expect(readSignInParams(new URLSearchParams('reason=<script>')).reason).toBeNull();
  });

  it('round-trips what signInUrl wrote', () => {
    const url = signInUrl({ next: '/returns?status=OPEN', reason: 'session-expired' });
    const search = new URLSearchParams(url.slice(url.indexOf('?')));
    expect(readSignInParams(search)).toEqual({
      destination: '/returns?status=OPEN',
      reason: 'session-expired',
    });
  });
});
