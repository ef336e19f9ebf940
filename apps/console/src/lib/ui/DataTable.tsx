import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './ui.css';

export type SortDirection = 'asc' | 'desc';

export interface ActiveSort<SortKey extends string> {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export interface DataTableColumn<Row, SortKey extends string = never> {
  /** Stable id of the column (React key). */
  readonly id: string;
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  readonly align?: 'start' | 'end';
  /** Sortable by this key: the header becomes a link to the list sorted by it. */
  readonly sortKey?: SortKey;
  /** The cell that names the row (a `th scope="row"`), usually the first. */
  readonly rowHeader?: boolean;
  readonly width?: string;
}

interface DataTableProps<Row, SortKey extends string> {
  /** Says what the table lists, for screen readers (visually hidden). */
  readonly caption: string;
  readonly columns: readonly DataTableColumn<Row, SortKey>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly sort?: ActiveSort<SortKey> | undefined;
  /** The URL of the list sorted by `key`; the table decides the direction to offer. */
  readonly sortUrl?: (key: SortKey, direction: SortDirection) => string;
  /** Highlights one row (the one open beside the list, say). */
  readonly selectedKey?: string | null;
  /** Newer rows are on their way; the current ones stay readable. */
  readonly refreshing?: boolean;
}

function ariaSort(active: boolean, direction: SortDirection): 'ascending' | 'descending' | 'none' {
  if (!active) return 'none';
  return direction === 'asc' ? 'ascending' : 'descending';
}

function SortIndicator({ active, direction }: { active: boolean; direction: SortDirection }) {
  return (
    <span className={`sort-indicator${active ? ' is-active' : ''}`} aria-hidden="true">
      {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
    </span>
  );
}

/** The console's list table: sortable headers as links (the sort lives in the URL). */
export function DataTable<Row, SortKey extends string = never>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  sortUrl,
  selectedKey = null,
  refreshing = false,
}: DataTableProps<Row, SortKey>) {
  return (
    <div className="table-scroll" aria-busy={refreshing}>
      <table className={`data-table data-table--list${refreshing ? ' is-refreshing' : ''}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort !== undefined && column.sortKey === sort.key;
              const direction: SortDirection = active ? sort.direction : 'asc';
              const alignClass = column.align === 'end' ? 'numeric' : undefined;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={alignClass}
                  style={column.width === undefined ? undefined : { width: column.width }}
                  aria-sort={column.sortKey === undefined ? undefined : ariaSort(active, direction)}
                >
                  {column.sortKey !== undefined && sortUrl !== undefined ? (
                    <Link
                      className="sort-header"
                      to={sortUrl(
                        column.sortKey,
                        active && direction === 'asc' ? 'desc' : active ? 'asc' : 'asc',
                      )}
                    >
                      {column.header}
                      <SortIndicator active={active} direction={direction} />
                    </Link>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            return (
              <tr key={key} className={key === selectedKey ? 'is-selected' : undefined}>
                {columns.map((column) => {
                  const className = column.align === 'end' ? 'numeric' : undefined;
                  return column.rowHeader === true ? (
                    <th key={column.id} scope="row" className={className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.id} className={className}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
