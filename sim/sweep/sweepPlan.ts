// The plan of a sweep (plan.json) and its record once aggregated (sweep.json): plain JSON, nothing machine- or time-specific.
import { baseName } from '../output/manifest.js';
import type { ResolvedScenario } from '../scenario/resolved.js';
import type { SweepArm } from './arms.js';
import type { LoadedSweep } from './loadSweep.js';

/** One arm in the plan: its label, its grid values by path, its ticks, and the cache key of its run for each seed. */
export interface PlannedArm {
  arm: string;
  params: Record<string, unknown>;
  ticks: number;
  runs: Array<{ seed: number | string; key: string }>;
}

/**
 * Everything needed to run, resume, merge and aggregate a sweep. Every shard of a sweep writes the same
 * plan.json byte for byte, which is how `merge` knows shards belong together.
 */
export interface SweepPlan {
  engine: 'scorechase';
  version: string;
  /** The sweep file's base name. */
  sweepFile: string;
  name: string;
  description: string;
  /** The sweep as written. */
  written: unknown;
  /** The sweep resolved: ranges expanded, seeds listed, defaults filled in. */
  resolved: {
    base: string;
    grid: Array<{ path: string; values: unknown[] }>;
    seeds: Array<number | string>;
    ticks: number | null;
    metrics: string[];
    bootstrap: { resamples: number; seed: number | string };
  };
  /** The base scenario: file base name, as written, as resolved. */
  base: { file: string; written: unknown; resolved: ResolvedScenario };
  arms: PlannedArm[];
}

/** What `buildSweepPlan` combines. */
export interface SweepPlanInput {
  version: string;
  sweep: LoadedSweep;
  base: { file: string; written: unknown; resolved: ResolvedScenario };
  arms: readonly SweepArm[];
  /** Each arm's ticks (the override, or the arm's scenario's). */
  ticks: readonly number[];
  /** keys[arm][seedIndex]: the cache key of each run. */
  keys: readonly (readonly string[])[];
}

/** The plan of a sweep. */
export function buildSweepPlan(input: SweepPlanInput): SweepPlan {
  const { sweep } = input;
  return {
    engine: 'scorechase',
    version: input.version,
    sweepFile: baseName(sweep.file),
    name: sweep.name,
    description: sweep.parsed.description,
    written: sweep.written,
    resolved: {
      base: sweep.parsed.base,
      grid: sweep.grid.map(({ path, values }) => ({ path, values })),
      seeds: sweep.seeds,
      ticks: sweep.parsed.ticks ?? null,
      metrics: sweep.parsed.metrics,
      bootstrap: sweep.parsed.bootstrap,
    },
    base: { file: baseName(input.base.file), written: input.base.written ?? null, resolved: input.base.resolved },
    arms: input.arms.map((arm, a) => ({
      arm: arm.label,
      params: Object.fromEntries(arm.params.map((p) => [p.path, p.value])),
      ticks: input.ticks[a],
      runs: sweep.seeds.map((seed, s) => ({ seed, key: input.keys[a][s] })),
    })),
  };
}

/** plan.json's text: pretty JSON (two-space indent) and a trailing newline. */
export function sweepPlanJson(plan: SweepPlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** Reads plan.json's text back; throws an Error saying what is wrong when it is not a sweep plan. */
export function parseSweepPlan(text: string): SweepPlan {
  let plan: Partial<SweepPlan>;
  try {
    plan = JSON.parse(text) as Partial<SweepPlan>;
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`);
  }
  const ok =
    plan?.engine === 'scorechase' &&
    Array.isArray(plan.arms) &&
    Array.isArray(plan.resolved?.seeds) &&
    Array.isArray(plan.resolved?.metrics) &&
    plan.arms.every((arm) => typeof arm.arm === 'string' && Array.isArray(arm.runs) && arm.runs.length === plan.resolved!.seeds.length);
  if (!ok) throw new Error('not a scorechase sweep plan');
  return plan as SweepPlan;
}

/** A planned run that has no results. */
export interface MissingRun {
  arm: string;
  seed: number | string;
  key: string;
}

/** The planned runs whose key is not in `completed`, in canonical order. */
export function missingRuns(plan: SweepPlan, completed: ReadonlySet<string>): MissingRun[] {
  return plan.arms.flatMap((arm) => arm.runs.filter((run) => !completed.has(run.key)).map((run) => ({ arm: arm.arm, ...run })));
}

/**
 * sweep.json's text: engine, version, sweep file, name, description, the sha256 of every output (sorted
 * by name), the runs planned, completed and missing, then the sweep as written and resolved, the base
 * scenario and the arms; pretty JSON with a trailing newline.
 */
export function sweepRecordJson(plan: SweepPlan, missing: readonly MissingRun[], outputs: Record<string, string>): string {
  const planned = plan.arms.length * plan.resolved.seeds.length;
  const { engine, version, sweepFile, name, description, ...rest } = plan;
  const sortedOutputs = Object.fromEntries(Object.keys(outputs).sort().map((file) => [file, outputs[file]]));
  const record = {
    engine,
    version,
    sweepFile,
    name,
    description,
    outputs: sortedOutputs,
    runs: { planned, completed: planned - missing.length, missing },
    ...rest,
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}
