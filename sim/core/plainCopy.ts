// Deep copy of plain data (objects, arrays, typed arrays, numbers, strings), for checkpoints without structuredClone.

/** A deep copy of plain data: typed arrays are copied, objects and arrays are copied recursively. */
export function plainCopy<T>(value: T): T {
  if (ArrayBuffer.isView(value)) return (value as unknown as { slice(): T }).slice();
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = plainCopy(item);
    return copy as T;
  }
  return value;
}
