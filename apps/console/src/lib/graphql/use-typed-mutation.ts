import { useCallback } from 'react';
import { useMutation, type AnyVariables, type DocumentInput } from 'urql';
import { toMutationOutcome, type MutationOutcome } from './mutation-outcome';

export interface TypedMutation<Data, Variables extends AnyVariables> {
  /** Sends the mutation; resolves to an outcome the caller must branch on (it never throws). */
  readonly run: (variables: Variables) => Promise<MutationOutcome<Data>>;
  /** A call is in flight: disable what sent it. */
  readonly sending: boolean;
}

/** The console's only way to run a mutation, the counterpart of useTypedQuery. */
export function useTypedMutation<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
): TypedMutation<Data, Variables> {
  const [state, execute] = useMutation(document);
  const run = useCallback(
    async (variables: Variables) => toMutationOutcome(await execute(variables)),
    [execute],
  );
  return { run, sending: state.fetching };
}
