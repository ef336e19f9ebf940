import { DataTable, type DataTableColumn } from '../../../lib/ui/DataTable';
import type { RowProblem } from '../import-events';

const COLUMNS: readonly DataTableColumn<RowProblem>[] = [
  {
    id: 'line',
    header: 'Line',
    cell: (problem) => problem.line,
    align: 'end',
    rowHeader: true,
    width: '6rem',
  },
  { id: 'column', header: 'Column', cell: (problem) => problem.column ?? '—', width: '14rem' },
  { id: 'reason', header: 'Why the row was refused', cell: (problem) => problem.reason },
];

/** The per-row report: each refused row with its line, column and reason. */
export function ProblemTable({ problems }: { readonly problems: readonly RowProblem[] }) {
  return (
    <DataTable
      caption="Rows of the report that were not imported"
      columns={COLUMNS}
      rows={problems}
      rowKey={(problem) => `${problem.line}:${problem.column ?? ''}:${problem.reason}`}
    />
  );
}
