import { lazy, Suspense } from 'react';
import { PageHeader } from '../../../lib/page/PageHeader';
import { buttonClassName } from '../../../lib/ui/Button';
import { LoadingState } from '../../../lib/ui/States';
import { schemaReferenceUrl } from '../urls';

const GraphiqlPanel = lazy(() => import('../components/GraphiqlPanel'));

export function ExplorerView() {
  return (
    <>
      <PageHeader
        title="GraphQL explorer"
        lead={
          <>
            Try the API as yourself: queries run with your session and your roles. Every type and
            field is described in the{' '}
            <a href={schemaReferenceUrl} target="_blank" rel="noreferrer">
              schema reference
            </a>
            .
          </>
        }
        actions={
          <a
            className={buttonClassName('quiet')}
            href={schemaReferenceUrl}
            target="_blank"
            rel="noreferrer"
          >
            Open the schema reference
          </a>
        }
      />
      <p className="inline-notice">
        A production API runs only the console&apos;s own operations (trusted documents). To send
        your own queries there, create an API token allowed ad-hoc documents and put{' '}
        <code>{'{ "Authorization": "Bearer rbt_…" }'}</code> in the Headers tab below.
      </p>
      <Suspense fallback={<LoadingState label="Loading the GraphQL explorer…" rows={8} />}>
        <GraphiqlPanel />
      </Suspense>
    </>
  );
}
