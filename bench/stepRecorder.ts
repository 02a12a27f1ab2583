import { errorMessage } from './errorMessage';
import type { SizeResults, Step, StepResult } from './types';

/**
 * Runs one engine's steps for one size in order and keeps what each gave. After a fatal failure
 * (the import failed, the page crashed, a step timed out) the remaining steps are recorded as not
 * run with the reason, instead of piling more work on a dead or still-busy engine.
 */
export class StepRecorder {
  readonly results: SizeResults = {};
  private stopped: string | null = null;

  constructor(private readonly log: (line: string) => void) {}

  /** Run `work` for `step` unless an earlier failure was fatal; record its result or its error. */
  async step(step: Step, work: () => Promise<StepResult>, fatalOnError = false): Promise<void> {
    if (this.stopped !== null) {
      this.results[step] = { ms: null, error: `not run: ${this.stopped}` };
      return;
    }
    const t0 = performance.now();
    try {
      const r = await work();
      this.results[step] = r;
      this.log(`${step.padEnd(15)} ${r.ms === null ? '-' : `${r.ms.toFixed(1)} ms`}${r.bytesPerRow ? `  ${r.bytesPerRow.toFixed(1)} B/row` : ''}${r.peakBytesPerRow ? `  peak ${r.peakBytesPerRow.toFixed(1)} B/row` : ''}`);
    } catch (e) {
      // How long it ran before failing tells an out-of-memory at the end of an import from one at the start.
      const error = `after ${((performance.now() - t0) / 1000).toFixed(1)} s: ${errorMessage(e)}`;
      this.results[step] = { ms: null, error };
      this.log(`${step.padEnd(15)} FAILED: ${error}`);
      if (fatalOnError || /timed out|crash|closed|Target/i.test(error)) this.stopped = `${step} failed`;
    }
  }
}
