// Dotted parameter paths into a resolved scenario (`agents.types.chaser.react`, `secondaryNetworks[0].presence`): parse, read, write.

/** A path segment: an object key or an array index. */
export type ParameterSegment = string | number;

/** Where a path leaves the data: the segments that exist, the first that does not, and what would be valid there. */
export interface MissingParameter {
  found: false;
  /** Index of the first segment that does not exist. */
  at: number;
  /** Keys of the object there (empty when it is an array or a value). */
  keys: string[];
  /** Length of the array there, or -1. */
  length: number;
}

/** A path that exists: its current value. */
export interface FoundParameter {
  found: true;
  value: unknown;
}

/**
 * Splits `a.b[2].c` into `['a', 'b', 2, 'c']`. Returns null for text that is not a path (empty
 * segments, stray brackets or spaces).
 */
export function parseParameterPath(path: string): ParameterSegment[] | null {
  if (!/^[A-Za-z0-9_-]+(\[\d+\])*(\.[A-Za-z0-9_-]+(\[\d+\])*)*$/.test(path)) return null;
  const segments: ParameterSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === undefined ? match[1] : Number(match[2]));
  }
  return segments;
}

/** Joins segments back into a dotted path: `['a', 2, 'b']` → `a[2].b`. */
export function formatParameterPath(segments: readonly ParameterSegment[]): string {
  let path = '';
  for (const s of segments) path += typeof s === 'number' ? `[${s}]` : path === '' ? s : `.${s}`;
  return path;
}

/** The value at a path, or where the path leaves the data. */
export function readParameter(root: unknown, segments: readonly ParameterSegment[]): FoundParameter | MissingParameter {
  let node = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (Array.isArray(node)) {
      if (typeof segment !== 'number' || segment >= node.length) return { found: false, at: i, keys: [], length: node.length };
      node = node[segment];
    } else if (isRecord(node)) {
      if (typeof segment !== 'string' || !Object.hasOwn(node, segment)) {
        return { found: false, at: i, keys: Object.keys(node), length: -1 };
      }
      node = node[segment];
    } else {
      return { found: false, at: i, keys: [], length: -1 };
    }
  }
  return { found: true, value: node };
}

/** Replaces the value at an existing path in place (the objects along it stay the same objects) and returns the old value. */
export function writeParameter(root: unknown, segments: readonly ParameterSegment[], value: unknown): unknown {
  const parent = readParameter(root, segments.slice(0, -1));
  if (!parent.found || (!Array.isArray(parent.value) && !isRecord(parent.value))) {
    throw new Error(`no parameter ${formatParameterPath(segments)}`);
  }
  const container = parent.value as Record<string | number, unknown>;
  const key = segments[segments.length - 1];
  const old = container[key];
  container[key] = Array.isArray(value) ? [...value] : value;
  return old;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
