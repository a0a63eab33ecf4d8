// Tests of reactionPairs: distinct (reactor, target) pairs with counts, grouped by target, against a plain Map model.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import { reactionPairs } from '../../../sim/scoring/reactionPairs.js';
import { dayLog } from './fixtureContext.js';

describe('reactionPairs', () => {
  it('aggregates repeats by pair, groups by target and keeps each reactor\'s first-reaction order', () => {
    const days = [
      dayLog(1, { reactions: [[3, 0, 2], [1, 0, 1], [2, 4, 1]] }),
      dayLog(2, { reactions: [[1, 0, 1], [0, 4, 5], [2, 0, 1]] }),
    ];
    const pairs = reactionPairs(days, 5);
    expect([...pairs.start]).toEqual([0, 3, 3, 3, 3, 5]);
    expect([...pairs.actor]).toEqual([3, 1, 2, 2, 0]);
    expect([...pairs.count]).toEqual([2, 2, 1, 1, 5]);
    expect([...pairs.uniqueReactors]).toEqual([3, 0, 0, 0, 2]);
  });

  it('matches a Map of pair counts on random days with many repeats', () => {
    const rng = Rng.fromSeed(3);
    const agents = 40;
    const days = Array.from({ length: 5 }, (_, t) =>
      dayLog(t + 1, { reactions: Array.from({ length: 300 }, () => [rng.int(agents), rng.int(8), 1 + rng.int(3)] as [number, number, number]) }));
    const model = new Map<number, Map<number, number>>();
    for (const d of days) {
      d.reactionTargets.forEach((target, k) => {
        const reactors = model.get(target) ?? new Map<number, number>();
        model.set(target, reactors);
        reactors.set(d.reactionActors[k], (reactors.get(d.reactionActors[k]) ?? 0) + 1);
      });
    }
    const pairs = reactionPairs(days, agents);
    for (let i = 0; i < agents; i++) {
      const reactors = model.get(i) ?? new Map<number, number>();
      const built = new Map<number, number>();
      for (let k = pairs.start[i]; k < pairs.start[i + 1]; k++) built.set(pairs.actor[k], pairs.count[k]);
      expect(built).toEqual(reactors);
      expect(pairs.uniqueReactors[i]).toBe(reactors.size);
    }
    expect(pairs.actor.length).toBe(pairs.start[agents]);
  });
});
