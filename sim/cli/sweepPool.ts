// The sweep's pool of worker threads (tinypool), each running the compiled sweepWorker.js from dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { SweepTask, SweepTaskResult } from './sweepWorker.js';

/**
 * The compiled worker module: `sweepWorker.js` next to this module when running from dist/ (as the
 * command always does), or `dist/sim/cli/sweepWorker.js` (built by `npm run build:cli`) when this module
 * is loaded from the TypeScript sources, as in tests — worker threads run JavaScript only.
 */
export function sweepWorkerFile(): string {
  const sibling = fileURLToPath(new URL('./sweepWorker.js', import.meta.url));
  if (existsSync(sibling)) return sibling;
  return fileURLToPath(new URL('../../dist/sim/cli/sweepWorker.js', import.meta.url));
}

/** A pool of worker threads running sweep tasks. */
export interface SweepPool {
  /** Runs one task on the next free worker; rejects with the worker's error when the run throws. */
  run(task: SweepTask): Promise<SweepTaskResult>;
  /** Ends every worker; call it once all tasks have settled. */
  destroy(): Promise<void>;
}

/**
 * Starts `workers` threads running `workerFile` (default `sweepWorkerFile()`): all started at once and
 * kept until `destroy`, so no task waits for a thread to boot twice. Throws when the worker file is
 * missing (the command line is not built).
 */
export function startSweepPool(workers: number, workerFile: string = sweepWorkerFile()): SweepPool {
  if (!existsSync(workerFile)) throw new Error(`the sweep worker ${workerFile} is missing; run \`npm run build:cli\``);
  const pool = new Tinypool({
    filename: workerFile,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    isolateWorkers: false,
  });
  return {
    run: (task) => pool.run(task) as Promise<SweepTaskResult>,
    destroy: () => pool.destroy(),
  };
}
