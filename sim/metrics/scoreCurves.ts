// Two shapes of the score distribution: score against hours invested (levelling), and bunching just above perk thresholds.

/** Edges of the hours-invested bins, in hours: 0–1, 1–2, 2–5, … 2000–5000, 5000 and more. */
export const HOURS_BIN_EDGES: readonly number[] = Object.freeze([0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]);

/** Width of the bands compared around a perk threshold, in score points: [T − 3, T) against [T, T + 3). */
export const BUNCHING_WIDTH = 3;

/** One bin of the score-by-hours curve. */
export interface HoursBin {
  /** `lo-hi` in hours, `5000+` for the last. */
  label: string;
  agents: number;
  meanHours: number;
  meanScore: number;
}

/** The label of bin b of HOURS_BIN_EDGES. */
function binLabel(b: number): string {
  const lo = HOURS_BIN_EDGES[b];
  return b + 1 < HOURS_BIN_EDGES.length ? `${lo}-${HOURS_BIN_EDGES[b + 1]}` : `${lo}+`;
}

/**
 * The diminishing-returns curve: agents binned by hours invested (`hours[j]`, bins HOURS_BIN_EDGES, each
 * [lo, hi)), with the mean score and mean hours of each non-empty bin, in bin order. A concave curve —
 * each further hour buys less score — is what levelling in a game looks like.
 */
export function scoreByHours(score: ArrayLike<number>, hours: ArrayLike<number>): HoursBin[] {
  const bins = HOURS_BIN_EDGES.length;
  const agents = new Float64Array(bins);
  const hourSum = new Float64Array(bins);
  const scoreSum = new Float64Array(bins);
  for (let j = 0; j < score.length; j++) {
    let b = bins - 1;
    while (b > 0 && hours[j] < HOURS_BIN_EDGES[b]) b--;
    agents[b]++;
    hourSum[b] += hours[j];
    scoreSum[b] += score[j];
  }
  const out: HoursBin[] = [];
  for (let b = 0; b < bins; b++) {
    if (agents[b] > 0) out.push({ label: binLabel(b), agents: agents[b], meanHours: hourSum[b] / agents[b], meanScore: scoreSum[b] / agents[b] });
  }
  return out;
}

/**
 * Bunching just above each perk threshold T: the number of scores in [T, T + width) over the number in
 * [T − width, T). About 1 for a smooth distribution; well above 1 when people push just over the line.
 * NaN when nobody is in the band below.
 */
export function perkBunching(score: ArrayLike<number>, thresholds: readonly number[], width = BUNCHING_WIDTH): number[] {
  return thresholds.map((t) => {
    let above = 0;
    let below = 0;
    for (let j = 0; j < score.length; j++) {
      const s = score[j];
      if (s >= t && s < t + width) above++;
      else if (s >= t - width && s < t) below++;
    }
    return below === 0 ? NaN : above / below;
  });
}
