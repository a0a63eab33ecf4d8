// Tests that each tactic changes behaviour where it takes effect: posting, topics, follow-backs, reactions.
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../sim/engine/simulation.js';
import { POST_STRIDE } from '../../../sim/engine/postTable.js';
import { Tactic } from '../../../sim/response/tactics.js';
import { agentsOfType, smallSimulation } from './responseFixture.js';

/** A simulation whose chasers all use `tactic` and never learn another. */
function withTactic(tactic: number, yaml = ''): Simulation {
  const sim = smallSimulation(`response:\n  learning: false\n${yaml}`);
  for (const i of agentsOfType(sim)) sim.state.agents.tactic[i] = tactic;
  return sim;
}

const sum = (ids: number[], values: ArrayLike<number>) => ids.reduce((total, i) => total + values[i], 0);

/** Today's reactions by chasers: for each, its actor and target. */
function chaserReactions(sim: Simulation): Array<[number, number]> {
  const D = sim.state.day;
  const chasers = new Set(agentsOfType(sim));
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < D.reactionActor.length; k++) {
    const actor = D.reactionActor.data[k];
    if (chasers.has(actor)) pairs.push([actor, D.reactionTarget.data[k]]);
  }
  return pairs;
}

describe('tactics', () => {
  it('postMore: chasers post about postMoreFactor times as much', () => {
    const plain = withTactic(Tactic.none).tick(10);
    const more = withTactic(Tactic.postMore).tick(10);
    const chasers = agentsOfType(plain);
    const ratio = sum(chasers, more.state.agents.posts) / sum(chasers, plain.state.agents.posts);
    expect(ratio).toBeGreaterThan(1.6);
    expect(ratio).toBeLessThan(2.4);
  });

  it('focusTopic: every post is on the author\'s primary topic', () => {
    const sim = withTactic(Tactic.focusTopic).tick(1);
    const { agents: A, day: D } = sim.state;
    let checked = 0;
    for (const i of agentsOfType(sim)) {
      for (let q = D.postStart[i]; q < D.postStart[i + 1]; q++) {
        expect(D.posts.ints[q * POST_STRIDE + 1] & 255).toBe(A.primaryTopic[i]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('followBack: chasers who never follow back on their own follow back every new follower', () => {
    const noOwnFollows = 'agents:\n  count: 400\n  types:\n    chaser: { followBack: 0, followPerDay: 0, unfollowPerDay: 0 }\nbehaviour: { discoveryFollow: 0 }';
    const outDegree = (sim: Simulation) => sum(agentsOfType(sim), sim.state.graph.outLen);
    const plain = withTactic(Tactic.none, noOwnFollows);
    const before = outDegree(plain);
    expect(outDegree(plain.tick(10))).toBe(before);
    const back = withTactic(Tactic.followBack, noOwnFollows);
    expect(outDegree(back.tick(10))).toBeGreaterThan(before);
  });

  it('engageHighScorers: chasers\' reactions go to higher-scoring authors', () => {
    const meanTargetScore = (sim: Simulation) => {
      let total = 0;
      let count = 0;
      for (let day = 0; day < 5; day++) {
        sim.tick(1);
        for (const [, target] of chaserReactions(sim)) {
          total += sim.state.agents.score[target];
          count++;
        }
      }
      return total / count;
    };
    expect(meanTargetScore(withTactic(Tactic.engageHighScorers))).toBeGreaterThan(meanTargetScore(withTactic(Tactic.none)) + 5);
  });

  it('reciprocityRings: a reaction to a ring member makes the reactor its last reactor', () => {
    const sim = withTactic(Tactic.reciprocityRings).tick(1);
    const { day: D, response: R } = sim.state;
    const pairs = new Set<string>();
    for (let k = 0; k < D.reactionActor.length; k++) pairs.add(`${D.reactionActor.data[k]}>${D.reactionTarget.data[k]}`);
    const remembered = agentsOfType(sim).filter((i) => R.lastReactor[i] >= 0);
    expect(remembered.length).toBeGreaterThan(3);
    for (const i of remembered) expect(pairs.has(`${R.lastReactor[i]}>${i}`)).toBe(true);
    for (const i of agentsOfType(sim, 0)) expect(R.lastReactor[i]).toBe(-1);
  });

  it('reciprocityRings: ring members react preferentially to their last reactor', () => {
    const shareToLastReactor = (ringBoost: number) => {
      const sim = withTactic(Tactic.reciprocityRings, `  ringBoost: ${ringBoost}`).tick(3);
      let back = 0;
      let all = 0;
      for (let day = 0; day < 6; day++) {
        const last = sim.state.response.lastReactor.slice();
        sim.tick(1);
        for (const [actor, target] of chaserReactions(sim)) {
          all++;
          if (target === last[actor]) back++;
        }
      }
      return back / all;
    };
    expect(shareToLastReactor(20)).toBeGreaterThan(1.5 * shareToLastReactor(1));
  });
});
