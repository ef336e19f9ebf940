import {
  backToListUrl,
  EMPTY_RETURNS_LIST,
  isFiltered,
  readReturnDetailParams,
  readReturnsListParams,
  returnOrderFor,
  returnsListUrl,
  returnUrl,
  sortOf,
  toReturnFilter,
  withListChange,
  type ReturnsListParams,
} from '../urls';

const params = (change: Partial<ReturnsListParams>): ReturnsListParams => ({
  ...EMPTY_RETURNS_LIST,
  ...change,
});
const parse = (url: string) =>
  readReturnsListParams(new URL(url, 'https://console.test').searchParams);

describe('returnsListUrl', () => {
  it('is the bare path for the default view', () => {
    expect(returnsListUrl()).toBe('/returns');
    expect(returnsListUrl(EMPTY_RETURNS_LIST)).toBe('/returns');
  });

  it('writes filters, sort and page with sorted keys and repeated lists', () => {
    expect(
      returnsListUrl(
        params({
          status: ['REQUESTED', 'AUTHORIZED'],
          q: 'RMA-1001',
          sort: 'RMA_NUMBER_ASC',
          after: 'c2',
          trail: ['c1'],
        }),
      ),
    ).toBe(
      '/returns?after=c2&q=RMA-1001&sort=RMA_NUMBER_ASC&status=REQUESTED&status=AUTHORIZED&trail=c1',
    );
  });

  it.each<[string, Partial<ReturnsListParams>]>([
    ['statuses', { status: ['RECEIVED', 'INSPECTED'] }],
    ['reasons and faults', { reason: ['DEFECTIVE'], fault: ['SUPPLIER', 'CARRIER'] }],
    ['the SLA filter', { sla: 'overdue' }],
    ['a date range', { from: '2026-11-01', to: '2026-11-30' }],
    ['a search', { q: 'olivia.bennett@example.com' }],
    ['a sort and a deep page', { sort: 'UPDATED_AT_DESC', after: 'c3', trail: ['c1', 'c2'] }],
    ['the selected return', { selected: 'r-42' }],
  ])('round-trips %s: a link reproduces the view', (_what, change) => {
    expect(parse(returnsListUrl(params(change)))).toEqual(params(change));
  });
});

describe('readReturnsListParams', () => {
  it('drops unknown enum values, bad dates and a trail without a cursor', () => {
    expect(
      parse(
        '/returns?status=LOST&status=RECEIVED&fault=NOBODY&from=2026-02-30&to=tomorrow&sla=late&sort=SIDEWAYS&trail=c1',
      ),
    ).toEqual(params({ status: ['RECEIVED'] }));
  });

  it('keeps SKU ids (the dashboard links to them) and drops anything that is not an id', () => {
    const id = '0b7c2f4e-9d1a-4c3b-8e5f-6a7b8c9d0e1f';
    const read = parse(`/returns?sku=${id}&sku=not-an-id&sku=${id}`);
    expect(read).toEqual(params({ sku: [id] }));
    expect(toReturnFilter(read)).toEqual({ skuId: [id] });
    expect(isFiltered(read)).toBe(true);
  });

  it('ignores a blank search and repeated values', () => {
    expect(parse('/returns?q=%20%20&status=RECEIVED&status=RECEIVED')).toEqual(
      params({ status: ['RECEIVED'] }),
    );
  });
});

describe('toReturnFilter', () => {
  it('sends only what is set, with days as a half-open UTC range', () => {
    expect(
      toReturnFilter(
        params({
          status: ['REQUESTED'],
          fault: ['SUPPLIER'],
          reason: ['DEFECTIVE'],
          sla: 'on-time',
          from: '2026-11-01',
          to: '2026-11-30',
          q: 'RMA-1001',
        }),
      ),
    ).toEqual({
      status: ['REQUESTED'],
      fault: ['SUPPLIER'],
      reasonCode: ['DEFECTIVE'],
      slaOverdue: false,
      requestedFrom: '2026-11-01T00:00:00.000Z',
      requestedTo: '2026-12-01T00:00:00.000Z',
      search: 'RMA-1001',
    });
    expect(toReturnFilter(EMPTY_RETURNS_LIST)).toEqual({});
  });
});

describe('sorting', () => {
  it('maps each sortable column and direction to an order the API has', () => {
    expect(returnOrderFor('requested', 'asc')).toBe('REQUESTED_AT_ASC');
    expect(returnOrderFor('requested', 'desc')).toBe('REQUESTED_AT_DESC');
    // Only one direction exists for these: asking for the other gives the one there is.
    expect(returnOrderFor('rma', 'desc')).toBe('RMA_NUMBER_ASC');
    expect(returnOrderFor('updated', 'asc')).toBe('UPDATED_AT_DESC');
    expect(sortOf('FIRST_RESPONSE_DUE_ASC')).toEqual({ key: 'due', direction: 'asc' });
  });

  it('starts from the first page when the filter or sort changes', () => {
    const deep = params({ after: 'c2', trail: ['c1'], selected: 'r-1' });
    expect(withListChange(deep, { sort: 'RMA_NUMBER_ASC' })).toEqual(
      params({ sort: 'RMA_NUMBER_ASC' }),
    );
  });
});

describe('returnUrl', () => {
  it('carries the queue it came from, so going back restores it with the return selected', () => {
    const list = params({ status: ['REQUESTED'], q: 'olivia' });
    const url = returnUrl('r-1', { list });
    expect(url).toBe('/returns/r-1?q=olivia&status=REQUESTED');
    const search = new URL(url, 'https://console.test').searchParams;
    expect(backToListUrl('r-1', search)).toBe('/returns?q=olivia&selected=r-1&status=REQUESTED');
  });

  it('keeps an open dialog in the URL, and a line only for line actions', () => {
    expect(returnUrl('r-1', { action: 'inspect', line: 'l-9' })).toBe(
      '/returns/r-1?action=inspect&line=l-9',
    );
    expect(returnUrl('r-1', { action: 'authorize', line: 'l-9' })).toBe(
      '/returns/r-1?action=authorize',
    );
    const read = (query: string) => readReturnDetailParams(new URLSearchParams(query));
    expect(read('action=inspect&line=l-9')).toEqual({ action: 'inspect', line: 'l-9' });
    expect(read('action=explode&line=l-9')).toEqual({ action: null, line: null });
  });

  it('encodes ids that are not URL-safe', () => {
    expect(returnUrl('a/b c')).toBe('/returns/a%2Fb%20c');
  });
});
