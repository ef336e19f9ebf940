import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import type { ErrorCodeEntry } from '../errors';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const inline = (text: string): string => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** Descriptions are short Markdown: `code` becomes <code>, paragraphs stay paragraphs. */
function prose(text: string | null | undefined): string {
  if (text === null || text === undefined || text.trim() === '') return '';
  return text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${inline(paragraph)}</p>`)
    .join('');
}

const anchor = (name: string): string => `type-${name}`;

/** A type reference such as `[Return!]!`, with the named type linked to its section. */
function typeRef(type: GraphQLType, described: ReadonlySet<string>): string {
  const named = getNamedType(type).name;
  const link = described.has(named)
    ? `<a href="#${anchor(named)}">${escape(named)}</a>`
    : escape(named);
  return escape(String(type)).replace(escape(named), link);
}

function deprecation(reason: string | null | undefined): string {
  return reason === null || reason === undefined
    ? ''
    : `<p class="deprecated"><strong>Deprecated:</strong> ${inline(reason)}</p>`;
}

function argsTable(args: readonly GraphQLArgument[], described: ReadonlySet<string>): string {
  if (args.length === 0) return '';
  const rows = args
    .map(
      (arg) =>
        `<tr><td><code>${escape(arg.name)}</code></td><td><code>${typeRef(arg.type, described)}</code>${
          arg.defaultValue === undefined
            ? ''
            : ` = <code>${escape(JSON.stringify(arg.defaultValue))}</code>`
        }</td><td>${prose(arg.description)}${deprecation(arg.deprecationReason)}</td></tr>`,
    )
    .join('');
  return `<table class="args"><thead><tr><th>Argument</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function fieldList(
  owner: string,
  fields: readonly (GraphQLField<unknown, unknown> | GraphQLInputField)[],
  described: ReadonlySet<string>,
): string {
  const items = fields
    .map((field) => {
      const id = `${anchor(owner)}-${field.name}`;
      const args = 'args' in field ? argsTable(field.args, described) : '';
      return `<li id="${id}" class="${field.deprecationReason ? 'field is-deprecated' : 'field'}"><a class="self" href="#${id}"><code>${escape(field.name)}</code></a>: <code>${typeRef(field.type, described)}</code>${prose(field.description)}${deprecation(field.deprecationReason)}${args}</li>`;
    })
    .join('');
  return `<ul class="fields">${items}</ul>`;
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'type';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  return 'scalar';
}

function section(type: GraphQLNamedType, described: ReadonlySet<string>): string {
  let body = '';
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    body = fieldList(type.name, Object.values(type.getFields()), described);
  } else if (isEnumType(type)) {
    body = `<ul class="fields">${type
      .getValues()
      .map(
        (value) =>
          `<li id="${anchor(type.name)}-${value.name}"><code>${escape(value.name)}</code>${prose(value.description)}${deprecation(value.deprecationReason)}</li>`,
      )
      .join('')}</ul>`;
  } else if (isUnionType(type)) {
    body = `<p>One of: ${type
      .getTypes()
      .map((member) => `<code>${typeRef(member, described)}</code>`)
      .join(', ')}</p>`;
  } else if (isScalarType(type) && type.specifiedByURL) {
    body = `<p>Specified by <a href="${escape(type.specifiedByURL)}">${escape(type.specifiedByURL)}</a>.</p>`;
  }
  return `<section id="${anchor(type.name)}"><h3><span class="kind">${kindOf(type)}</span> <a class="self" href="#${anchor(type.name)}">${escape(type.name)}</a></h3>${prose(type.description)}${body}</section>`;
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1c2530;background:#fff;display:grid;grid-template-columns:18rem 1fr}
nav{position:sticky;top:0;height:100vh;overflow:auto;padding:1rem;border-right:1px solid #dde3ea;background:#f6f8fa;font-size:14px}
nav ul{list-style:none;padding-left:.5rem;margin:.25rem 0 1rem}
main{padding:1rem 2rem;max-width:60rem}
code{font:13px/1.4 ui-monospace,monospace;background:#f1f3f5;padding:0 .2em;border-radius:3px}
section{border-top:1px solid #dde3ea;padding-top:.5rem;margin-top:1.5rem}
.kind{font-size:12px;text-transform:uppercase;color:#5b6b7b;margin-right:.25rem}
.fields{list-style:none;padding:0}.fields>li{padding:.4rem 0;border-bottom:1px dashed #e6eaef}
.fields p{margin:.2rem 0}
.deprecated{color:#8a4b00}.is-deprecated>a code{text-decoration:line-through}
table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #dde3ea;padding:.2rem .5rem;text-align:left;vertical-align:top}
a{color:#0b5cad}a.self{color:inherit;text-decoration:none}
`;

export interface ReferenceOptions {
  readonly title?: string;
}

/**
 * The schema's reference as one static HTML page: a table of contents, then every type with
 * its fields, arguments, descriptions and deprecations, each with an anchor (`#type-Return`,
 * `#type-Return-rmaNumber`), and the error codes (`#error-NOT_FOUND`). No script, no search.
 */
export function renderReference(
  schema: GraphQLSchema,
  errors: readonly ErrorCodeEntry[],
  { title = 'Rebound GraphQL API reference' }: ReferenceOptions = {},
): string {
  const types = Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type))
    .sort((a, b) => a.name.localeCompare(b.name));
  const described = new Set(types.map((type) => type.name));
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .filter((type) => type !== null && type !== undefined)
    .map((type) => type.name);
  const groups: [string, GraphQLNamedType[]][] = [
    ['Operations', types.filter((type) => roots.includes(type.name))],
    ['Objects', types.filter((type) => isObjectType(type) && !roots.includes(type.name))],
    ['Inputs', types.filter(isInputObjectType)],
    ['Enums', types.filter(isEnumType)],
    ['Interfaces and unions', types.filter((type) => isInterfaceType(type) || isUnionType(type))],
    ['Scalars', types.filter((type) => isScalarType(type))],
  ];
  const toc = groups
    .filter(([, members]) => members.length > 0)
    .map(
      ([heading, members]) =>
        `<h2>${heading}</h2><ul>${members
          .map((type) => `<li><a href="#${anchor(type.name)}">${escape(type.name)}</a></li>`)
          .join('')}</ul>`,
    )
    .join('');
  const sections = groups
    .filter(([, members]) => members.length > 0)
    .map(
      ([heading, members]) =>
        `<h2 id="${heading.toLowerCase().replace(/\W+/g, '-')}">${heading}</h2>${members
          .filter((type) => !isSpecifiedScalarType(type) || type.description)
          .map((type) => section(type, described))
          .join('')}`,
    )
    .join('');
  const errorRows = errors
    .map(
      (entry) =>
        `<tr id="error-${entry.code}"><td><a class="self" href="#error-${entry.code}"><code>${escape(entry.code)}</code></a></td><td>${prose(entry.when)}${entry.details === undefined ? '' : prose(`Details: ${entry.details}`)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<nav aria-label="Contents"><strong>${escape(title)}</strong>${toc}<h2>Errors</h2><ul><li><a href="#errors">Error codes</a></li></ul></nav>
<main>
<h1>${escape(title)}</h1>
<p>Every type, field, argument and enum value of the API, from the committed <code>schema.graphql</code>. Money is in integer minor units (cents) with its currency; instants are ISO 8601 strings in UTC. Failures carry <code>extensions.code</code>: see <a href="#errors">error codes</a>.</p>
${sections}
<h2 id="errors">Error codes</h2>
<p>Values of <code>errors[].extensions.code</code>. A code, once published, is never renamed.</p>
<table><thead><tr><th>Code</th><th>When</th></tr></thead><tbody>${errorRows}</tbody></table>
</main>
</body>
</html>
`;
}
