// Score seekers learn which tactic raises their displayed score (softmax over value estimates) and copy the successful.
import type { SimState } from '../engine/state.js';
import { Tactic, TACTIC_COUNT } from './tactics.js';

/** A copier looks at up to this many random score seekers for one whose score rose more than its own. */
export const COPY_TRIES = 8;

/**
 * Samples a tactic from softmax(Q / temperature) over one agent's row of estimates, with one uniform
 * draw `u`. The largest estimate is subtracted first, so large Q never overflow `exp`. `weights` is
 * scratch space of TACTIC_COUNT entries (pass one to reuse it across calls; default a new one).
 */
export function softmaxTactic(
  q: Float32Array,
  row: number,
  temperature: number,
  u: number,
  weights: Float64Array = new Float64Array(TACTIC_COUNT),
): number {
  const base = row * TACTIC_COUNT;
  let best = -Infinity;
  for (let k = 0; k < TACTIC_COUNT; k++) best = Math.max(best, q[base + k]);
  let total = 0;
  for (let k = 0; k < TACTIC_COUNT; k++) total += weights[k] = Math.exp((q[base + k] - best) / temperature);
  let target = u * total;
  for (let k = 0; k < TACTIC_COUNT - 1; k++) {
    target -= weights[k];
    if (target < 0) return k;
  }
  return TACTIC_COUNT - 1;
}

/**
 * Runs after the day's scores are published (`tick` is the day just scored; the score history still
 * holds yesterday). For every active score seeker (its type's scoreSeeking > 0), in id order:
 *
 * 1. Q[today's tactic] += learningRate × (today's change of its displayed score − Q).
 * 2. Tomorrow's tactic: with probability copyRate it copies the current tactic of a random score seeker
 *    whose score rose more over the last copyWindow days (up to COPY_TRIES random picks); otherwise, or
 *    when none of those did better, it samples softmax(Q / temperature).
 *
 * Every choice is made from today's tactics and only then applied, so the order of agents never
 * matters to what is copied. Choosing linkNetworks links every secondary network the agent is present
 * on, for good. Does nothing when `response.learning` is false. Draws from the `response` stream.
 */
export function learnTactics(s: SimState, tick: number): void {
  const params = s.scenario.response;
  if (!params.learning) return;
  const { agents: A, tables: T, response: R } = s;
  const rng = s.streams.response;
  const n = A.count;
  const { active, type, score, tactic } = A;
  let seekerCount = 0;
  for (let a = 0; a < n; a++) if (active[a] !== 0 && T.scoreSeeking[type[a]] > 0) seekerCount++;
  if (seekerCount === 0) return;
  const seekers = new Int32Array(seekerCount);
  const windowGain = new Float32Array(seekerCount);
  const next = new Uint8Array(seekerCount);
  const history = R.scoreRing;
  const windowStart = R.historyOffset(tick - params.copyWindow);
  const yesterday = R.historyOffset(tick - 1);
  let m = 0;
  for (let a = 0; a < n; a++) {
    if (active[a] === 0 || T.scoreSeeking[type[a]] <= 0) continue;
    seekers[m] = a;
    windowGain[m] = score[a] - history[windowStart + a];
    const today = score[a] - history[yesterday + a];
    const cell = a * TACTIC_COUNT + tactic[a];
    R.q[cell] += params.learningRate * (today - R.q[cell]);
    m++;
  }
  const weights = new Float64Array(TACTIC_COUNT);
  for (let i = 0; i < seekerCount; i++) {
    let chosen = -1;
    if (rng.next() < params.copyRate) {
      for (let attempt = 0; attempt < COPY_TRIES && chosen < 0; attempt++) {
        const j = rng.int(seekerCount);
        if (j !== i && windowGain[j] > windowGain[i]) chosen = tactic[seekers[j]];
      }
    }
    if (chosen < 0) chosen = softmaxTactic(R.q, seekers[i], params.temperature, rng.next(), weights);
    next[i] = chosen;
  }
  for (let i = 0; i < seekerCount; i++) {
    const a = seekers[i];
    tactic[a] = next[i];
    if (next[i] === Tactic.linkNetworks) A.linked[a] |= A.present[a];
  }
}
