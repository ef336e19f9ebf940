import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../common/pagination';
import { selectOrders } from './order-rows.query';
import type { OrderConnection } from './order.types';
import { SEARCH_MAX_LENGTH, type OrderSort, type OrdersFilter } from './orders-query.input';

export interface OrdersPageArgs {
  first: number | null | undefined;
  after: string | null | undefined;
  filter: OrdersFilter | null | undefined;
  orderBy: OrderSort;
}

const badCursor = (): AppError =>
  new AppError('BAD_USER_INPUT', 'The cursor is not valid for this list and sort order', {
    fields: [{ path: 'after', problems: ['not a cursor of this list and sort order'] }],
  });

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Turns the filter into SQL conditions on orders `o` and customers `c`. */
function filterConditions(filter: OrdersFilter | null | undefined, params: unknown[]): string[] {
  const where: string[] = [];
  const bind = (value: unknown): string => `$${String(params.push(value))}`;
  if (filter?.channel != null) where.push(`o.channel = ${bind(filter.channel.trim())}`);
  if (filter?.customerEmail != null) {
    where.push(`c.email = ${bind(filter.customerEmail.trim().toLowerCase())}`);
  }
  if (filter?.orderedFrom != null) where.push(`o.ordered_at >= ${bind(filter.orderedFrom)}`);
  if (filter?.orderedTo != null) where.push(`o.ordered_at < ${bind(filter.orderedTo)}`);
  const search = filter?.search?.trim() ?? '';
  if (search.length > SEARCH_MAX_LENGTH) {
    throw new AppError('BAD_USER_INPUT', `search must be at most ${SEARCH_MAX_LENGTH} characters`, {
      fields: [
        { path: 'filter.search', problems: [`must be at most ${SEARCH_MAX_LENGTH} characters`] },
      ],
    });
  }
  if (search !== '') {
    const pattern = bind(containing(search));
    where.push(
      `(o.external_id ILIKE ${pattern} OR c.email ILIKE ${pattern} OR c.name ILIKE ${pattern})`,
    );
  }
  return where;
}

/** The keyset condition for rows after the cursor's (ordered_at, id). */
function afterCursor(sort: OrderSort, after: string, params: unknown[]): string {
  const [orderedAt, id] = decodeCursor(sort, after);
  if (typeof orderedAt !== 'string' || Number.isNaN(Date.parse(orderedAt))) throw badCursor();
  if (typeof id !== 'string' || !isUUID(id)) throw badCursor();
  params.push(orderedAt, id);
  const comparison = sort === 'ORDERED_AT_DESC' ? '<' : '>';
  return `(o.ordered_at, o.id) ${comparison} ($${String(params.length - 1)}::timestamptz, $${String(params.length)}::uuid)`;
}

/** A page of orders, newest or oldest first, continuing after a keyset cursor (never OFFSET). */
export async function listOrders(
  manager: EntityManager,
  args: OrdersPageArgs,
): Promise<OrderConnection> {
  const size = pageSize(args.first);
  const params: unknown[] = [];
  const where = filterConditions(args.filter, params);
  if (args.after != null) where.push(afterCursor(args.orderBy, args.after, params));
  const direction = args.orderBy === 'ORDERED_AT_DESC' ? 'DESC' : 'ASC';
  const rows = await selectOrders(manager, {
    where,
    params,
    orderBy: `o.ordered_at ${direction}, o.id ${direction}`,
    limit: size + 1,
  });
  const page = toPage(rows, size, (row) =>
    encodeCursor(args.orderBy, [row.orderedAtKey, row.order.id]),
  );
  return {
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.order })),
    nodes: page.nodes.map((row) => row.order),
    pageInfo: page.pageInfo,
  };
}
