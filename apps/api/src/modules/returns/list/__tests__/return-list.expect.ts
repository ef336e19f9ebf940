import { reasonFault, type Fault, type ReasonCode, type ReturnStatus } from '@rebound/domain';
import type { TestClient } from '../../../../testing/test-server';
import type { ReturnOrder } from '../return-order';
import type { FixtureReturn } from './return-list.fixtures';

/** The `filter` argument as a test sends it (instants as ISO strings). */
export interface FilterVariables {
  status?: ReturnStatus[];
  reasonCode?: ReasonCode[];
  fault?: Fault[];
  supplierId?: string[];
  skuId?: string[];
  channel?: string[];
  requestedFrom?: string;
  requestedTo?: string;
  receivedFrom?: string;
  receivedTo?: string;
  slaOverdue?: boolean;
  search?: string;
}

/** The SLA rule, written plainly: REQUESTED past the first-response due time, or received, not completed, past the refund due time. */
export function isOverdueAt(rma: FixtureReturn, now: Date): boolean {
  const firstResponse = rma.status === 'REQUESTED' && now > rma.firstResponseDueAt;
  const refund =
    rma.receivedAt !== null &&
    rma.completedAt === null &&
    rma.refundDueAt !== null &&
    now > rma.refundDueAt;
  return firstResponse || refund;
}

function anyOf<T>(wanted: readonly T[] | undefined, values: readonly T[]): boolean {
  return (
    wanted === undefined || wanted.length === 0 || values.some((value) => wanted.includes(value))
  );
}

function inRange(value: Date | null, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (value === null) return false;
  return (
    (from === undefined || value >= new Date(from)) && (to === undefined || value < new Date(to))
  );
}

function matchesSearch(rma: FixtureReturn, search: string | undefined): boolean {
  const text = search?.trim().toLowerCase() ?? '';
  if (text === '') return true;
  return (
    rma.rmaNumber.toLowerCase() === text ||
    rma.externalId.toLowerCase().startsWith(text) ||
    rma.customerEmail.toLowerCase() === text
  );
}

/** The oracle: does a fixture return match the filter, by the rules of ReturnFilter's description? */
export function matches(rma: FixtureReturn, filter: FilterVariables, now: Date): boolean {
  return (
    anyOf(filter.status, [rma.status]) &&
    anyOf(
      filter.reasonCode,
      rma.lines.map((line) => line.reasonCode),
    ) &&
    anyOf(
      filter.fault,
      rma.lines.map((line) => reasonFault(line.reasonCode)),
    ) &&
    anyOf(
      filter.supplierId,
      rma.lines.map((line) => line.supplierId),
    ) &&
    anyOf(
      filter.skuId,
      rma.lines.map((line) => line.skuId),
    ) &&
    anyOf(filter.channel, [rma.channel]) &&
    inRange(rma.requestedAt, filter.requestedFrom, filter.requestedTo) &&
    inRange(rma.receivedAt, filter.receivedFrom, filter.receivedTo) &&
    (filter.slaOverdue === undefined || isOverdueAt(rma, now) === filter.slaOverdue) &&
    matchesSearch(rma, filter.search)
  );
}

const compareIds = (a: FixtureReturn, b: FixtureReturn): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The fixtures in a sort order, by plain comparisons (id as tiebreaker, same direction). */
export function sorted(returns: readonly FixtureReturn[], order: ReturnOrder): FixtureReturn[] {
  const by =
    (key: (rma: FixtureReturn) => number | string, descending: boolean) =>
    (a: FixtureReturn, b: FixtureReturn) => {
      const [x, y] = [key(a), key(b)];
      const primary = x < y ? -1 : x > y ? 1 : compareIds(a, b);
      return descending ? -primary : primary;
    };
  const comparators: Record<ReturnOrder, (a: FixtureReturn, b: FixtureReturn) => number> = {
    REQUESTED_AT_DESC: by((rma) => rma.requestedAt.getTime(), true),
    REQUESTED_AT_ASC: by((rma) => rma.requestedAt.getTime(), false),
    RMA_NUMBER_ASC: by((rma) => rma.rmaNumber, false),
    FIRST_RESPONSE_DUE_ASC: by((rma) => rma.firstResponseDueAt.getTime(), false),
    UPDATED_AT_DESC: by((rma) => rma.updatedAtMicros, true),
  };
  return [...returns].sort(comparators[order]);
}

const PAGE_QUERY = `query Page($first: Int, $after: String, $filter: ReturnFilter, $orderBy: ReturnOrder) {
  returns(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface PageData {
  returns: {
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Every id of the list, page after page by cursor; fails if a page repeats an id or paging does not end. */
export async function listAllIds(
  client: TestClient,
  options: { filter?: FilterVariables; orderBy?: ReturnOrder; first?: number },
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 200; pages += 1) {
    const data: PageData = await client.data<PageData>(PAGE_QUERY, {
      ...options,
      first: options.first ?? 100,
      after,
    });
    ids.push(...data.returns.edges.map((edge) => edge.node.id));
    if (!data.returns.pageInfo.hasNextPage) return ids;
    after = data.returns.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}
