/** Command-line options of `npm run bench`. */
export interface BenchArgs {
  /** Target row counts; the generated files hold about this many rows. */
  sizes: number[];
  /** JSON result path (bench.md is written next to it). */
  out: string;
  /** Per size and engine, after which that size is recorded as failed and the bench moves on. */
  timeoutMs: number;
  /**
   * Runs of each query step (rfm, pyramid, cohorts) per engine; the median is reported, which
   * keeps one slow run on a busy 2-core machine from deciding the figure.
   */
  repeat: number;
  /** Skip `vite build` and serve what is already in the app directory. */
  build: boolean;
  /** Skip native DuckDB (browser only) or the browser (native only), for quick checks. */
  native: boolean;
  browser: boolean;
  /** Also run native DuckDB on one thread (import and overview_total), the wasm engine's share of the machine. */
  oneThread: boolean;
}

export const DEFAULT_SIZES = [100_000, 1_000_000, 5_000_000, 20_000_000];

const USAGE = `usage: npm run bench -- [--sizes 100000,1000000,...] [--out FILE] [--timeout MINUTES] [--repeat N]
                         [--no-build] [--no-native] [--no-browser] [--no-one-thread]`;

/** Parse argv (without node and the script); throws with the usage text on anything unknown. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { sizes: DEFAULT_SIZES, out: 'bench/out/bench.json', timeoutMs: 30 * 60_000, repeat: 3, build: true, native: true, browser: true, oneThread: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--sizes') args.sizes = parseSizes(value());
    else if (a === '--out') args.out = value();
    else if (a === '--timeout') {
      const m = Number(value());
      if (!(m > 0)) throw new Error(`--timeout must be a positive number of minutes\n${USAGE}`);
      args.timeoutMs = m * 60_000;
    } else if (a === '--repeat') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`--repeat must be a positive integer\n${USAGE}`);
      args.repeat = n;
    } else if (a === '--no-build') args.build = false;
    else if (a === '--no-native') args.native = false;
    else if (a === '--no-browser') args.browser = false;
    else if (a === '--no-one-thread') args.oneThread = false;
    else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return args;
}

/** "100000,1e6,5M" style lists: plain integers, exponent notation, or a k/M suffix. */
export function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const m = /^(\d+(?:\.\d+)?(?:e\d+)?)([kKmM]?)$/.exec(s);
    const n = m ? Number(m[1]) * (m[2] === '' ? 1 : m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : NaN;
    if (!Number.isInteger(n) || n < 1000) throw new Error(`invalid size ${s} (expected an integer >= 1000)`);
    return n;
  });
  if (sizes.length === 0) throw new Error('--sizes is empty');
  return sizes;
}
