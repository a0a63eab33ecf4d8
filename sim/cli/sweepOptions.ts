// Parsers of `scorechase sweep`'s option values: --workers and --shard; a bad value is a usage error (exit 2).
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import type { Shard } from '../sweep/runPlan.js';

/** Most worker threads `--workers` accepts. */
export const MAX_WORKERS = 256;

/** Default number of workers: one per core (`os.availableParallelism()`). */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** `--workers N`: a whole number from 1 to `MAX_WORKERS` (256). */
export function parseWorkersOption(value: string): number {
  const workers = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(workers >= 1 && workers <= MAX_WORKERS)) throw new InvalidArgumentError(`workers must be a whole number from 1 to ${MAX_WORKERS}.`);
  return workers;
}

/** `--shard i/n`: whole numbers with 1 ≤ i ≤ n ≤ 10000, e.g. `2/4` (the second of four shards). */
export function parseShardOption(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!(index >= 1 && count >= index && count <= 10_000)) {
    throw new InvalidArgumentError('a shard is i/n with whole numbers 1 ≤ i ≤ n ≤ 10000, e.g. 2/4.');
  }
  return { index, count };
}
