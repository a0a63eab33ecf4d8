// The runs of a sweep in canonical order (arms in grid order × seeds), the text each run's cache key hashes, and shards.
import type { ResolvedScenario } from '../scenario/resolved.js';

/** One run of a sweep. */
export interface PlannedRun {
  /** Position in the canonical order: arm × seeds + seed index. */
  index: number;
  arm: number;
  seedIndex: number;
  seed: number | string;
}

/** A slice of the runs: run index mod `count` = `index` − 1. */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Every run in canonical order: for each arm in grid order, every seed in the order listed. */
export function plannedRuns(armCount: number, seeds: readonly (number | string)[]): PlannedRun[] {
  const runs: PlannedRun[] = [];
  for (let arm = 0; arm < armCount; arm++) {
    seeds.forEach((seed, seedIndex) => runs.push({ index: arm * seeds.length + seedIndex, arm, seedIndex, seed }));
  }
  return runs;
}

/** The runs of one shard: those whose index mod `count` is `index` − 1. Every run is in exactly one shard. */
export function shardRuns<T extends { index: number }>(runs: readonly T[], shard: Shard): T[] {
  return runs.filter((run) => run.index % shard.count === shard.index - 1);
}

/** What identifies a run's results. */
export interface RunIdentity {
  /** The scorechase version that runs it. */
  version: string;
  /** The arm's resolved scenario. */
  resolved: ResolvedScenario;
  seed: number | string;
  ticks: number;
  /** sha256 of the edge list's text, when the network comes from one (its content matters, not its name). */
  edgeListSha256?: string;
}

/**
 * The canonical text a run's cache key is the sha256 of: JSON of the engine version, the resolved
 * scenario with the run's seed and ticks written into it, and the edge list's hash (or null). Two runs
 * with the same text produce the same bytes, so one result serves both.
 */
export function runKeyText(identity: RunIdentity): string {
  const scenario = { ...identity.resolved, seed: identity.seed, ticks: identity.ticks };
  return JSON.stringify({
    engine: 'scorechase',
    version: identity.version,
    seed: identity.seed,
    ticks: identity.ticks,
    edgeListSha256: identity.edgeListSha256 ?? null,
    scenario,
  });
}
