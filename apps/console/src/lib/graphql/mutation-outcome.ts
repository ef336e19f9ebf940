import { formatApiError, type ApiError, type CombinedErrorLike } from './api-error';

/** A mutation either did what was asked, with the API's answer, or failed with an ApiError. */
export type MutationOutcome<Data> =
  { readonly ok: true; readonly data: Data } | { readonly ok: false; readonly error: ApiError };

/** The parts of urql's OperationResult this module reads. */
export interface UrqlMutationResultLike<Data> {
  readonly data?: Data | undefined;
  readonly error?: CombinedErrorLike | undefined;
}

export function toMutationOutcome<Data>(
  result: UrqlMutationResultLike<Data>,
): MutationOutcome<Data> {
  if (result.error) return { ok: false, error: formatApiError(result.error) };
  if (result.data === undefined || result.data === null) {
    return {
      ok: false,
      error: { kind: 'graphql', message: 'The API answered without a result.', code: null },
    };
  }
  return { ok: true, data: result.data };
}
