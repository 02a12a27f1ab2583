// Types for the aliased synchronous browser build (same API as the blocking Node build).
declare module '@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs' {
  export * from '@duckdb/duckdb-wasm/blocking';
  export { BROWSER_RUNTIME } from '@duckdb/duckdb-wasm/dist/types/src/bindings/runtime_browser';
}
