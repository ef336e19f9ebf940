import type { RequestPolicy } from 'urql';
import type { ViewerQuery } from '../../lib/graphql/generated/graphql';
import type { QueryResult } from '../../lib/graphql/query-result';
import { useTypedQuery } from '../../lib/graphql/use-typed-query';
import { viewerQuery } from './operations';

/**
 * Who is signed in (`viewer` is null for nobody). `network-only` asks the API even when the cache
 * has an answer, for the places where a stale one would send the user the wrong way.
 */
export function useViewer(requestPolicy?: RequestPolicy): QueryResult<ViewerQuery> {
  return useTypedQuery(
    requestPolicy === undefined ? { query: viewerQuery } : { query: viewerQuery, requestPolicy },
  );
}
