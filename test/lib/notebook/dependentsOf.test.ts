import { describe, expect, it } from 'vitest';
import { dependentsOf } from '../../../src/lib/notebook/dependentsOf';
import { chart, md, sql } from './cells';

// a <- b <- d, a <- c, e independent; f reads d and c; a chart of b.
const cells = [
  md('intro', 'text'),
  sql('a', 'SELECT * FROM transactions'),
  sql('e', 'SELECT 42 AS answer'),
  sql('f', 'SELECT * FROM d, c'),
  sql('b', 'SELECT * FROM a'),
  sql('c', 'WITH x AS (SELECT * FROM a) SELECT * FROM x'),
  sql('d', 'SELECT * FROM b'),
  chart('pic', 'b'),
];

describe('dependentsOf', () => {
  it('dependentsOf() returns the edited cell first, then exactly its dependents in topological order', () => {
    expect(dependentsOf(cells, 'a')).toEqual(['a', 'b', 'c', 'd', 'f', 'pic']);
    expect(dependentsOf(cells, 'b')).toEqual(['b', 'd', 'f', 'pic']);
  });

  it('dependentsOf() returns only the cell when nothing reads it', () => {
    expect(dependentsOf(cells, 'e')).toEqual(['e']);
    expect(dependentsOf(cells, 'intro')).toEqual(['intro']);
  });

  it('dependentsOf() throws the cycle message when the edit closes a cycle', () => {
    const cyclic = [sql('a', 'SELECT * FROM b'), sql('b', 'SELECT * FROM a'), sql('z', 'SELECT 1')];
    expect(() => dependentsOf(cyclic, 'a')).toThrow('cells a → b → a form a cycle');
    expect(dependentsOf(cyclic, 'z')).toEqual(['z']);
  });

  it('dependentsOf() throws when an affected cell shares its name', () => {
    const dup = [sql('a', 'SELECT 1'), { ...sql('a', 'SELECT 2'), id: 'a2' }, sql('b', 'SELECT * FROM a')];
    expect(() => dependentsOf(dup, 'b')).not.toThrow();
    expect(() => dependentsOf(dup, 'a2')).toThrow('name a is used by 2 cells');
  });

  it('dependentsOf() throws for an unknown cell id', () => {
    expect(() => dependentsOf(cells, 'nope')).toThrow('no cell with id "nope"');
  });
});
