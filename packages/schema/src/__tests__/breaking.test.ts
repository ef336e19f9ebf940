import { checkBreakingChanges, namesReplacement } from '../contract/breaking';
import { findBaseSchema, type Git } from '../contract/base-schema';
import { schemaSdl } from '../sdl';

const base = (returnFields: string): string => `
  type Query {
    return(id: ID!, includeNotes: Boolean): Return
  }
  type Return {
    id: ID!
    rmaNumber: String!
    version: Int!
    ${returnFields}
  }
  enum ReturnStatus {
    REQUESTED
    ARCHIVED @deprecated(reason: "Use \`COMPLETED\` instead.")
    COMPLETED
  }
`;

describe('the breaking-change gate', () => {
  it('passes the committed schema against itself', () => {
    expect(checkBreakingChanges(schemaSdl, schemaSdl).changes).toEqual([]);
  });

  it('fails a field removed without being deprecated first', () => {
    const report = checkBreakingChanges(base('rma: String!'), base(''));
    expect(report.refused).toEqual([
      expect.objectContaining({
        type: 'FIELD_REMOVED',
        coordinate: 'Return.rma',
        deprecationReason: null,
        allowed: false,
      }),
    ]);
  });

  it('passes a field removed after main deprecated it naming a replacement', () => {
    const report = checkBreakingChanges(
      base('rma: String! @deprecated(reason: "Use `rmaNumber` instead.")'),
      base(''),
    );
    expect(report.changes).toEqual([
      expect.objectContaining({ coordinate: 'Return.rma', allowed: true }),
    ]);
    expect(report.refused).toEqual([]);
  });

  it('fails a removal whose deprecation names no replacement', () => {
    const report = checkBreakingChanges(
      base('rma: String! @deprecated(reason: "Going away.")'),
      base(''),
    );
    expect(report.refused.map((change) => change.coordinate)).toEqual(['Return.rma']);
  });

  it('fails a field whose type changed, unless it was deprecated first', () => {
    expect(checkBreakingChanges(base('total: Int!'), base('total: String!')).refused).toHaveLength(
      1,
    );
    expect(
      checkBreakingChanges(
        base('total: Int! @deprecated(reason: "Use `amount` instead.")'),
        base('total: String!'),
      ).refused,
    ).toEqual([]);
  });

  it('applies the same rule to enum values and arguments', () => {
    const withoutArchived = base('').replace(/\n\s*ARCHIVED.*\n/, '\n');
    expect(checkBreakingChanges(base(''), withoutArchived).refused).toEqual([]);
    const withoutRequested = base('').replace('REQUESTED', '');
    expect(
      checkBreakingChanges(base(''), withoutRequested).refused.map((change) => change.coordinate),
    ).toEqual(['ReturnStatus.REQUESTED']);
    const withoutArg = base('').replace(', includeNotes: Boolean', '');
    expect(
      checkBreakingChanges(base(''), withoutArg).refused.map((change) => change.coordinate),
    ).toEqual(['Query.return(includeNotes:)']);
  });

  it('fails changes that cannot be deprecated first (a type removed, a required argument added)', () => {
    const sdl = base('');
    const report = checkBreakingChanges(
      `${sdl}\ntype Label { id: ID! }`,
      sdl.replace('includeNotes: Boolean', 'includeNotes: Boolean!'),
    );
    expect(report.refused.map((change) => change.type).sort()).toEqual([
      'ARG_CHANGED_KIND',
      'TYPE_REMOVED',
    ]);
  });

  it('recognizes reasons that name a replacement', () => {
    expect(namesReplacement('Use `Return.rmaNumber` instead.')).toBe(true);
    expect(namesReplacement('Replaced by returnByRma.')).toBe(true);
    expect(namesReplacement('Deprecated.')).toBe(false);
    expect(namesReplacement('No longer supported')).toBe(false);
  });
});

describe('the schema the gate compares against', () => {
  /** A fake git: `rev-parse` answers from `refs`, `show` from `files` ("ref:path"). */
  const fakeGit =
    (refs: Record<string, string>, files: Record<string, string> = {}): Git =>
    (args) => {
      if (args[0] === 'rev-parse') {
        const ref = (args[args.length - 1] ?? '').replace('^{commit}', '');
        return refs[ref] ?? null;
      }
      if (args[0] === 'show') return files[args[1] ?? ''] ?? null;
      return null;
    };
  const FILE = 'packages/schema/schema.graphql';

  it("is main's schema on a branch", () => {
    const git = fakeGit({ HEAD: 'b2', main: 'a1' }, { [`main:${FILE}`]: 'type Query { a: Int }' });
    expect(findBaseSchema(git)).toEqual({
      kind: 'found',
      ref: 'main',
      sdl: 'type Query { a: Int }',
    });
  });

  it('falls back to origin/main', () => {
    const git = fakeGit({ HEAD: 'b2', 'origin/main': 'a1' }, { [`origin/main:${FILE}`]: 'x' });
    expect(findBaseSchema(git)).toMatchObject({ kind: 'found', ref: 'origin/main' });
  });

  it('is the previous commit when HEAD is main itself', () => {
    const git = fakeGit({ HEAD: 'a1', main: 'a1', 'HEAD~1': 'a0' }, { [`HEAD~1:${FILE}`]: 'x' });
    expect(findBaseSchema(git)).toMatchObject({ kind: 'found', ref: 'HEAD~1' });
  });

  it('skips, saying why, without git history or without an earlier schema', () => {
    expect(findBaseSchema(fakeGit({}))).toMatchObject({ kind: 'skip', reason: /no git history/ });
    expect(findBaseSchema(fakeGit({ HEAD: 'a1' }))).toMatchObject({ kind: 'skip' });
    expect(findBaseSchema(fakeGit({ HEAD: 'a1', main: 'a1' }))).toMatchObject({
      kind: 'skip',
      reason: /no parent/,
    });
    expect(findBaseSchema(fakeGit({ HEAD: 'b2', main: 'a1' }))).toMatchObject({
      kind: 'skip',
      reason: /has no packages\/schema\/schema.graphql/,
    });
  });
});
