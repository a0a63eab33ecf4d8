// Draws agents with probability ∝ (score + 1)^α: by score bin first, then by rejection within the bin.
import type { Rng } from '../core/rng.js';

/** Score bins: one per integer score 0..100. */
const BINS = 101;

/**
 * A sampler over the active agents' displayed scores, rebuilt once a day in O(n) by a counting sort into
 * integer score bins. A draw picks bin b with probability ∝ count(b)·(b + 2)^α, a uniform member of it,
 * and keeps it with probability ((score + 1)/(b + 2))^α, so agent i is drawn with probability exactly
 * ∝ (score_i + 1)^α while nearly every candidate is kept (a plain rejection sampler over all agents
 * keeps one in ten and misses the cache on each).
 */
export class ScoreSampler {
  private readonly start = new Int32Array(BINS + 1);
  private members = new Int32Array(0);
  private readonly cdfs = new Map<number, Float64Array>();

  constructor(
    private readonly score: Float32Array,
    active: Uint8Array,
    count: number,
  ) {
    const bin = (i: number) => Math.min(BINS - 1, Math.max(0, Math.floor(score[i])));
    const counts = new Int32Array(BINS);
    for (let i = 0; i < count; i++) if (active[i]) counts[bin(i)]++;
    for (let b = 0; b < BINS; b++) this.start[b + 1] = this.start[b] + counts[b];
    this.members = new Int32Array(this.start[BINS]);
    const next = this.start.slice(0, BINS);
    for (let i = 0; i < count; i++) if (active[i]) this.members[next[bin(i)]++] = i;
  }

  /** Number of agents that can be drawn. */
  get size(): number {
    return this.members.length;
  }

  /** An agent drawn with probability ∝ (score + 1)^α; -1 when there is none. */
  sample(alpha: number, rng: Rng): number {
    if (this.members.length === 0) return -1;
    const cdf = this.cdf(alpha);
    for (;;) {
      const x = rng.next() * cdf[BINS - 1];
      let b = 0;
      while (cdf[b] <= x && b < BINS - 1) b++;
      const lo = this.start[b];
      const size = this.start[b + 1] - lo;
      if (size === 0) continue;
      const i = this.members[lo + rng.int(size)];
      if (rng.next() < Math.pow((this.score[i] + 1) / (b + 2), alpha)) return i;
    }
  }

  private cdf(alpha: number): Float64Array {
    let cdf = this.cdfs.get(alpha);
    if (!cdf) {
      cdf = new Float64Array(BINS);
      let acc = 0;
      for (let b = 0; b < BINS; b++) {
        acc += (this.start[b + 1] - this.start[b]) * Math.pow(b + 2, alpha);
        cdf[b] = acc;
      }
      this.cdfs.set(alpha, cdf);
    }
    return cdf;
  }
}
