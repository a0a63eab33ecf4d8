// A shock's short label for charts and reports: its kind and a few of its options (`switch → klout-2011`).

/** A short text of a shock's options: ` → klout-2011` for a target, else up to three ` (key value, …)` pairs of plain values; '' for none. */
export function describeShockOptions(options: unknown): string {
  if (options === null || options === undefined) return '';
  if (typeof options !== 'object') return ` ${String(options)}`;
  const record = options as Record<string, unknown>;
  if (typeof record.to === 'string') return ` → ${record.to}`;
  const parts = Object.entries(record).filter(([, v]) => typeof v !== 'object').slice(0, 3).map(([k, v]) => `${k} ${String(v)}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** A shock's label: `kind` and its options as `describeShockOptions` writes them (`switch → klout-2011`, `set (path x, value 2)`). */
export function shockLabel(kind: string, options: unknown): string {
  return `${kind}${describeShockOptions(options)}`;
}
