// Helpers of the `set` shock's checks: the closest valid parameter path to a misspelt one, and value kinds.
import { closestName } from './didYouMean.js';

/**
 * The path that exists in `root` closest to `segments`: each key that does not exist is replaced by
 * the closest key at its level (see `closestName`); null when a level has no close key or a list index
 * is out of range. `agents.typs.chaser.reac` → `agents.types.chaser.react`.
 */
export function closestParameterPath(root: unknown, segments: ReadonlyArray<string | number>): string | null {
  let node = root;
  let path = '';
  for (const segment of segments) {
    if (Array.isArray(node)) {
      if (typeof segment !== 'number' || segment >= node.length) return null;
      node = node[segment];
      path += `[${segment}]`;
      continue;
    }
    if (typeof node !== 'object' || node === null) return null;
    const record = node as Record<string, unknown>;
    const key = Object.hasOwn(record, String(segment)) ? String(segment) : closestName(String(segment), Object.keys(record));
    if (key === null) return null;
    node = record[key];
    path += path === '' ? key : `.${key}`;
  }
  return path;
}

/** True when `value` may replace `current`: the same JSON type, and for lists the same element type. */
export function sameKind(current: unknown, value: unknown): boolean {
  if (Array.isArray(current)) {
    if (!Array.isArray(value)) return false;
    if (current.length === 0) return true;
    return value.every((item) => typeof item === typeof current[0]);
  }
  return typeof current === typeof value && !Array.isArray(value) && value !== null;
}

/** The kind of a current value, for messages: `a number (now 0.25)`, `a list of numbers (now [35, 40])`. */
export function describeKind(current: unknown): string {
  if (Array.isArray(current)) {
    const of = current.length === 0 ? '' : ` of ${typeof current[0]}s`;
    return `a list${of} (now ${JSON.stringify(current)})`;
  }
  if (current === null || current === undefined) return 'empty';
  return `a ${typeof current} (now ${JSON.stringify(current)})`;
}
