// The sweep file's schema: a base scenario, a grid of parameter values, shared seeds, and what to aggregate.
import { z } from 'zod';

/** Most values one grid entry may expand to. */
export const MAX_GRID_VALUES = 1000;
/** Most seeds a sweep may list or count. */
export const MAX_SEEDS = 10_000;
/** Most runs (arms × seeds) a sweep may plan. */
export const MAX_RUNS = 100_000;
/** Metrics aggregated when a sweep file names none. */
export const DEFAULT_SWEEP_METRICS: readonly string[] = ['score:p50', 'score:p95', 'true-influence-share', 'followers:p50', 'reciprocity'];

/** A range of numbers: from, from + step, … up to `to` (inclusive, within rounding). */
export const gridRangeSchema = z
  .strictObject({
    from: z.number().describe('First value.'),
    to: z.number().describe('Last value (included when from + k·step reaches it).'),
    step: z.number().positive().describe('Distance between values; positive.'),
  })
  .describe('A range of numbers from `from` to `to` in steps of `step`.');

/** The values one grid entry takes: a non-empty list of values of any kind, or a range of numbers. */
export const gridValuesSchema = z
  .union([z.array(z.json()).min(1).max(MAX_GRID_VALUES), gridRangeSchema])
  .describe('A list of values, or a range {from, to, step}.');

const seedSchema = z.union([z.int(), z.string().regex(/^[A-Za-z0-9._-]+$/, 'a word of letters, digits, ".", "_" and "-"')]);

/** Bootstrap settings of the 95 % intervals; defaults: 2000 resamples, seed 1. */
export const bootstrapSchema = z
  .strictObject({
    resamples: z.int().min(100).max(100_000).default(2000).describe('Number of bootstrap resamples of the seeds.'),
    seed: seedSchema.default(1).describe('Seed of the bootstrap resampling (the runs use `seeds`).'),
  })
  .describe('Bootstrap of the 95 % intervals: resamples of the seeds, drawn from a seeded generator.');

/** The whole sweep file. */
export const sweepSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes')
    .optional()
    .describe('Short name used for the default output folder results/<name>-sweep; defaults to the file name.'),
  description: z.string().default('').describe('What the sweep asks, in a sentence or two.'),
  base: z.string().min(1).describe('The scenario file every arm starts from, relative to the sweep file.'),
  grid: z
    .record(z.string(), gridValuesSchema)
    .default({})
    .describe('Parameter values by dotted scenario path; every combination is an arm, in the order written (the last entry varies fastest).'),
  seeds: z
    .union([z.int().min(1).max(MAX_SEEDS), z.array(seedSchema).min(1).max(MAX_SEEDS)])
    .default(10)
    .describe('Seeds run in every arm (common random numbers): a list, or a count n for the seeds 1..n.'),
  ticks: z.int().min(1).max(100_000).optional().describe('Number of simulated days of every run; default: the scenario\'s ticks.'),
  metrics: z
    .array(z.string().regex(/^[^\s,:]+(:[^\s,:]+)?$/, 'metric or metric:group, e.g. score:p50'))
    .min(1)
    .default([...DEFAULT_SWEEP_METRICS])
    .describe('metrics.csv rows to aggregate: `metric` (every group) or `metric:group`.'),
  bootstrap: bootstrapSchema.prefault({}),
});

/** A sweep as written. */
export type SweepInput = z.input<typeof sweepSchema>;
/** A sweep after parsing, defaults filled in. */
export type SweepParsed = z.output<typeof sweepSchema>;
/** A grid entry as parsed: a list of values or a range. */
export type GridValues = z.output<typeof gridValuesSchema>;
