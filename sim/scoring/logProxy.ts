// The log-proxy score: log(1 + followers) graded on the shared curve — the null model of every Klout-like score.
import { z } from 'zod';
import { curveMap } from './curve.js';
import type { ScoringAlgorithm } from './types.js';

/**
 * `log-proxy`: log(1 + followers) through the shared 1–100 curve. An outside fit of real Klout scores
 * explained about 94 % of their variance with log followers alone; every other score is compared with it.
 */
export const logProxyScore: ScoringAlgorithm<object> = {
  name: 'log-proxy',
  description: 'log(1 + followers) graded on the shared 1–100 curve (the null model)',
  params: z.strictObject({}),
  windowDays: () => 0,
  compute({ agentCount: n, active, graph }, _params, _state, out) {
    const raw = new Float64Array(n);
    for (let i = 0; i < n; i++) raw[i] = Math.log1p(graph.inLen[i]);
    curveMap(raw, active, n, out);
  },
};
