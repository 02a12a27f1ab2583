import { openNodeDuckDB } from '../../workers/db/node-duckdb';
import { Engine } from '../../workers/engine';
import { engineSuite } from '../suites/engineSuite';

engineSuite('Node, in-process', async () => {
  const engine = await Engine.open(openNodeDuckDB);
  return {
    importBytes: (name, bytes, options) => engine.importFile(new File([bytes as BlobPart], name), options),
    rows: async (sql) => engine.query(sql).toArray().map((r) => r.toJSON()),
    failure: async (sql) => {
      try {
        engine.query(sql);
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    },
    copy: async (table, into) => engine.insertIPC(new Uint8Array(await engine.tableIPC(table).arrayBuffer()), into),
    close: async () => engine.conn.close(),
  };
});
