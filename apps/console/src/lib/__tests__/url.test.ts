import { withQuery } from '../url';

describe('withQuery', () => {
  it('returns the bare path when there are no params', () => {
    expect(withQuery('/returns')).toBe('/returns');
    expect(withQuery('/returns', {})).toBe('/returns');
  });

  it('leaves out empty values so a cleared filter leaves no trace in the URL', () => {
    expect(withQuery('/returns', { query: '', status: undefined, after: null })).toBe('/returns');
  });

  it('sorts keys so the same screen state always has the same URL', () => {
    expect(withQuery('/returns', { sort: 'created', first: 50, asc: false })).toBe(
      '/returns?asc=false&first=50&sort=created',
    );
  });

  it('repeats the key for list params and encodes values', () => {
    expect(withQuery('/returns', { status: ['REQUESTED', 'IN_TRANSIT'], query: 'RMA 42&x' })).toBe(
      '/returns?query=RMA+42%26x&status=REQUESTED&status=IN_TRANSIT',
    );
  });
});
