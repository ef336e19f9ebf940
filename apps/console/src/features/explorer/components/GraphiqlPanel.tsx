import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useRef } from 'react';
import { createSessionFetcher } from '../session-fetcher';
import { useGraphiqlAccessibility } from './graphiql-a11y';
import './explorer.css';

const fetcher = createSessionFetcher();

const DEFAULT_QUERY = `# Runs as you: your roles apply (FORBIDDEN otherwise).
# Ctrl+Enter runs it; the Docs panel lists every field.
query Me {
  viewer {
    email
    displayName
    roles
  }
  returnStats {
    total
    byStatus {
      status
      count
    }
  }
}
`;

/** GraphiQL, bundled (no CDN) and loaded only when the explorer opens: its own lazy chunk. */
export default function GraphiqlPanel() {
  const frame = useRef<HTMLDivElement>(null);
  useGraphiqlAccessibility(frame);
  return (
    <div ref={frame} className="explorer-frame">
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} shouldPersistHeaders={false} />
    </div>
  );
}
