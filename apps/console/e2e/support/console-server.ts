import path from 'node:path';
import { createServer } from 'vite';
import { freePort } from './free-port';
import { CONSOLE_DIR } from './paths';

export interface ConsoleServer {
  readonly url: string;
  readonly stop: () => Promise<void>;
}

/**
 * The console on Vite's dev server (import.meta.env.DEV is true, as when a developer runs it),
 * proxying the API paths to `apiUrl` through vite.config.ts. Its pre-bundled dependencies are
 * cached apart from a developer's own dev server, but still under node_modules (where the React
 * plugin leaves them alone, and where they survive for the next run).
 */
export async function startConsole(apiUrl: string): Promise<ConsoleServer> {
  const port = await freePort();
  const previousApiUrl = process.env.API_URL;
  // vite.config.ts reads API_URL once, while the config loads in createServer.
  process.env.API_URL = apiUrl;
  try {
    const server = await createServer({
      root: CONSOLE_DIR,
      configFile: path.join(CONSOLE_DIR, 'vite.config.ts'),
      cacheDir: path.join(CONSOLE_DIR, 'node_modules/.vite-e2e'),
      logLevel: 'warn',
      clearScreen: false,
      // No file watching: the run tests the code as it was when it started.
      server: { host: '127.0.0.1', port, strictPort: true, watch: null },
    });
    await server.listen();
    return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
  } finally {
    if (previousApiUrl === undefined) delete process.env.API_URL;
    else process.env.API_URL = previousApiUrl;
  }
}
