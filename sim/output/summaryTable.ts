// The short table the command line prints after a run: each type's size, reach, activity, score and influence.
import { AGENT_TYPES } from '../core/agentTypes.js';
import type { SimState } from '../engine/state.js';
import { quantileSorted, sortedValues } from '../metrics/quantiles.js';
import type { SummaryTable } from '../run/types.js';
import { formatNumber } from './csv.js';

/** Per type: agents, median followers, posts per agent-day, median displayed score, share of true influence. */
export function summaryTable(state: SimState): SummaryTable {
  const { agents, graph } = state;
  const days = Math.max(1, state.tick);
  let totalInfluence = 0;
  for (let i = 0; i < agents.count; i++) totalInfluence += agents.trueInfluence[i];
  const rows: string[][] = [];
  AGENT_TYPES.forEach((name, t) => {
    const mask = new Uint8Array(agents.count);
    let members = 0;
    let posts = 0;
    let influence = 0;
    for (let i = 0; i < agents.count; i++) {
      if (agents.type[i] !== t || !agents.active[i]) continue;
      mask[i] = 1;
      members++;
      posts += agents.posts[i];
      influence += agents.trueInfluence[i];
    }
    if (members === 0) return;
    const round = (x: number, digits: number) => formatNumber(Number(x.toFixed(digits)));
    rows.push([
      name,
      String(members),
      round(quantileSorted(sortedValues(graph.inLen, agents.count, mask), 0.5), 1),
      round(posts / members / days, 2),
      round(quantileSorted(sortedValues(agents.score, agents.count, mask), 0.5), 1),
      `${round(totalInfluence > 0 ? (100 * influence) / totalInfluence : 0, 1)}%`,
    ]);
  });
  return {
    title: `${state.scenario.name}: ${agents.count} agents after ${state.tick} days (displayed score: ${state.scenario.scoring.displayed})`,
    columns: ['type', 'agents', 'median followers', 'posts/day', 'median score', 'true influence'],
    rows,
  };
}
