import { toMutationOutcome } from '../mutation-outcome';

describe('toMutationOutcome', () => {
  it("carries the API's answer when the mutation succeeded", () => {
    expect(toMutationOutcome({ data: { signOut: true } })).toEqual({
      ok: true,
      data: { signOut: true },
    });
  });

  it('carries the formatted error, code included, when the API refused', () => {
    expect(
      toMutationOutcome({
        error: {
          graphQLErrors: [
            {
              message: 'Email or password is wrong',
              extensions: { code: 'INVALID_CREDENTIALS' },
            },
          ],
        },
      }),
    ).toEqual({
      ok: false,
      error: {
        kind: 'graphql',
        message: 'Email or password is wrong',
        code: 'INVALID_CREDENTIALS',
      },
    });
  });

  it('counts an answer with neither data nor error as a failure', () => {
    expect(toMutationOutcome({}).ok).toBe(false);
  });
});
