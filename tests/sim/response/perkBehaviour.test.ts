// Tests of perk behaviour: holders post more; score seekers push below a live threshold and relax just above.
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../../sim/core/agentTypes.js';
import { setPerkEfforts } from '../../../sim/response/perkBehaviour.js';
import { agentsOfType, smallSimulation } from './responseFixture.js';

const RESPONSE = 'response: { perkPostBoost: 1.5, perkReach: 3, perkPush: 2.5, perkRelax: 0.8 }';

describe('setPerkEfforts', () => {
  it('holders post perkPostBoost times as much; without live thresholds nothing else changes', () => {
    const sim = smallSimulation(RESPONSE);
    const { agents: A, response: R } = sim.state;
    const [holder, plain] = agentsOfType(sim, AgentType.lurker);
    const [chaser] = agentsOfType(sim);
    A.perks[holder] = 0b0101;
    A.score[chaser] = 49;
    setPerkEfforts(sim.state, []);
    expect([R.postEffort[holder], R.reactEffort[holder]]).toEqual([1.5, 1]);
    expect([R.postEffort[plain], R.reactEffort[plain]]).toEqual([1, 1]);
    expect([R.postEffort[chaser], R.reactEffort[chaser]]).toEqual([1, 1]);
  });

  it('score seekers push within perkReach below a threshold and relax within perkReach above it', () => {
    const sim = smallSimulation(RESPONSE);
    const { agents: A, response: R } = sim.state;
    const chasers = agentsOfType(sim);
    const [lurker] = agentsOfType(sim, AgentType.lurker);
    const scores = [47, 49.5, 50, 51.9, 52, 20];
    scores.forEach((x, k) => (A.score[chasers[k]] = x));
    A.score[lurker] = 49;
    setPerkEfforts(sim.state, [35, 40, 50, 55]);
    const effort = scores.map((_, k) => [R.postEffort[chasers[k]], R.reactEffort[chasers[k]]]);
    expect(effort).toEqual([
      [2.5, 2.5], // 3 below 50: push
      [2.5, 2.5],
      [0.8, 0.8], // just reached 50: relax
      [0.8, 0.8],
      [2.5, 2.5], // 3 below 55: push for the next one
      [1, 1], // far from any threshold
    ].map((pair) => pair.map(Math.fround)));
    expect([R.postEffort[lurker], R.reactEffort[lurker]]).toEqual([1, 1]);
  });

  it('bunches chasers\' scores just above a threshold once perks are live', () => {
    const aboveShare = (perkPush: number, perkRelax: number) => {
      const sim = smallSimulation(
        `agents:\n  count: 1000\nscoring:\n  displayed: klout-2010\n  shadow: []\nenvironment:\n  perks: { active: true }\nresponse: { perkPush: ${perkPush}, perkRelax: ${perkRelax} }`,
        { ticks: 80 },
      );
      const A = sim.state.agents;
      let below = 0;
      let above = 0;
      for (let day = 1; day <= 80; day++) {
        sim.tick(1);
        if (day <= 20) continue;
        for (const i of agentsOfType(sim)) {
          const x = A.score[i];
          if (x >= 47 && x < 50) below++;
          else if (x >= 50 && x < 53) above++;
        }
      }
      return above / (above + below);
    };
    expect(aboveShare(3, 0.8)).toBeGreaterThan(aboveShare(1, 1) + 0.06);
  });
});
