import { beforeAll, describe, expect, it } from 'vitest';
import { dropUnusedViews } from '../../../../src/lib/app/notebook/dropUnusedViews';
import { chart, sql } from '../../notebook/cells';
import { duck } from '../../notebook/duck';

let d: Awaited<ReturnType<typeof duck>>;

const names = (): string[] => d.rows('SELECT table_name FROM information_schema.tables ORDER BY 1').map((r) => String(r.table_name));

beforeAll(async () => {
  d = await duck();
});

describe('dropUnusedViews()', () => {
  it('dropUnusedViews() drops views no cell defines, keeps a live one (any case) and a table of that name', async () => {
    d.conn.query('CREATE TABLE imported AS SELECT 1 AS x');
    d.conn.query('CREATE VIEW gone AS SELECT 1 AS x');
    d.conn.query('CREATE VIEW "Live" AS SELECT 1 AS x');
    const sent: string[] = [];
    const exec = async (q: string): Promise<void> => {
      sent.push(q);
      await d.exec(q);
    };
    await dropUnusedViews(exec, [sql('live', 'SELECT 1 AS x'), chart('k', 'gone')], ['gone', 'LIVE', 'imported', 'never_made']);
    expect(sent).toEqual(['DROP VIEW IF EXISTS "gone"', 'DROP VIEW IF EXISTS "imported"', 'DROP VIEW IF EXISTS "never_made"']);
    expect(names()).toEqual(['Live', 'imported']);
  });
});
