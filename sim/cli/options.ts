// Parsers of the command line's option values; a bad value is a usage error (exit 2) that says what is valid.
import { InvalidArgumentError } from 'commander';

/** Most ticks `--ticks` accepts, the same bound as the scenario schema. */
export const MAX_TICKS = 100_000;

const INTEGER = /^-?\d+$/;
const SEED_WORD = /^[A-Za-z0-9._-]+$/;

/**
 * `--seed`: a whole number (`7`, `-3`; `007` is 7) or a word of letters, digits, `.`, `_` and `-`
 * (scenario files accept string seeds too). Empty values, spaces and other characters are rejected.
 */
export function parseSeedOption(value: string): number | string {
  if (value === '') throw new InvalidArgumentError('the seed must not be empty; give a whole number such as 7.');
  if (INTEGER.test(value)) {
    const seed = Number(value);
    if (!Number.isSafeInteger(seed)) throw new InvalidArgumentError(`the seed must be a whole number between ±${Number.MAX_SAFE_INTEGER}.`);
    return seed;
  }
  if (!SEED_WORD.test(value)) {
    throw new InvalidArgumentError('a seed is a whole number or a word of letters, digits, ".", "_" and "-".');
  }
  return value;
}

/** `--ticks`: a whole number from 1 to `MAX_TICKS` (100000). */
export function parseTicksOption(value: string): number {
  const ticks = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(ticks >= 1 && ticks <= MAX_TICKS)) {
    throw new InvalidArgumentError(`ticks must be a whole number from 1 to ${MAX_TICKS}.`);
  }
  return ticks;
}

/** `--out`: any non-empty folder path. */
export function parseOutOption(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('the results folder must not be empty.');
  return value;
}
