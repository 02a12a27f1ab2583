#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium (never a downloaded browser). Install it when it
// is missing and we may (root); otherwise stop with the exact command to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.SEGBOOK_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const command = 'apt-get update && apt-get install -y chromium';
if (!isRoot) {
  console.error(`Chromium is not installed at ${CHROMIUM}. Install it with:\n  sudo sh -c '${command}'`);
  process.exit(1);
}
console.error(`Installing Debian's chromium for the end-to-end tests: ${command}`);
execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (!existsSync(CHROMIUM)) {
  console.error(`chromium was installed but ${CHROMIUM} is still missing`);
  process.exit(1);
}
