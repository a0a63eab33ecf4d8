// A deterministic, evenly spread sample of agent ids, for charts that cannot draw every agent as SVG.

/** Most points a scatter chart draws as SVG circles. */
export const MAX_SCATTER_POINTS = 2500;

/** Active ids 0, s, 2s, … with stride s = ceil(active / max), so at most `max` ids; all of them when few enough. */
export function sampleIds(active: ArrayLike<number>, count: number, max = MAX_SCATTER_POINTS): number[] {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) if (active[i]) ids.push(i);
  const stride = Math.ceil(ids.length / max);
  return stride <= 1 ? ids : ids.filter((_, k) => k % stride === 0);
}
