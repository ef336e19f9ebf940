import { formatCount } from '../../../lib/format';
import { DescriptionList } from '../../../lib/ui/Layout';
import type { ImportCounts } from '../import-events';

/** What the import did so far, or in all once it is done. */
export function ImportSummary({ counts }: { readonly counts: ImportCounts }) {
  return (
    <DescriptionList
      items={[
        { term: 'Rows read', value: formatCount(counts.rowsRead) },
        { term: 'Returns created', value: formatCount(counts.returnsCreated) },
        { term: 'Lines added to returns', value: formatCount(counts.linesAdded) },
        { term: 'Rows updated', value: formatCount(counts.rowsUpdated) },
        { term: 'Rows unchanged (already imported)', value: formatCount(counts.rowsUnchanged) },
        { term: 'Rows refused', value: formatCount(counts.rowsRefused) },
        {
          term: 'Rows to review (reason not in the catalogue)',
          value: formatCount(counts.rowsFlagged),
        },
        { term: 'Orders created from the report', value: formatCount(counts.ordersCreated) },
      ]}
    />
  );
}
