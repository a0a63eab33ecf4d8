// summary.json: every reporter's summary section, with numbers rounded like metrics.csv and NaN written as null.
import type { JsonValue } from '../shocks/types.js';

/** Version of the summary.json layout; raised when a field changes meaning. */
export const SUMMARY_VERSION = 1;

/**
 * A copy of `value` fit for JSON: whole numbers kept exactly (ids, counts), other finite numbers rounded
 * to 6 significant digits (as metrics.csv writes them), NaN and ±Infinity as null; arrays and objects
 * copied recursively (typed arrays become arrays). Deterministic on every machine.
 */
export function jsonSafe(value: unknown): JsonValue {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return Number.isInteger(value) ? value : Number(value.toPrecision(6));
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, jsonSafe);
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) if (item !== undefined) out[key] = jsonSafe(item);
    return out;
  }
  return null;
}
