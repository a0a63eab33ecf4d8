// Where two JSON values first differ, ignoring the order of object keys: for messages about a scenario that resolves differently.
import { formatPath, type PathSegment } from '../scenario/errors.js';

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The dotted path (`scoring.params.klout-2011.d`, `secondaryNetworks[1]`) of the first place where the
 * JSON values `a` and `b` differ — keys visited in sorted order, key order itself ignored — `''` when
 * they differ at the top, or undefined when they are equal.
 */
export function firstJsonDifference(a: unknown, b: unknown, at: readonly PathSegment[] = []): string | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return formatPath([...at, i]);
      const inner = firstJsonDifference(a[i], b[i], [...at, i]);
      if (inner !== undefined) return inner;
    }
    return undefined;
  }
  if (isMapping(a) && isMapping(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      if (!Object.hasOwn(a, key) || !Object.hasOwn(b, key)) return formatPath([...at, key]);
      const inner = firstJsonDifference(a[key], b[key], [...at, key]);
      if (inner !== undefined) return inner;
    }
    return undefined;
  }
  return a === b ? undefined : formatPath(at);
}
