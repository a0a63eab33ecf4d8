// Test helper: running the real `node bin/scorechase.js` (built by `npm run build:cli`) as a child process.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The command's entry script. */
export const BIN = fileURLToPath(new URL('../../../bin/scorechase.js', import.meta.url));

/** True when the compiled command line exists (npm test builds it before vitest runs). */
export const CLI_BUILT = existsSync(fileURLToPath(new URL('../../../dist/sim/cli/main.js', import.meta.url)));

/** How a child process ended and what it printed. */
export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `node bin/scorechase.js ...args` in `cwd`, without stdin and with colours off. */
export function startCli(args: string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', SCORECHASE_DEBUG: '' },
  });
}

/** Waits for a started child to end, collecting its output. */
export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `node bin/scorechase.js ...args` in `cwd` to the end. */
export function runCli(args: string[], cwd: string): Promise<Finished> {
  return finished(startCli(args, cwd));
}
