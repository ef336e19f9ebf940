import { findMissingDescriptions } from '../contract/descriptions';
import { loadSchema, schemaSdl } from '../sdl';

describe('descriptions', () => {
  it('describe every type, field, argument, enum value, input field and scalar of the contract', () => {
    expect(findMissingDescriptions(loadSchema())).toEqual([]);
  });

  it('are reported missing, by coordinate, on a deliberately undescribed copy', () => {
    const sdl = `
      """Root."""
      type Query {
        """Described."""
        returns("""Page size."""
          first: Int, after: String): [Return!]!
        undescribed: Int
      }
      type Return {
        """Described."""
        id: ID!
      }
      """Statuses."""
      enum ReturnStatus {
        """Described."""
        REQUESTED
        RECEIVED
      }
      """Filter."""
      input ReturnFilter {
        status: ReturnStatus
      }
      scalar DateTimeISO
      """A directive."""
      directive @cost(weight: Int) on FIELD_DEFINITION
    `;
    expect(findMissingDescriptions(loadSchema(sdl))).toEqual([
      '@cost(weight:)',
      'DateTimeISO',
      'Query.returns(after:)',
      'Query.undescribed',
      'Return',
      'ReturnFilter.status',
      'ReturnStatus.RECEIVED',
    ]);
  });

  it('are reported missing when a description is removed from the real schema', () => {
    const stripped = schemaSdl.replace('"""The signed-in user, or null. Anyone may ask."""\n', '');
    expect(stripped).not.toBe(schemaSdl);
    expect(findMissingDescriptions(loadSchema(stripped))).toEqual(['Query.viewer']);
  });
});
