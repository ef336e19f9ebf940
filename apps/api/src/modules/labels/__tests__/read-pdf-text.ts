import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * pdfjs-dist ships only ES modules, which jest's CommonJS transform cannot import, so the text is
 * read in a child Node process. Node 20 lacks Promise.withResolvers, which pdfjs needs.
 */
const READ_TEXT = `
if (!Promise.withResolvers) {
  Promise.withResolvers = function () {
    let resolve, reject;
    const promise = new Promise((yes, no) => { resolve = yes; reject = no; });
    return { promise, resolve, reject };
  };
}
const pdfjs = await import(process.env.PDFJS_URL);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const doc = await pdfjs.getDocument({
  data: new Uint8Array(Buffer.concat(chunks)),
  standardFontDataUrl: process.env.PDFJS_FONTS,
  verbosity: 0,
}).promise;
const pages = [];
for (let number = 1; number <= doc.numPages; number += 1) {
  const page = await doc.getPage(number);
  const content = await page.getTextContent();
  pages.push({
    width: page.view[2] - page.view[0],
    height: page.view[3] - page.view[1],
    text: content.items.map((item) => ('str' in item ? item.str : '')).join('\\n'),
  });
}
process.stdout.write(JSON.stringify(pages));
`;

/** One page of a PDF: its size in points and its text, one text run per line. */
export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/** Reads back the pages of a PDF with pdfjs-dist (legacy build), as a PDF viewer would. */
export function readPdfPages(pdf: Buffer): Promise<PdfPage[]> {
  const pdfjsFile = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', READ_TEXT], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        PDFJS_URL: pathToFileURL(pdfjsFile).href,
        PDFJS_FONTS: fonts,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(
          new Error(
            `pdf text extraction failed (${String(code)}): ${Buffer.concat(err).toString()}`,
          ),
        );
        return;
      }
      resolve(JSON.parse(Buffer.concat(out).toString()) as PdfPage[]);
    });
    child.stdin.end(pdf);
  });
}
