// Argsort and average ranks of a numeric vector by a stable LSD radix sort: O(n), ties in id order.

/**
 * Indices of `values` in ascending order (stable: equal values keep their index order; -0 sorts as 0,
 * NaN last). An LSD radix sort on the IEEE-754 bits (16 or 8 bits a pass): linear passes instead of
 * an O(n log n) comparator sort, which matters when every score is re-ranked every day on a million agents.
 */
export function argsort(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < n; i++) {
    const v = values[i];
    view.setFloat64(0, v === 0 ? 0 : Number.isNaN(v) ? Infinity : v);
    let h = view.getUint32(0);
    let l = view.getUint32(4);
    if (Number.isNaN(v)) l = 1; // just above +Infinity
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[i] = h;
    lo[i] = l;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  // 16-bit digits (four passes) pay off on large vectors; small ones use 8-bit digits so clearing the
  // buckets does not outweigh the data.
  const bits = n >= 1 << 16 ? 16 : 8;
  const buckets = 1 << bits;
  const mask = buckets - 1;
  const counts = new Uint32Array(buckets + 1);
  for (const words of [lo, hi]) {
    for (let shift = 0; shift < 32; shift += bits) {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[((words[i] >>> shift) & mask) + 1]++;
      if (n === 0 || counts[1 + ((words[0] >>> shift) & mask)] === n) continue; // every key shares this digit
      for (let d = 0; d < buckets; d++) counts[d + 1] += counts[d];
      for (let k = 0; k < n; k++) {
        const i = order[k];
        next[counts[(words[i] >>> shift) & mask]++] = i;
      }
      const t = order;
      order = next;
      next = t;
    }
  }
  return order;
}

/**
 * Average ranks (1-based, ties share the mean of their ranks, as in Spearman's correlation and
 * scipy's `rankdata`) of `values`, given their ascending `order` from `argsort`.
 */
export function averageRanks(values: ArrayLike<number>, order: Uint32Array = argsort(values)): Float64Array {
  const n = order.length;
  const ranks = new Float64Array(n);
  let k = 0;
  while (k < n) {
    const v = values[order[k]];
    let end = k + 1;
    while (end < n && (values[order[end]] === v || (v !== v && values[order[end]] !== values[order[end]]))) end++;
    const rank = (k + end + 1) / 2;
    for (let j = k; j < end; j++) ranks[order[j]] = rank;
    k = end;
  }
  return ranks;
}
