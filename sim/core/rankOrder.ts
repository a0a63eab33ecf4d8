// Argsort and average ranks of a numeric vector by a stable LSD radix sort: O(n), ties in id order.

/**
 * Indices of `values` in ascending order (stable: equal values keep their index order; -0 sorts as 0,
 * NaN last). An LSD radix sort on the IEEE-754 bits, 16 bits a pass: four linear passes instead of
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
  const counts = new Uint32Array(65537);
  for (const [words, shift] of [[lo, 0], [lo, 16], [hi, 0], [hi, 16]] as const) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((words[i] >>> shift) & 0xffff) + 1]++;
    if (counts[1 + ((words[0] >>> shift) & 0xffff)] === n) continue; // every key shares this digit
    for (let d = 0; d < 65536; d++) counts[d + 1] += counts[d];
    for (let k = 0; k < n; k++) {
      const i = order[k];
      next[counts[(words[i] >>> shift) & 0xffff]++] = i;
    }
    const t = order;
    order = next;
    next = t;
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
