import { isIntrospectionType } from 'graphql';
import { renderReference } from '../contract/reference';
import { ERROR_CATALOGUE } from '../errors';
import { loadSchema } from '../sdl';

describe('the HTML reference', () => {
  const sdl = `
    """Everything a client can read."""
    type Query {
      """One return by id. SUPPORT, WAREHOUSE, FINANCE or ADMIN."""
      return("""The return's id.""" id: ID!): Return
    }
    """A customer's return, with its RMA number."""
    type Return {
      """The RMA number customers quote, such as \`RMA-1042\`."""
      rmaNumber: String!
      """Old name of rmaNumber."""
      rma: String! @deprecated(reason: "Use \`rmaNumber\` instead.")
      """Where the return is <now>."""
      status: ReturnStatus!
    }
    """Where a return is."""
    enum ReturnStatus {
      """Asked for."""
      REQUESTED
      """Gone."""
      ARCHIVED @deprecated(reason: "Use \`COMPLETED\`.")
    }
  `;
  const html = renderReference(loadSchema(sdl), [
    { code: 'NOT_FOUND', source: 'api', when: 'The id names no record the caller can see.' },
  ]);

  it('has a table of contents linking every type to its anchor', () => {
    for (const name of ['Query', 'Return', 'ReturnStatus']) {
      expect(html).toContain(`<a href="#type-${name}">${name}</a>`);
      expect(html).toContain(`<section id="type-${name}">`);
    }
  });

  it('shows fields with types, arguments, descriptions and deprecations, each with an anchor', () => {
    expect(html).toContain('id="type-Return-rmaNumber"');
    expect(html).toContain('The RMA number customers quote, such as <code>RMA-1042</code>.');
    expect(html).toContain('<a href="#type-Return">Return</a>');
    expect(html).toMatch(
      /<td><code>id<\/code><\/td><td><code><a href="#type-ID">ID<\/a>!<\/code><\/td><td><p>The return&#39;s id\.<\/p>/,
    );
    expect(html).toContain('<strong>Deprecated:</strong> Use <code>rmaNumber</code> instead.');
    expect(html).toContain('id="type-ReturnStatus-ARCHIVED"');
  });

  it('escapes descriptions and lists the error codes', () => {
    expect(html).toContain('Where the return is &#60;now&#62;.');
    expect(html).toContain('<tr id="error-NOT_FOUND">');
  });

  it('covers every type of the real schema and every error code, with no script', () => {
    const schema = loadSchema();
    const page = renderReference(schema, ERROR_CATALOGUE);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isIntrospectionType(type)) expect(page).toContain(`href="#type-${type.name}"`);
    }
    for (const { code } of ERROR_CATALOGUE) expect(page).toContain(`id="error-${code}"`);
    expect(page).not.toMatch(/<script/i);
  });
});
