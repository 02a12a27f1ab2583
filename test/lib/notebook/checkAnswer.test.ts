import { beforeAll, describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/lib/notebook/checkAnswer';
import type { SqlCell } from '../../../src/lib/notebook/types';
import { duck } from './duck';

let d: Awaited<ReturnType<typeof duck>>;
beforeAll(async () => {
  d = await duck();
});

const answer = (name: string, body: string, expectSql: string): SqlCell => ({
  id: name, kind: 'sql', name, sql: body, check: { question: 'how many?', expectSql },
});

describe('checkAnswer', () => {
  it('checkAnswer() passes when the first values match, across number types', async () => {
    await d.exec('CREATE OR REPLACE VIEW a1 AS SELECT 3::BIGINT AS n, 9 AS ignored');
    const res = await checkAnswer(answer('a1', '', 'SELECT 1.5 * 2'), d.firstValue);
    expect(res).toEqual({ pass: true, actual: '3', expected: '3.0' });
  });

  it('checkAnswer() fails on a different value or an empty view', async () => {
    await d.exec("CREATE OR REPLACE VIEW a2 AS SELECT 'North' AS region");
    expect((await checkAnswer(answer('a2', '', "SELECT 'South'"), d.firstValue)).pass).toBe(false);
    await d.exec('CREATE OR REPLACE VIEW a3 AS SELECT 1 AS x WHERE false');
    expect((await checkAnswer(answer('a3', '', 'SELECT 1'), d.firstValue)).pass).toBe(false);
  });

  it('checkAnswer() tolerates float noise but not a rounding difference', async () => {
    await d.exec('CREATE OR REPLACE VIEW a4 AS SELECT 0.1 + 0.2 AS x');
    expect((await checkAnswer(answer('a4', '', 'SELECT 0.3::DOUBLE'), d.firstValue)).pass).toBe(true);
    expect((await checkAnswer(answer('a4', '', 'SELECT 0.31'), d.firstValue)).pass).toBe(false);
  });

  it('checkAnswer() throws for a cell without a check', async () => {
    await expect(checkAnswer({ id: 'x', kind: 'sql', name: 'x', sql: 'SELECT 1' }, d.firstValue)).rejects.toThrow('cell x: no check');
  });
});
