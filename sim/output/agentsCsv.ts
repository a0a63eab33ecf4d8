// Serialises the agents at the end of a run as agents.csv: one row per agent, one column per score.
import { AGENT_TYPES } from '../core/agentTypes.js';
import type { SimState } from '../engine/state.js';
import { toCsv } from './csv.js';

/** Columns of agents.csv before the score columns, with the value each takes for agent i. */
const COLUMNS: ReadonlyArray<readonly [string, (s: SimState, i: number) => number | string]> = [
  ['id', (_, i) => i],
  ['type', (s, i) => AGENT_TYPES[s.agents.type[i]]],
  ['active', (s, i) => s.agents.active[i]],
  ['followers', (s, i) => s.graph.inLen[i]],
  ['following', (s, i) => s.graph.outLen[i]],
  ['posts', (s, i) => s.agents.posts[i]],
  ['bait_posts', (s, i) => s.agents.baitPosts[i]],
  ['likes_received', (s, i) => s.agents.likesReceived[i]],
  ['replies_received', (s, i) => s.agents.repliesReceived[i]],
  ['shares_received', (s, i) => s.agents.sharesReceived[i]],
  ['mentions_received', (s, i) => s.agents.mentionsReceived[i]],
  ['reactions_given', (s, i) => s.agents.reactionsGiven[i]],
  ['conversations', (s, i) => s.agents.conversations[i]],
  ['exposures', (s, i) => s.agents.exposures[i]],
  ['true_influence', (s, i) => s.agents.trueInfluence[i]],
  ['online_conversions', (s, i) => s.agents.onlineConversions[i]],
  ['share_conversions', (s, i) => s.agents.shareConversions[i]],
  ['offline_conversions', (s, i) => s.agents.offlineConversions[i]],
  ['offline_influence', (s, i) => s.agents.offlineInfluence[i]],
  ['quality', (s, i) => s.agents.quality[i]],
  ['minutes_spent', (s, i) => s.agents.minutesSpent[i]],
  ['linked_networks', (s, i) => popcount(s.agents.linked[i])],
];

function popcount(bits: number): number {
  let c = 0;
  for (let m = bits; m; m &= m - 1) c++;
  return c;
}

/** agents.csv at the end of the run; `scores` maps an algorithm name to its per-agent scores (`score_<name>` columns). */
export function agentsCsv(state: SimState, scores: ReadonlyMap<string, ArrayLike<number>>): string {
  const names = [...scores.keys()];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < state.agents.count; i++) {
    const row: (string | number)[] = COLUMNS.map(([, value]) => value(state, i));
    for (const name of names) row.push(scores.get(name)![i]);
    rows.push(row);
  }
  return toCsv([...COLUMNS.map(([name]) => name), ...names.map((n) => `score_${n}`)], rows);
}
