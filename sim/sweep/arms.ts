// The arms of a sweep: every combination of the grid's values, in grid order, each with a short readable label.
import { valueLabel, type GridEntry } from './gridValues.js';

/** One combination of grid values. */
export interface SweepArm {
  /** Position in the canonical order, from 0. */
  index: number;
  /** Short, unique, readable name, e.g. `scoreSeeking=0.5 credibilityGamma=0.2`; `base` for an empty grid. */
  label: string;
  /** The value of every grid path, in grid order. */
  params: Array<{ path: string; value: unknown }>;
  /** The index of each value within its grid entry, in grid order. */
  valueIndices: number[];
}

/** Label of the only arm of an empty grid. */
export const BASE_ARM_LABEL = 'base';

/**
 * Every combination of the grid's values: the first entry varies slowest and the last fastest (nested
 * loops in the order written). An empty grid has one arm, labelled `base`. Labels name each path by
 * its shortest ending that no other path shares (`scoreSeeking`, or `chaser.scoreSeeking` when
 * `engager.scoreSeeking` is in the grid too), then `=value`, joined by spaces.
 */
export function sweepArms(grid: readonly GridEntry[]): SweepArm[] {
  const names = shortNames(grid.map((entry) => entry.path));
  const arms: SweepArm[] = [];
  const indices = grid.map(() => 0);
  const total = grid.reduce((product, entry) => product * entry.values.length, 1);
  for (let index = 0; index < total; index++) {
    const params = grid.map((entry, g) => ({ path: entry.path, value: entry.values[indices[g]] }));
    const label = params.length === 0 ? BASE_ARM_LABEL : params.map((p, g) => `${names[g]}=${valueLabel(p.value)}`).join(' ');
    arms.push({ index, label, params, valueIndices: [...indices] });
    for (let g = grid.length - 1; g >= 0; g--) {
      indices[g]++;
      if (indices[g] < grid[g].values.length) break;
      indices[g] = 0;
    }
  }
  return arms;
}

/** For each dotted path, its shortest ending (whole segments) that is not the ending of another path. */
export function shortNames(paths: readonly string[]): string[] {
  const split = paths.map((path) => path.split('.'));
  return split.map((segments, i) => {
    for (let take = 1; take < segments.length; take++) {
      const ending = segments.slice(-take).join('.');
      const shared = split.some((other, j) => j !== i && other.slice(-take).join('.') === ending);
      if (!shared) return ending;
    }
    return paths[i];
  });
}
