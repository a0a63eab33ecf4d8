// A growable pair of Int32Arrays holding the edges a generator makes, in the order it makes them.

/** Edges `src[i] → dst[i]` for i < length; the arrays grow by half when full, so re-read them after `push`. */
export class EdgeBuffer {
  src: Int32Array;
  dst: Int32Array;
  length = 0;

  /** @param capacity expected number of edges (default 1024); a good guess avoids copying. */
  constructor(capacity = 1024) {
    this.src = new Int32Array(Math.max(16, capacity));
    this.dst = new Int32Array(Math.max(16, capacity));
  }

  /** Appends the edge u → v. */
  push(u: number, v: number): void {
    if (this.length === this.src.length) this.grow();
    this.src[this.length] = u;
    this.dst[this.length++] = v;
  }

  /** The edges as exact-length arrays (copies only if the buffer has slack). */
  toArrays(): { src: Int32Array; dst: Int32Array } {
    if (this.length === this.src.length) return { src: this.src, dst: this.dst };
    return { src: this.src.slice(0, this.length), dst: this.dst.slice(0, this.length) };
  }

  private grow(): void {
    const capacity = Math.ceil(this.src.length * 1.5);
    const src = new Int32Array(capacity);
    const dst = new Int32Array(capacity);
    src.set(this.src);
    dst.set(this.dst);
    this.src = src;
    this.dst = dst;
  }
}
