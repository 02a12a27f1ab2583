import { describe, expect, it } from 'vitest';
import { BatchBuilder } from '../../../workers/ingest/BatchBuilder';

describe('BatchBuilder', () => {
  it('BatchBuilder.take() returns typed columns by role and starts a fresh batch', () => {
    const b = new BatchBuilder(['customer_id'], ['amount'], true, ['note']);
    for (const [line, id, amount, day, note] of [[2, 'C1', 12.5, 19727, 'hi'], [3, null, NaN, 19728, null]] as const) {
      const i = b.row();
      b.line[i] = line;
      b.text[0].push(id);
      b.numbers[0][i] = amount;
      b.dates![i] = day;
      b.attributes[0].push(note);
    }
    const batch = b.take()!;
    expect(batch.length).toBe(2);
    expect(Array.from(batch.line)).toEqual([2, 3]);
    expect(batch.text.customer_id).toEqual(['C1', null]);
    expect(Array.from(batch.numbers.amount!)).toEqual([12.5, NaN]);
    expect(Array.from(batch.order_date!)).toEqual([19727, 19728]);
    expect(batch.attributes.note).toEqual(['hi', null]);
    expect(b.length).toBe(0);
    expect(b.take()).toBeNull();
  });

  it('BatchBuilder.row() grows the typed columns past their first capacity', () => {
    const b = new BatchBuilder([], ['amount'], false, [], 4);
    for (let n = 0; n < 10; n++) {
      const i = b.row();
      b.line[i] = n;
      b.numbers[0][i] = n / 2;
    }
    const batch = b.take()!;
    expect(Array.from(batch.line)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(batch.numbers.amount![9]).toBe(4.5);
  });
});
