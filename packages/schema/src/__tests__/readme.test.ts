import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const PACKAGE = path.resolve(__dirname, '../..');
const SCRATCH = path.join(PACKAGE, '.readme-check');

/** The ```ts and ```tsx blocks of the README, in order. */
function codeBlocks(markdown: string): { language: 'ts' | 'tsx'; code: string }[] {
  return [...markdown.matchAll(/^```(tsx?)\n([\s\S]*?)^```$/gm)].map((match) => ({
    language: match[1] === 'tsx' ? 'tsx' : 'ts',
    code: match[2] ?? '',
  }));
}

/** Type-checks these files as an outside app would: through the package's `exports`. */
function compile(files: Record<string, string>): string[] {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  const names = Object.entries(files).map(([name, text]) => {
    const file = path.join(SCRATCH, name);
    writeFileSync(file, text);
    return file;
  });
  const program = ts.createProgram(names, {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    skipLibCheck: true,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  rmSync(SCRATCH, { recursive: true, force: true });
  return diagnostics.map((diagnostic) => {
    const where = diagnostic.file
      ? `${path.relative(PACKAGE, diagnostic.file.fileName)}:${
          diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1
        } `
      : '';
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

const blocks = codeBlocks(readFileSync(path.join(PACKAGE, 'README.md'), 'utf8'));

/** Proof that results are typed (not `any`): a wrong field must be an error. */
const TYPED = `
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { ReturnsDocument, SignInDocument } from '@rebound/schema/documents';
import type { ReturnStatus } from '@rebound/schema/types';
import { schemaSdl, schemaPath } from '@rebound/schema';
import { ERROR_CATALOGUE } from '@rebound/schema/errors';

type Item = ResultOf<typeof ReturnsDocument>['returns']['nodes'][number];
declare const item: Item;
export const rma: string = item.rmaNumber;
export const status: ReturnStatus = item.status;
// @ts-expect-error -- not a field the document selects
export const wrong = item.notAField;
// @ts-expect-error -- variables are typed too
export const badVariables: VariablesOf<typeof ReturnsDocument> = { first: 'twenty' };
export const signIn: VariablesOf<typeof SignInDocument> = { input: { email: 'a@b.c', password: 'x' } };
export const sdl: string = schemaSdl + schemaPath;
export const codes: string[] = ERROR_CATALOGUE.map((entry) => entry.code);
`;

describe('the README', () => {
  it('has a React and a Node example', () => {
    expect(blocks.map((block) => block.language)).toEqual(['tsx', 'ts']);
  });

  it('examples compile against the package, with typed results', () => {
    const files: Record<string, string> = { 'typed.ts': TYPED };
    blocks.forEach((block, index) => {
      files[`example-${index}.${block.language}`] = block.code;
    });
    expect(compile(files)).toEqual([]);
  });

  it('a mistake in an example is caught (the check is real)', () => {
    const broken = (blocks[1]?.code ?? '').replace('refund.rmaNumber', 'refund.rma');
    expect(compile({ 'broken.ts': broken }).join('\n')).toMatch(/Property 'rma' does not exist/);
  });
});
