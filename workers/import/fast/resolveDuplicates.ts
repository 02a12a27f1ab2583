/** One imported-so-far row whose hash without the amount is shared with another row. */
export interface NearRow {
  line: number;
  /** Hash of every field but the amount, and of the amount field (as text: exact, not rounded). */
  near: string;
  amount: string;
  /** The trimmed order id ('' when empty), for naming conflicting orders. */
  orderId: string;
  /** 1-based rank among all rows that reached the duplicate test; only needed past `maxRows` rows. */
  rank?: number;
}

/** What the duplicate test decides, as RecordImporter's RowHashSet would. */
export interface DuplicateOutcome {
  /** Rows left out as "exact duplicate of line `first`" (only when the file has order ids). */
  duplicates: { line: number; first: number }[];
  /** Rows identical to an earlier one and kept (files without order ids). */
  identicalKept: number[];
  /** Order ids on rows identical but for the amount, with their lines, in the order RecordImporter notes them. */
  conflicts: Map<string, number[]>;
  /** Rows that repeat a row seen earlier (whether or not that row was still remembered). */
  repeats: number;
}

/**
 * Replays RecordImporter's duplicate and conflict logic (RowHashSet) over the rows that can be
 * involved: those sharing their near hash with another row, in line order. A row whose near hash
 * is unique can be neither a duplicate nor a conflict, so SQL leaves those out.
 * RowHashSet remembers the first `maxRows` distinct rows only: a row is a duplicate only of a
 * remembered row, and conflicts are only with remembered rows. With `rank` given, a row's first
 * occurrence is remembered when fewer than `maxRows` distinct rows came before it.
 * The hashes differ from RowHashSet's (64-bit DuckDB hashes of the same fields); two different
 * rows colliding in either is a 1 in 2^64 (amounts: 2^32) event for any pair.
 */
export function resolveDuplicates(rows: readonly NearRow[], hasOrderId: boolean, maxRows = 5_000_000): DuplicateOutcome {
  const out: DuplicateOutcome = { duplicates: [], identicalKept: [], conflicts: new Map(), repeats: 0 };
  const groups = new Map<string, { first: Map<string, number>; remembered: Set<number>; earliest: number }>();
  for (const r of rows) {
    let g = groups.get(r.near);
    if (!g) groups.set(r.near, (g = { first: new Map(), remembered: new Set(), earliest: 0 }));
    const first = g.first.get(r.amount);
    if (first !== undefined) {
      out.repeats++;
      if (g.remembered.has(first)) {
        if (hasOrderId) out.duplicates.push({ line: r.line, first });
        else out.identicalKept.push(r.line);
        continue;
      }
    } else {
      g.first.set(r.amount, r.line);
    }
    // RowHashSet probes in insertion order: the conflict named is the earliest remembered row.
    const conflict = g.earliest;
    if (first === undefined && (r.rank === undefined || r.rank - out.repeats <= maxRows)) {
      g.remembered.add(r.line);
      if (g.earliest === 0) g.earliest = r.line;
    }
    if (conflict > 0 && hasOrderId) {
      const lines = out.conflicts.get(r.orderId);
      if (lines) lines.push(r.line);
      else if (out.conflicts.size < 10_000) out.conflicts.set(r.orderId, [conflict, r.line]);
    }
  }
  return out;
}
