// A growable Int32Array column for per-day buffers (reactions, share queues) that are reused every tick.

/** An Int32Array that grows geometrically; `length` is the used part. */
export class GrowableInt32 {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  /** Appends a value. */
  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }
  /** Empties the buffer, keeping its memory. */
  clear(): void {
    this.length = 0;
  }
  /** A copy of the used part. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
  private grow(): void {
    const next = new Int32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}
