// The scoring context of one day: observable signals with windows and reaction pairs built on demand and cached.
import type { AgentStore } from '../agents/agentStore.js';
import type { Rng } from '../core/rng.js';
import type { FollowGraph } from '../network/followGraph.js';
import type { ActivityLog, DayLog } from './activityLog.js';
import { reactionPairs, type ReactionPairs } from './reactionPairs.js';
import type { ScoringContext } from './types.js';
import type { WindowSums } from './windowSums.js';

/** A `ScoringContext` over the engine's state for one tick; pairs are built at most once per window length. */
export class DayContext implements ScoringContext {
  private readonly pairCache = new Map<number, ReactionPairs>();

  constructor(
    readonly tick: number,
    private readonly agents: AgentStore,
    readonly graph: FollowGraph,
    private readonly log: ActivityLog,
    private readonly windows: ReadonlyMap<number, WindowSums>,
    private readonly scores: ReadonlyMap<string, Float32Array>,
    readonly rng: Rng,
  ) {}

  get agentCount(): number {
    return this.agents.count;
  }
  get active(): Uint8Array {
    return this.agents.active;
  }
  get secondaryCount(): number {
    return this.agents.secondaryCount;
  }
  get present(): Uint8Array {
    return this.agents.present;
  }
  get linked(): Uint8Array {
    return this.agents.linked;
  }
  get secondaryAudience(): Float32Array {
    return this.agents.secondaryAudience;
  }
  get secondaryActivity(): Float32Array {
    return this.agents.secondaryActivity;
  }

  window(days: number) {
    const sums = this.windows.get(days);
    if (!sums) throw new Error(`no ${days}-day window is kept; declare it in the algorithm's windowDays`);
    return sums;
  }

  logs(days: number): readonly DayLog[] {
    return this.log.since(this.tick - days);
  }

  pairs(days: number): ReactionPairs {
    let pairs = this.pairCache.get(days);
    if (!pairs) this.pairCache.set(days, (pairs = reactionPairs(this.logs(days), this.agents.count)));
    return pairs;
  }

  previous(name: string): Float32Array | undefined {
    return this.scores.get(name);
  }
}
