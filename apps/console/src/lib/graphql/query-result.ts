import { formatApiError, type ApiError, type CombinedErrorLike } from './api-error';

/** Every query is in exactly one of these states; the data is only reachable in the last one. */
export type QueryResult<Data> =
  | { readonly state: 'fetching' }
  | {
      readonly state: 'error';
      readonly error: ApiError;
      readonly retry: () => void;
      /** A retry is in flight; the error stays on screen until it settles. */
      readonly retrying: boolean;
    }
  | {
      readonly state: 'data';
      readonly data: Data;
      readonly refetch: () => void;
      /** Newer data is on its way (stale cache or refetch). */
      readonly refreshing: boolean;
    };

/** The parts of urql's UseQueryState this module reads. */
export interface UrqlStateLike<Data> {
  readonly data?: Data | undefined;
  readonly error?: CombinedErrorLike | undefined;
  readonly fetching: boolean;
  readonly stale: boolean;
}

export function toQueryResult<Data>(
  state: UrqlStateLike<Data>,
  refetch: () => void,
): QueryResult<Data> {
  if (state.error) {
    return {
      state: 'error',
      error: formatApiError(state.error),
      retry: refetch,
      retrying: state.fetching,
    };
  }
  if (state.data !== undefined) {
    return { state: 'data', data: state.data, refetch, refreshing: state.fetching || state.stale };
  }
  return { state: 'fetching' };
}

export interface QueryRenderers<Data, Output> {
  readonly fetching: () => Output;
  readonly error: (error: ApiError, retry: () => void, retrying: boolean) => Output;
  readonly data: (data: Data, refreshing: boolean) => Output;
}

/** Renders a query result; every caller must say what fetching, error and data look like. */
export function foldQuery<Data, Output>(
  result: QueryResult<Data>,
  render: QueryRenderers<Data, Output>,
): Output {
  switch (result.state) {
    case 'fetching':
      return render.fetching();
    case 'error':
      return render.error(result.error, result.retry, result.retrying);
    case 'data':
      return render.data(result.data, result.refreshing);
  }
}
