import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:4000';
const host = process.env.HOST ?? 'localhost';

/** Paths served by the API. Proxied so the browser stays same-origin (httpOnly session cookies). */
const apiPaths = ['/graphql', '/health', '/labels', '/exports', '/auth'];

// Anchored patterns, so `/auth` does not swallow a console route such as `/authorizations`.
const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  apiPaths.map((path) => [`^${path}(?:[/?]|$)`, { target: apiUrl }]),
);

export default defineConfig({
  plugins: [react()],
  server: { host, port: 5173, strictPort: true, proxy },
  preview: { host, port: 5173, strictPort: true, proxy },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Budget: 150 KB gzip of initial JS. Charts and other big libraries go in lazy route chunks.
    chunkSizeWarningLimit: 500,
  },
});
