// Churn: an agent whose displayed score fell sharply may quit the network for good.
import { AgentType, AGENT_TYPE_COUNT } from '../core/agentTypes.js';
import type { SimState } from '../engine/state.js';

/**
 * For every active agent of `churnTypes` (default chaser, communityManager, farmer: the types who watch
 * their score), in id order: when its displayed score at `tick` is at least `churnDrop`
 * points (default 10) below its score `churnWindow` days earlier (default 14), it decides once, on the
 * first day the fall reaches that size, whether to quit: with probability `churnProbability` (default
 * 0.3) it becomes inactive (`agents.active[i] = 0`) — it no longer posts, reads, reacts, follows or is
 * followed, and scores give it 0. It decides again only after its fall has shrunk below churnDrop and
 * grown back. Counts quits in `response.churned`. Draws from the `response` stream.
 */
export function churnAfterDrops(s: SimState, tick: number): void {
  const { churnDrop, churnWindow, churnProbability, churnTypes } = s.scenario.response;
  const { agents: A, response: R } = s;
  const rng = s.streams.response;
  const { active, score, type } = A;
  const noticed = R.dropNoticed;
  const watches = new Uint8Array(AGENT_TYPE_COUNT);
  for (const name of churnTypes) watches[AgentType[name]] = 1;
  const history = R.scoreRing;
  const then = R.historyOffset(tick - churnWindow);
  for (let a = 0; a < A.count; a++) {
    if (active[a] === 0 || watches[type[a]] === 0) continue;
    if (history[then + a] - score[a] < churnDrop) {
      noticed[a] = 0;
      continue;
    }
    if (noticed[a] !== 0) continue;
    noticed[a] = 1;
    if (rng.next() < churnProbability) {
      active[a] = 0;
      R.churned++;
    }
  }
}
