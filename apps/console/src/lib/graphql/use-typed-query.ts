import { useCallback } from 'react';
import { useQuery, type AnyVariables, type UseQueryArgs } from 'urql';
import { toQueryResult, type QueryResult } from './query-result';

/**
 * The console's only way to run a query: urql's useQuery, narrowed to a QueryResult so a
 * screen cannot read data without having handled fetching and error first (see foldQuery).
 */
export function useTypedQuery<Data, Variables extends AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
): QueryResult<Data> {
  const [state, reexecute] = useQuery(args);
  const refetch = useCallback(() => {
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);
  return toQueryResult(state, refetch);
}
