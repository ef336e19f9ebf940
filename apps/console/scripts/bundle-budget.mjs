#!/usr/bin/env node
// Checks the production build against the console's JavaScript budget (run after `vite build`).
// Initial JavaScript: the entry script of dist/index.html and every module it preloads, i.e.
// what the browser must fetch before the first screen. Lazy chunks (charts, GraphiQL, …) load on
// demand and are listed for information only. Sizes are gzip level 9, as a server would send them.
//
//   node scripts/bundle-budget.mjs [distDir] [--budget-kb 150]
//
// Exit 0 within budget; 1 over budget; 2 when the build is missing or unreadable.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DEFAULT_BUDGET_KB = 150;

function parseArgs(argv) {
  let distDir = 'dist';
  let budgetKb = DEFAULT_BUDGET_KB;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--budget-kb') {
      budgetKb = Number(argv[i + 1]);
      i += 1;
    } else {
      distDir = arg;
    }
  }
  if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
    throw new Error('--budget-kb needs a positive number of kilobytes');
  }
  return { distDir: path.resolve(distDir), budgetBytes: budgetKb * 1024, budgetKb };
}

/** The JavaScript files dist/index.html loads up front: module scripts and modulepreloads. */
function initialScripts(html) {
  const files = new Set();
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  for (const tag of tags) {
    const isModuleScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isModuleScript || isPreload) && url !== undefined && url.endsWith('.js')) {
      files.add(url.replace(/^\//, ''));
    }
  }
  return [...files];
}

function listJs(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listJs(full, base);
    return name.endsWith('.js') ? [path.relative(base, full).split(path.sep).join('/')] : [];
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizeOf(distDir, file) {
  const source = readFileSync(path.join(distDir, file));
  return { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
}

function printTable(title, rows) {
  console.log(`\n${title}`);
  if (rows.length === 0) {
    console.log('  (none)');
    return;
  }
  const width = Math.max(...rows.map((row) => row.file.length));
  for (const row of rows) {
    console.log(
      `  ${row.file.padEnd(width)}  ${kb(row.gzip).padStart(9)} gzip  ${kb(row.raw).padStart(9)} raw`,
    );
  }
}

function main() {
  const { distDir, budgetBytes, budgetKb } = parseArgs(process.argv.slice(2));
  let html;
  try {
    html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  } catch {
    console.error(`bundle budget: no ${path.join(distDir, 'index.html')}; run vite build first`);
    return 2;
  }
  const initial = initialScripts(html);
  if (initial.length === 0) {
    console.error('bundle budget: index.html loads no module script; is this a Vite build?');
    return 2;
  }
  const initialRows = initial.map((file) => sizeOf(distDir, file)).sort((a, b) => b.gzip - a.gzip);
  const lazyRows = listJs(distDir)
    .filter((file) => !initial.includes(file))
    .map((file) => sizeOf(distDir, file))
    .sort((a, b) => b.gzip - a.gzip);
  const total = initialRows.reduce((sum, row) => sum + row.gzip, 0);

  printTable('Initial JavaScript (loaded before the first screen):', initialRows);
  printTable('Lazy chunks (loaded on demand):', lazyRows);
  console.log(`\nInitial JavaScript: ${kb(total)} gzip of a ${budgetKb} KB budget.`);
  if (total > budgetBytes) {
    console.error(
      `bundle budget: over budget by ${kb(total - budgetBytes)}. Move heavy code behind React.lazy / import().`,
    );
    return 1;
  }
  return 0;
}

process.exit(main());
