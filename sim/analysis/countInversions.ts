// Counting inversions (pairs out of order) of an integer sequence by bottom-up merge sort, O(n log n).

/**
 * The number of pairs i < j with `values[i] > values[j]` (equal values are not an inversion). Sorts
 * `values` in place, ascending, as a side effect. Bottom-up merge sort between two Int32Arrays: no
 * recursion and no per-element allocation, which keeps a million values near 0.1 s. The count is exact
 * up to 2^53 (any n below 1.3e8).
 */
export function countInversions(values: Int32Array): number {
  const n = values.length;
  let from: Int32Array = values;
  let to: Int32Array = new Int32Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (from[i] <= from[j]) to[k++] = from[i++];
        else {
          inversions += mid - i;
          to[k++] = from[j++];
        }
      }
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    const t = from;
    from = to;
    to = t;
  }
  if (from !== values) values.set(from);
  return inversions;
}
