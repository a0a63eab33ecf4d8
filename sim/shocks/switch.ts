// Shock kind `switch`: the displayed score changes algorithm overnight (Klout, 26 Oct 2011), optionally rewriting its history.
import { z } from 'zod';
import type { ShockKind } from './types.js';

/** Options of `switch`. */
export const switchOptions = z.strictObject({
  to: z
    .string()
    .min(1)
    .describe('The algorithm agents see from this tick on; one of the run\'s algorithms (scoring.displayed or scoring.shadow).'),
  recomputeHistory: z
    .boolean()
    .optional()
    .describe('Replace the displayed score\'s recorded history (score and score-median rows before this tick) with the new algorithm\'s, as Klout did; default the algorithm\'s scoring.params.<to>.recomputeHistory when it has one, else false.'),
});

/** Whether a switch to `to` recomputes history: the option when given, else the algorithm's own `recomputeHistory` parameter, else false. */
export function switchRecomputesHistory(
  options: { to: string; recomputeHistory?: boolean },
  params: Readonly<Record<string, object>>,
): boolean {
  if (options.recomputeHistory !== undefined) return options.recomputeHistory;
  const own = (params[options.to] as { recomputeHistory?: unknown } | undefined)?.recomputeHistory;
  return own === true;
}

/**
 * `switch`: from this tick agents see the new algorithm's scores — the ones it computed as a shadow last
 * night are copied into `agents.score` at once, and the scoring service publishes it from now on
 * (`state.scoring.displayed`; `state.scenario.scoring.displayed` stays the algorithm the run started
 * with, which together with `scoring.shadow` fixes the algorithms computed). The effect says whether history is recomputed; the
 * metrics recorder then rewrites the past `score` rows (see `MetricsRecorder.recordEvent`).
 */
export const switchShock: ShockKind<typeof switchOptions> = {
  name: 'switch',
  description: 'Switches the displayed algorithm; with recomputeHistory the displayed score\'s past is rewritten as the new algorithm\'s.',
  options: switchOptions,
  apply(state, options) {
    const { scoring, agents } = state;
    const from = scoring.displayed;
    scoring.switchDisplayed(options.to);
    const scores = scoring.scores.get(options.to);
    if (scores) {
      const n = Math.min(agents.count, scores.length);
      agents.score.set(scores.subarray(0, n));
      agents.score.fill(0, n, agents.count);
    }
    return { from, to: options.to, recomputeHistory: switchRecomputesHistory(options, state.scenario.scoring.params) };
  },
};
