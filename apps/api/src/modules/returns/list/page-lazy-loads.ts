import type { DataSource } from 'typeorm';
import { fetchLinesOfReturns } from './return-lines.query';
import type { ReturnSummaryLine } from './return-summary-line.type';

/**
 * What a page loads only when the query asks for it. Each list call creates its own, keyed by
 * the very objects it returned through WeakMaps: no per-request state in the shared context,
 * and nothing kept once the response is sent.
 *
 * Field resolvers must receive those objects themselves: declare their `@Root()` with the
 * interfaces below, not the GraphQL classes — for a class type, type-graphql hands the resolver
 * a copy (an instance of the class), which no WeakMap knows.
 */

/** A return of a page, as the `lines` field resolver receives it. */
export interface ListedReturn {
  id: string;
}

/** A page, as the `totalCount` field resolver receives it. */
export type ListedPage = object;

/** The lines of one page, fetched with one statement the first time any of its returns asks. */
class PageLines {
  private loaded: Promise<Map<string, ReturnSummaryLine[]>> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly returnIds: readonly string[],
  ) {}

  async of(returnId: string): Promise<ReturnSummaryLine[]> {
    this.loaded ??= fetchLinesOfReturns(this.dataSource, this.returnIds);
    return (await this.loaded).get(returnId) ?? [];
  }
}

const linesByReturn = new WeakMap<ListedReturn, PageLines>();
const totalCountByPage = new WeakMap<ListedPage, () => Promise<number>>();

/** Lets every return of a page load its lines together with the others'. */
export function attachPageLines(dataSource: DataSource, nodes: readonly ListedReturn[]): void {
  const page = new PageLines(
    dataSource,
    nodes.map((node) => node.id),
  );
  for (const node of nodes) linesByReturn.set(node, page);
}

/** A listed return's lines: the first call of a page runs one statement for the whole page. */
export function linesOf(node: ListedReturn): Promise<ReturnSummaryLine[]> {
  const page = linesByReturn.get(node);
  if (page === undefined) throw new Error(`Return ${node.id} was not produced by the returns list`);
  return page.of(node.id);
}

/** Remembers how to count the whole list, run only if `totalCount` is asked for. */
export function attachTotalCount(page: ListedPage, count: () => Promise<number>): void {
  let counted: Promise<number> | null = null;
  totalCountByPage.set(page, () => (counted ??= count()));
}

export function totalCountOf(page: ListedPage): Promise<number> {
  const count = totalCountByPage.get(page);
  if (count === undefined) throw new Error('This connection was not produced by the returns list');
  return count();
}
