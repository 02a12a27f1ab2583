import { describe, expect, it } from 'vitest';
import { RowHashSet } from '../../../../workers/ingest/RowHashSet';
import { resolveDuplicates, type NearRow } from '../../../../workers/import/fast/resolveDuplicates';

// resolveDuplicates replays RecordImporter's use of RowHashSet; here the real RowHashSet runs the
// same rows (keys as small numbers) the way RecordImporter.add uses it, with a small capacity.

function viaRowHashSet(rows: NearRow[], hasOrderId: boolean, maxRows: number) {
  const set = new RowHashSet(maxRows);
  const duplicates: { line: number; first: number }[] = [];
  const identicalKept: number[] = [];
  const conflicts = new Map<string, number[]>();
  for (const r of rows) {
    const first = set.add(Number(r.near), 7, Number(r.amount), r.line);
    if (first > 0 && !hasOrderId) identicalKept.push(r.line);
    else if (first > 0) {
      duplicates.push({ line: r.line, first });
      continue;
    }
    if (set.conflictLine > 0 && hasOrderId) {
      const lines = conflicts.get(r.orderId);
      if (lines) lines.push(r.line);
      else conflicts.set(r.orderId, [set.conflictLine, r.line]);
    }
  }
  return { duplicates, identicalKept, conflicts };
}

describe('resolveDuplicates', () => {
  it('finds the duplicates and conflicting orders RowHashSet finds, also past its capacity', () => {
    let seed = 3;
    const r = (n: number) => Math.floor(((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296) * n);
    for (let trial = 0; trial < 400; trial++) {
      const rows: NearRow[] = [];
      for (let line = 2; line < 2 + 5 + r(60); line++) {
        const near = 1 + r(6);
        rows.push({ line, near: String(near), amount: String(1 + r(3)), orderId: `O${near}`, rank: line - 1 });
      }
      const maxRows = trial % 2 ? 1_000 : 1 + r(8);
      for (const hasOrderId of [true, false]) {
        const got = resolveDuplicates(rows, hasOrderId, maxRows);
        const want = viaRowHashSet(rows, hasOrderId, maxRows);
        expect({ duplicates: got.duplicates, identicalKept: got.identicalKept, conflicts: [...got.conflicts] }, `trial ${trial}`)
          .toEqual({ duplicates: want.duplicates, identicalKept: want.identicalKept, conflicts: [...want.conflicts] });
      }
    }
  });

  it('counts the rows that repeat an earlier row, remembered or not', () => {
    const rows = [1, 2, 1, 1, 3].map((n, i) => ({ line: i + 2, near: 'k', amount: String(n), orderId: 'O', rank: i + 1 }));
    expect(resolveDuplicates(rows, true, 1).repeats).toBe(2);
  });
});
