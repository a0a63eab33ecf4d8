// A hand-built ScoringContext for scoring tests: given day logs, follows, inactive agents and secondary networks.
import { Rng } from '../../../sim/core/rng.js';
import { FollowGraph } from '../../../sim/network/followGraph.js';
import type { DayLog } from '../../../sim/scoring/activityLog.js';
import { reactionPairs, type ReactionPairs } from '../../../sim/scoring/reactionPairs.js';
import type { ScoringContext } from '../../../sim/scoring/types.js';
import { WindowSums } from '../../../sim/scoring/windowSums.js';

/** One day's events as counts: posts as [author, count], reactions as [actor, target, count] (likes). */
export interface DayEvents {
  posts?: ReadonlyArray<readonly [number, number]>;
  reactions?: ReadonlyArray<readonly [number, number, number]>;
}

/** A day log from counts; events are listed in the order given. */
export function dayLog(tick: number, events: DayEvents): DayLog {
  const authors: number[] = [];
  const actors: number[] = [];
  const targets: number[] = [];
  for (const [author, count] of events.posts ?? []) for (let k = 0; k < count; k++) authors.push(author);
  for (const [actor, target, count] of events.reactions ?? []) {
    for (let k = 0; k < count; k++) {
      actors.push(actor);
      targets.push(target);
    }
  }
  return {
    tick,
    postAuthors: Int32Array.from(authors),
    reactionActors: Int32Array.from(actors),
    reactionTargets: Int32Array.from(targets),
    reactionKinds: new Uint8Array(actors.length),
  };
}

/** What a fixture holds; everything but `agents` is optional (no events, no follows, all active). */
export interface FixtureInput {
  agents: number;
  /** Day logs, oldest first; the context's tick is the last one's (1 without logs). */
  days?: readonly DayLog[];
  /** Follows u → v. */
  follows?: ReadonlyArray<readonly [number, number]>;
  inactive?: readonly number[];
  /** Linked secondary networks as [agent, network, audience, activity]; each is present and linked. */
  secondary?: ReadonlyArray<readonly [number, number, number, number]>;
  /** Yesterday's scores by algorithm name. */
  previous?: ReadonlyMap<string, Float32Array>;
}

/** A ScoringContext over fixed inputs; windows and pairs are summed from the day logs on demand. */
export class FixtureContext implements ScoringContext {
  readonly tick: number;
  readonly agentCount: number;
  readonly active: Uint8Array;
  readonly graph: FollowGraph;
  readonly secondaryCount = 2;
  readonly present: Uint8Array;
  readonly linked: Uint8Array;
  readonly secondaryAudience: Float32Array;
  readonly secondaryActivity: Float32Array;
  readonly rng = Rng.fromSeed('fixture');
  private readonly days: readonly DayLog[];

  constructor(private readonly input: FixtureInput) {
    const n = input.agents;
    this.agentCount = n;
    this.days = input.days ?? [];
    this.tick = this.days.at(-1)?.tick ?? 1;
    this.active = new Uint8Array(n).fill(1);
    for (const i of input.inactive ?? []) this.active[i] = 0;
    const follows = input.follows ?? [];
    this.graph = FollowGraph.fromEdges(n, Int32Array.from(follows, (e) => e[0]), Int32Array.from(follows, (e) => e[1]));
    this.present = new Uint8Array(n);
    this.linked = new Uint8Array(n);
    this.secondaryAudience = new Float32Array(n * this.secondaryCount);
    this.secondaryActivity = new Float32Array(n * this.secondaryCount);
    for (const [agent, network, audience, activity] of input.secondary ?? []) {
      this.present[agent] |= 1 << network;
      this.linked[agent] |= 1 << network;
      this.secondaryAudience[agent * this.secondaryCount + network] = audience;
      this.secondaryActivity[agent * this.secondaryCount + network] = activity;
    }
  }

  logs(days: number): readonly DayLog[] {
    return this.days.filter((d) => d.tick > this.tick - days);
  }

  window(days: number): WindowSums {
    const sums = new WindowSums(days, this.agentCount);
    for (const d of this.logs(days)) sums.add(d);
    return sums;
  }

  pairs(days: number): ReactionPairs {
    return reactionPairs(this.logs(days), this.agentCount);
  }

  previous(name: string): Float32Array | undefined {
    return this.input.previous?.get(name);
  }
}
