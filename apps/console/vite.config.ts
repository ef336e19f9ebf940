import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:4000';
const host = process.env.HOST ?? 'localhost';

/**
 * Paths served by the API. Proxied so the browser stays same-origin (httpOnly session cookies).
 * `/imports` itself is the console's upload page; only the upload endpoint goes to the API.
 */
const apiPaths = ['/graphql', '/health', '/labels', '/exports', '/auth', '/imports/amazon-returns'];

// Anchored patterns, so `/auth` does not swallow a console route such as `/authorizations`.
const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  apiPaths.map((path) => [`^${path}(?:[/?]|$)`, { target: apiUrl }]),
);

const SCHEMA_PACKAGE = path.resolve(import.meta.dirname, '../../packages/schema');
const REFERENCE_HTML = path.join(SCHEMA_PACKAGE, 'dist/reference/index.html');

/** `pnpm --filter @rebound/schema docs`: the static HTML reference of the committed schema. */
function generateReference(): string {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/docs.ts'], {
    cwd: SCHEMA_PACKAGE,
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(REFERENCE_HTML)) {
    throw new Error(`the API reference could not be generated:\n${result.stderr}`);
  }
  return readFileSync(REFERENCE_HTML, 'utf8');
}

/**
 * The API reference (packages/schema's generated HTML) at /reference/: served by the dev and
 * preview servers, and copied into the build as reference/index.html.
 */
function apiReference(): Plugin {
  let html: string | null = null;
  const reference = (): string => (html ??= generateReference());
  return {
    name: 'rebound-api-reference',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0];
        if (url === '/reference') {
          response.writeHead(301, { location: '/reference/' }).end();
        } else if (url === '/reference/' || url === '/reference/index.html') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(reference());
        } else {
          next();
        }
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'reference/index.html', source: reference() });
    },
  };
}

export default defineConfig(({ command, mode }) => ({
  plugins: [react(), apiReference()],
  define: {
    // Production builds send trusted documents' hashes, not their text (lib/graphql/client.ts).
    __REBOUND_TRUSTED_DOCUMENTS__: JSON.stringify(command === 'build' && mode === 'production'),
  },
  server: { host, port: 5173, strictPort: true, proxy },
  preview: { host, port: 5173, strictPort: true, proxy },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Budget: 150 KB gzip of initial JS. Charts and other big libraries go in lazy route chunks.
    chunkSizeWarningLimit: 500,
  },
}));
