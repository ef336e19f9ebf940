import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { formatApiError, hasErrorCode } from '../api-error';

describe('formatApiError', () => {
  it("shows the API's message and extensions.code, without urql's [GraphQL] prefix", () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Only finance can approve refunds', { extensions: { code: 'FORBIDDEN' } }),
      ],
    });
    expect(error.message).toContain('[GraphQL]');
    expect(formatApiError(error)).toEqual({
      kind: 'graphql',
      message: 'Only finance can approve refunds',
      code: 'FORBIDDEN',
    });
  });

  it('reads plain error objects as the API sends them over HTTP', () => {
    const error = {
      graphQLErrors: [
        { message: 'Return is IN_TRANSIT', extensions: { code: 'INVALID_TRANSITION' } },
      ],
    };
    expect(formatApiError(error)).toMatchObject({
      message: 'Return is IN_TRANSIT',
      code: 'INVALID_TRANSITION',
    });
  });

  it('keeps each distinct message when the API reports several errors, with the first code', () => {
    const error = {
      graphQLErrors: [
        { message: 'Not found.', extensions: { code: 'NOT_FOUND' } },
        { message: 'Not found.', extensions: { code: 'NOT_FOUND' } },
        { message: 'Refund exceeds remaining.', extensions: { code: 'REFUND_EXCEEDS_REMAINING' } },
      ],
    };
    expect(formatApiError(error)).toMatchObject({
      message: 'Not found. Refund exceeds remaining.',
      code: 'NOT_FOUND',
    });
  });

  it('has no code when the error carries none or a non-string one', () => {
    expect(formatApiError({ graphQLErrors: [{ message: 'Boom' }] }).code).toBeNull();
    expect(
      formatApiError({ graphQLErrors: [{ message: 'Boom', extensions: { code: 42 } }] }).code,
    ).toBeNull();
  });

  it('explains a network failure with the HTTP status when there is one', () => {
    const error = new CombinedError({
      networkError: new Error('Bad Gateway'),
      response: { status: 502 },
    });
    expect(formatApiError(error)).toEqual({
      kind: 'network',
      message: 'The API could not be reached (HTTP 502, Bad Gateway). Check that it is running.',
      code: null,
    });
  });

  it('explains a failed fetch without a response', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(formatApiError(error).message).toBe(
      'The API could not be reached (Failed to fetch). Check that it is running.',
    );
  });
});

describe('hasErrorCode', () => {
  it('finds a code on any of the errors, not only the first', () => {
    const error = {
      graphQLErrors: [
        { message: 'Not found.', extensions: { code: 'NOT_FOUND' } },
        { message: 'Sign in to do this', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    };
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(false);
  });

  it('finds nothing on a network failure', () => {
    expect(hasErrorCode({ graphQLErrors: [] }, 'UNAUTHENTICATED')).toBe(false);
  });
});
