// Day phase 7, scoring: the day's observable events go to the scoring service, which recomputes every score.
import type { DayLog } from '../../scoring/activityLog.js';
import type { SimState } from '../state.js';

/** Today's observable events as a day log: one author entry per post, and the reaction log. */
function dayLog(s: SimState): DayLog {
  const D = s.day;
  const posts = D.posts;
  const postAuthors = new Int32Array(posts.length);
  for (let q = 0; q < posts.length; q++) postAuthors[q] = posts.author(q);
  return {
    tick: s.tick + 1,
    postAuthors,
    reactionActors: D.reactionActor.toArray(),
    reactionTargets: D.reactionTarget.toArray(),
    reactionKinds: Uint8Array.from(D.reactionKind.data.subarray(0, D.reactionKind.length)),
  };
}

/** Hands the day's log to the scoring service and recomputes every active algorithm; agents see the displayed one. */
export function scorePhase(s: SimState): void {
  s.scoring.observe(dayLog(s), s.agents.count);
  s.scoring.compute(s.agents, s.graph, s.tick + 1, s.streams.scoring);
}
