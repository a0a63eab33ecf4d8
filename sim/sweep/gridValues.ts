// The values of one grid entry: a list as written, or a range {from, to, step} expanded into numbers.
import type { GridValues } from './schema.js';

/** Significant digits a range's values are rounded to, so 0 + 3 × 0.1 is 0.3 and not 0.30000000000000004. */
export const RANGE_SIGNIFICANT_DIGITS = 12;

/** Slack, in steps, for reaching `to` despite rounding (0.1 + 0.1 + 0.1 still reaches 0.3). */
const RANGE_SLACK = 1e-9;

/** One grid entry as resolved: the scenario path, its values in order, and whether they came from a range. */
export interface GridEntry {
  path: string;
  values: unknown[];
  range: boolean;
}

/**
 * The values a grid entry takes: a list as it is; a range as from, from + step, … while ≤ to (within
 * a billionth of a step), each rounded to 12 significant digits. A range with to < from is empty.
 */
export function expandGridValues(values: GridValues): unknown[] {
  if (Array.isArray(values)) return values;
  const { from, to, step } = values;
  const count = Math.floor((to - from) / step + RANGE_SLACK) + 1;
  const expanded: number[] = [];
  for (let k = 0; k < count; k++) expanded.push(Number((from + k * step).toPrecision(RANGE_SIGNIFICANT_DIGITS)));
  return expanded;
}

/** How many values a range has (0 when to < from), without expanding it. */
export function rangeLength(values: { from: number; to: number; step: number }): number {
  return Math.max(0, Math.floor((values.to - values.from) / values.step + RANGE_SLACK) + 1);
}

/** A value as arm labels show it: numbers, strings and booleans as they are, anything else as JSON. */
export function valueLabel(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
