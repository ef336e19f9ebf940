import { foldQuery, toQueryResult, type QueryResult } from '../query-result';

const noop = () => undefined;
const render = (result: QueryResult<{ total: number }>) =>
  foldQuery(result, {
    fetching: () => 'fetching',
    error: (error, _retry, retrying) => `error:${error.code ?? 'none'}:${String(retrying)}`,
    data: (data, refreshing) => `data:${data.total}:${String(refreshing)}`,
  });

describe('toQueryResult + foldQuery', () => {
  it('is fetching until the first data or error arrives', () => {
    expect(render(toQueryResult({ fetching: true, stale: false }, noop))).toBe('fetching');
  });

  it('shows data, and whether newer data is on its way', () => {
    expect(render(toQueryResult({ data: { total: 3 }, fetching: false, stale: false }, noop))).toBe(
      'data:3:false',
    );
    expect(render(toQueryResult({ data: { total: 3 }, fetching: false, stale: true }, noop))).toBe(
      'data:3:true',
    );
  });

  it('shows the error, even next to stale data, and whether a retry is in flight', () => {
    const error = { graphQLErrors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] };
    expect(
      render(toQueryResult({ data: { total: 3 }, error, fetching: false, stale: false }, noop)),
    ).toBe('error:FORBIDDEN:false');
    expect(render(toQueryResult({ error, fetching: true, stale: false }, noop))).toBe(
      'error:FORBIDDEN:true',
    );
  });

  it('wires Retry to the refetch it was given', () => {
    const refetch = jest.fn();
    const result = toQueryResult(
      { error: { graphQLErrors: [{ message: 'x' }] }, fetching: false, stale: false },
      refetch,
    );
    if (result.state !== 'error') throw new Error('expected an error result');
    result.retry();
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});
