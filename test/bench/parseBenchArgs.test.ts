import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, parseBenchArgs, parseSizes } from '../../bench/parseBenchArgs';

describe('parseBenchArgs', () => {
  it('defaults to the four sizes of issue 8 and bench/out/bench.json', () => {
    const a = parseBenchArgs([]);
    expect(a.sizes).toEqual(DEFAULT_SIZES);
    expect(a.out).toBe('bench/out/bench.json');
    expect(a).toMatchObject({ build: true, native: true, browser: true, oneThread: true, repeat: 3 });
  });

  it('reads sizes, out, timeout in minutes, repeat and the skip flags', () => {
    const a = parseBenchArgs(['--sizes', '100000,1000000', '--out', 'x.json', '--timeout', '2', '--repeat', '1', '--no-build', '--no-native', '--no-one-thread']);
    expect(a).toMatchObject({ sizes: [100_000, 1_000_000], out: 'x.json', timeoutMs: 120_000, repeat: 1, build: false, native: false, browser: true, oneThread: false });
  });

  it('refuses unknown flags, missing values and bad numbers, with the usage', () => {
    expect(() => parseBenchArgs(['--size', '1'])).toThrow(/unknown argument --size[\s\S]*usage/);
    expect(() => parseBenchArgs(['--out'])).toThrow(/--out needs a value/);
    expect(() => parseBenchArgs(['--timeout', '0'])).toThrow(/positive/);
    expect(() => parseBenchArgs(['--repeat', '1.5'])).toThrow(/positive integer/);
  });
});

describe('parseSizes', () => {
  it('accepts integers, exponents and k/M suffixes', () => {
    expect(parseSizes('100000, 1e6,5M,20m,250k')).toEqual([100_000, 1_000_000, 5_000_000, 20_000_000, 250_000]);
  });

  it('refuses fractions of a row, tiny sizes and empty lists', () => {
    expect(() => parseSizes('1.5')).toThrow(/invalid size/);
    expect(() => parseSizes('10')).toThrow(/invalid size/);
    expect(() => parseSizes('abc')).toThrow(/invalid size abc/);
    expect(() => parseSizes(',')).toThrow(/empty/);
  });
});
