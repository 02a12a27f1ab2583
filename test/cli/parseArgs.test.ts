import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../cli/parseArgs';
import { usage } from '../../cli/usage';

/** A value each flag accepts. */
const SAMPLE: Record<string, string> = {
  '--input': 'a.csv', '--map': 'customer_id=Kunde,amount=Betrag', '--encoding': 'GBK', '--delimiter': 'tab',
  '--ref-date': '2024-01-01', '--analysis': 'rfm,clv', '--calibration-end': '2023-06-30', '--clv-unit': 'month',
  '--customers-out': 'c.csv', '--rows-out': 'r.csv', '--out': 'o.json', '--engine': 'native', '--database': 'd.duckdb',
};

describe('parseArgs()', () => {
  it('parseArgs() reads every flag into the door\'s options', () => {
    const argv = Object.entries(SAMPLE).flat();
    expect(parseArgs(argv)).toEqual({
      inputs: ['a.csv'],
      importOptions: { mapping: { Kunde: 'customer_id', Betrag: 'amount' }, encoding: 'gbk', delimiter: '\t' },
      refDate: '2024-01-01', calibrationEnd: '2023-06-30', analyses: ['import', 'rfm', 'clv'], clvUnit: 'month',
      customersOut: 'c.csv', rowsOut: 'r.csv', out: 'o.json', engine: 'native', database: 'd.duckdb',
    });
  });

  it('parseArgs() accepts every flag the usage text lists, and the usage lists every flag it accepts', () => {
    const listed = [...new Set(usage.match(/--[a-z-]+/g))].filter((f) => f !== '--help');
    expect(listed.sort()).toEqual(Object.keys(SAMPLE).sort());
  });

  it('parseArgs() names the problem: a missing input, an unknown flag, a bad date, an analysis, an engine', () => {
    const fails = (argv: string[]) => {
      try {
        parseArgs(argv);
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(fails([])).toBe('--input FILE is required');
    expect(fails(['--input', 'a.csv', '--frobnicate'])).toBe('unknown argument: --frobnicate');
    expect(fails(['--input', 'a.csv', '--ref-date', '2024-13-01'])).toBe('invalid --ref-date: 2024-13-01 (expected YYYY-MM-DD)');
    expect(fails(['--input', 'a.csv', '--analysis', 'rfm,churn'])).toMatch(/^unknown analysis: churn \(expected import, rfm/);
    expect(fails(['--input', 'a.csv', '--engine', 'gpu'])).toBe('invalid --engine: gpu (expected wasm or native)');
    expect(fails(['--input', 'a.csv', '--database', 'x.db'])).toMatch(/^--database needs --engine native/);
    expect(fails(['--input'])).toBe('--input needs a value');
  });
});
