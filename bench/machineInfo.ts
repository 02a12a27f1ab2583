import os from 'node:os';
import type { BenchMachine } from './types';

/** CONTRACT.md's `machine`: cores, memory, the browser's own version string, Node's version. */
export function machineInfo(browserVersion: string | null): BenchMachine {
  return {
    cpus: os.cpus().length,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    browser: browserVersion ? `Chromium ${browserVersion} headless` : 'not run',
    node: process.version,
  };
}

/** The 1-minute load average with the core count, e.g. "3.80 on 2 cores": other work skews timings. */
export function loadNote(): string {
  return `${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`;
}
