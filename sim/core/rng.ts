// The seeded random generator every part of the engine draws from: seedrandom's Alea, forkable and serialisable.
import seedrandom from 'seedrandom';

/** Internal state of an Alea generator, as seedrandom reports it. */
export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** A generator's serialisable state: its seed path and its Alea state. JSON-safe. */
export interface RngState {
  seed: string;
  alea: AleaState;
}

type AleaPrng = seedrandom.PRNG & { state(): AleaState };

/**
 * A seeded random generator. Create one where a run starts (`Rng.fromSeed(7)`), pass it explicitly,
 * and give each consumer its own named stream with `fork(name)`: a fork's draws depend only on the
 * root seed and the fork's name, never on how many draws other streams have made.
 */
export class Rng {
  readonly seed: string;
  private readonly prng: AleaPrng;

  private constructor(seed: string, state?: AleaState) {
    this.seed = seed;
    this.prng = (state
      ? seedrandom.alea('', { state })
      : seedrandom.alea(seed, { state: true })) as AleaPrng;
  }

  /** A root generator for a run. Numeric and string seeds are both accepted; `7` and `"7"` are the same. */
  static fromSeed(seed: number | string): Rng {
    return new Rng(`scorechase:${seed}`);
  }

  /** Rebuilds a generator from `state()`; it continues exactly where the original stood. */
  static fromState(state: RngState): Rng {
    return new Rng(state.seed, { ...state.alea });
  }

  /** An independent named sub-stream, e.g. `rng.fork("network")`. */
  fork(name: string): Rng {
    return new Rng(`${this.seed}/${name}`);
  }

  /** The generator's current state, a plain JSON-safe object. */
  state(): RngState {
    return { seed: this.seed, alea: this.prng.state() };
  }

  /** A uniform float in [0, 1) with 32 bits of randomness. */
  next(): number {
    return this.prng();
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.prng() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.prng() < p;
  }

  /** A uniform float in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.prng();
  }

  /** A standard normal deviate (Box–Muller, one value per call so the stream stays simple to checkpoint). */
  normal(mean = 0, sd = 1): number {
    let u = this.prng();
    while (u === 0) u = this.prng();
    const v = this.prng();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal deviate with the given log-mean and log-sd. */
  logNormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  /** An exponential deviate with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.prng());
  }

  /**
   * A Poisson deviate with mean lambda: Knuth's product method below 30, a rounded normal above
   * (lambda that large only sets bot and celebrity posting volumes, where the approximation is harmless).
   */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda >= 30) return Math.max(0, Math.round(this.normal(lambda, Math.sqrt(lambda))));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.prng();
    while (p > limit) {
      k++;
      p *= this.prng();
    }
    return k;
  }

  /** A Beta(a, b) deviate via two Gamma draws (Marsaglia–Tsang). */
  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x / (x + y);
  }

  /** A Gamma(shape, 1) deviate (Marsaglia–Tsang, with the boost for shape < 1). */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * Math.pow(this.prng() || 1e-300, 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.prng();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Shuffles an array or typed array in place (Fisher–Yates) and returns it. */
  shuffle<T extends { length: number; [i: number]: unknown }>(items: T): T {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.prng() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }
}
