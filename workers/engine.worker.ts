// Wiring only: the engine's logic lives in engine.ts, which tests call directly in Node.
import * as Comlink from 'comlink';
import { openBrowserDuckDB } from './db/browser-duckdb';
import { Engine } from './engine';
import type { EngineApi } from './protocol';

let engine: Engine | undefined;
const ready = (): Engine => {
  if (!engine) throw Object.assign(new Error('the engine has not started yet'), { name: 'NotReady' });
  return engine;
};

const api: EngineApi = {
  async start(wasmUrl) {
    engine ??= await Engine.open(() => openBrowserDuckDB(wasmUrl));
    return engine.info();
  },
  sniffFile: async (file, options) => ready().sniffFile(file, options),
  importFile: async (file, options, onProgress) => ready().importFile(file, options, onProgress),
  cancelImport: () => ready().cancelImport(),
  async queryIPC(sql) {
    const bytes = ready().queryIPC(sql);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
  tableIPC: async (table) => ready().tableIPC(table),
  exec: async (sql) => ready().exec(sql),
  insertIPC: async (bytes, table) => ready().insertIPC(bytes, table),
  tables: async () => ready().tables(),
  prepareOverview: async (opts) => ready().prepareOverview(opts),
  prepareSelections: async () => ready().prepareSelections(),
  overview: async (selection) => ready().overview(selection),
  analyze: async (req) => ready().analyze(req),
  async customerListIPC(selection, limit) {
    const bytes = ready().customerListIPC(selection, limit);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
  memory: async () => ready().memory(),
};

Comlink.expose(api);
