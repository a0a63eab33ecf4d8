// The k agents with the highest score among candidates, ties broken by the lower id, in O(n log k).

/** True when agent a ranks above agent b: a higher score, or the same score and a lower id. */
function ranksAbove(score: Float32Array, a: number, b: number): boolean {
  return score[a] > score[b] || (score[a] === score[b] && a < b);
}

/**
 * The `k` best-ranked of `candidates` (higher score first, ties by lower id), returned in id order.
 * Keeps a heap of the k best so far whose root is the worst of them; O(n log k), no full sort.
 */
export function topByScore(candidates: Int32Array, score: Float32Array, k: number): Int32Array {
  if (k >= candidates.length) return candidates.slice().sort();
  const heap = new Int32Array(k);
  let size = 0;
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < size && ranksAbove(score, heap[worst], heap[l])) worst = l;
      if (r < size && ranksAbove(score, heap[worst], heap[r])) worst = r;
      if (worst === i) return;
      const t = heap[i];
      heap[i] = heap[worst];
      heap[worst] = t;
      i = worst;
    }
  };
  for (let j = 0; j < candidates.length; j++) {
    const c = candidates[j];
    if (size < k) {
      let i = size++;
      heap[i] = c;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!ranksAbove(score, heap[parent], heap[i])) break;
        const t = heap[i];
        heap[i] = heap[parent];
        heap[parent] = t;
        i = parent;
      }
    } else if (k > 0 && ranksAbove(score, c, heap[0])) {
      heap[0] = c;
      siftDown(0);
    }
  }
  return heap.subarray(0, size).sort();
}
