import { useEffect, useRef, useState } from 'react';
import { formatCount } from '../../../lib/format';
import { PageHeader } from '../../../lib/page/PageHeader';
import { Button, buttonClassName } from '../../../lib/ui/Button';
import { FieldShell, SelectField } from '../../../lib/ui/Field';
import { Panel } from '../../../lib/ui/Layout';
import { EmptyState, SuccessNotice } from '../../../lib/ui/States';
import { useSignedInUser } from '../../auth/signed-in-user';
import { ImportSummary } from '../components/ImportSummary';
import { ProblemTable } from '../components/ProblemTable';
import { ReasonsToReview } from '../components/ReasonsToReview';
import {
  applyImportEvent,
  IDLE_IMPORT,
  SHOWN_PROBLEMS,
  uploadPercent,
  type ImportState,
} from '../import-events';
import { canImportReports } from '../permissions';
import { uploadAmazonReport } from '../upload-report';
import { amazonExportUrl, type AmazonReportKind } from '../urls';

const KIND_OPTIONS = [
  { value: 'flat', label: 'Merchant-fulfilled returns (flat file)' },
  { value: 'fba', label: 'FBA customer returns' },
];

/** Upload an Amazon returns report, follow its progress and read the per-row report. */
export function AmazonImportView() {
  const { roles } = useSignedInUser();
  const [kind, setKind] = useState<AmazonReportKind>('flat');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [state, setState] = useState<ImportState>(IDLE_IMPORT);
  const abort = useRef<(() => void) | null>(null);

  useEffect(
    () => () => {
      abort.current?.();
    },
    [],
  );

  if (!canImportReports(roles)) {
    return (
      <>
        <PageHeader title="Imports" />
        <EmptyState title="Imports are for support and admins">
          Ask an admin to import Amazon returns reports.
        </EmptyState>
      </>
    );
  }

  const start = (): void => {
    if (file === null) {
      setFileError('Choose the report file first');
      return;
    }
    setFileError(undefined);
    setState({ ...IDLE_IMPORT, phase: 'uploading', totalBytes: file.size });
    abort.current = uploadAmazonReport(file, kind, {
      onSent: (sentBytes, totalBytes) => {
        setState((current) => ({ ...current, sentBytes, totalBytes }));
      },
      onEvent: (event) => {
        setState((current) => applyImportEvent(current, event));
      },
      onError: (message) => {
        setState((current) => ({ ...current, phase: 'failed', failure: message }));
      },
    });
  };

  const uploading = state.phase === 'uploading';
  const percent = uploadPercent(state);
  const refused = state.counts?.rowsRefused ?? 0;

  return (
    <>
      <PageHeader
        title="Imports"
        lead="Bring Amazon returns reports into Rebound. Importing a file again, or a later one that overlaps it, updates returns and never duplicates them."
        actions={
          <a className={buttonClassName('quiet')} href={amazonExportUrl()} download>
            Export returns (flat file)
          </a>
        }
      />
      <Panel title="Upload a report">
        <form
          className="form-grid"
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          <SelectField
            label="Report"
            name="kind"
            value={kind}
            options={KIND_OPTIONS}
            disabled={uploading}
            onChange={(value) => {
              setKind(value === 'fba' ? 'fba' : 'flat');
            }}
          />
          <FieldShell
            label="File"
            hint="The tab-separated file as downloaded from Seller Central (.txt or .tsv)."
            error={fileError}
          >
            {(control) => (
              <input
                {...control}
                type="file"
                name="file"
                accept=".txt,.tsv,.csv,text/tab-separated-values,text/plain"
                className="field__input"
                disabled={uploading}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setFileError(undefined);
                }}
              />
            )}
          </FieldShell>
          <div>
            <Button type="submit" busy={uploading} busyLabel="Importing…">
              Import
            </Button>
          </div>
        </form>
      </Panel>

      {state.phase !== 'idle' && (
        <Panel
          title="Progress"
          meta={state.runId === null ? undefined : `Import run ${state.runId}`}
        >
          <p>
            <label htmlFor="upload-progress">
              File sent: {percent === null ? '…' : `${percent} %`}
            </label>{' '}
            <progress id="upload-progress" max={100} value={percent ?? undefined} />
          </p>
          <p aria-live="polite">
            {state.counts === null
              ? 'Waiting for the first rows…'
              : `${formatCount(state.counts.rowsRead)} rows processed`}
          </p>
          {state.phase === 'done' && (
            <SuccessNotice>
              Import finished
              {refused > 0 ? `; ${formatCount(refused)} rows were refused (below)` : ''}.
            </SuccessNotice>
          )}
          {state.phase === 'failed' && (
            <p role="alert" className="field__error">
              The import failed: {state.failure}
            </p>
          )}
          {state.counts !== null && <ImportSummary counts={state.counts} />}
        </Panel>
      )}

      {state.problems.length > 0 && (
        <Panel
          title="Rows not imported"
          meta={
            refused > SHOWN_PROBLEMS
              ? `The first ${formatCount(SHOWN_PROBLEMS)} of ${formatCount(refused)}`
              : undefined
          }
          flush
        >
          <ProblemTable problems={state.problems} />
        </Panel>
      )}

      {/* Read again once an import has finished: it may have flagged new lines. */}
      <ReasonsToReview key={state.phase === 'done' ? `after-${state.runId ?? ''}` : 'before'} />
    </>
  );
}
