// Today's posts as fixed-size records in one buffer, so reading a post touches one cache line, not six arrays.

/** Words per post record: author, topic and bait flag, quality, author's score, score-seeking weight. */
export const POST_STRIDE = 5;
const STRIDE = POST_STRIDE;

/**
 * A growable table of today's posts. Record q lives at words 5q..5q+4 of one ArrayBuffer, viewed as
 * `ints` (author at 5q, topic | bait << 8 at 5q+1) and `floats` (quality at 5q+2, the author's displayed
 * score when posting at 5q+3, and (score/50)^α for the chasers' α at 5q+4, so score seekers reading it
 * need no power per read). Reads per post are counted in `reads`. The interleaved layout exists for
 * the reading loop: a read looks at every field of a random post of the day.
 */
export class PostTable {
  ints: Int32Array;
  floats: Float32Array;
  reads: Int32Array;
  /** Number of posts today. */
  length = 0;

  constructor(capacity = 1024) {
    this.ints = new Int32Array(capacity * STRIDE);
    this.floats = new Float32Array(this.ints.buffer);
    this.reads = new Int32Array(capacity);
  }

  /** Appends a post and returns its index. */
  push(author: number, topic: number, bait: boolean, quality: number, authorScore: number, seekWeight: number): number {
    const q = this.length;
    if (q === this.reads.length) this.grow();
    const o = q * STRIDE;
    this.ints[o] = author;
    this.ints[o + 1] = topic | (bait ? 256 : 0);
    this.floats[o + 2] = quality;
    this.floats[o + 3] = authorScore;
    this.floats[o + 4] = seekWeight;
    this.reads[q] = 0;
    this.length = q + 1;
    return q;
  }

  /** Author of post q. */
  author(q: number): number {
    return this.ints[q * STRIDE];
  }

  /** Empties the table, keeping its memory. */
  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const capacity = this.reads.length * 2;
    const ints = new Int32Array(capacity * STRIDE);
    ints.set(this.ints);
    this.ints = ints;
    this.floats = new Float32Array(ints.buffer);
    const reads = new Int32Array(capacity);
    reads.set(this.reads);
    this.reads = reads;
  }
}
