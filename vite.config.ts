import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const blocking = fileURLToPath(new URL('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs', import.meta.url));

export default defineConfig({
  // Relative base: the built app works from any sub-path of any static host.
  base: './',
  plugins: [svelte()],
  resolve: {
    alias: {
      // The synchronous browser build lives outside duckdb-wasm's export map (DESIGN.md).
      '@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs': blocking,
    },
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  preview: { port: 5173, strictPort: true },
  server: { port: 5173 },
});
