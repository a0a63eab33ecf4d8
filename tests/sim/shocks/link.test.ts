// Tests of the link shock: a share of a group present on a secondary network links it to the scoring service.
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../../sim/core/agentTypes.js';
import { Simulation } from '../../../sim/engine/simulation.js';
import { timelineScenario } from './timelineScenario.js';

const FACEBOOK = 1; // bit of secondaryNetworks[0]

describe('link shock', () => {
  it('links every active lurker present on the network when share is 1', () => {
    const sim = Simulation.create(timelineScenario('shocks:', '  - { at: 2, link: { network: facebook, types: [lurker] } }'), { seed: 5 }).tick(1);
    const { agents } = sim.state;
    const unlinkedBefore = [...Array(agents.count).keys()].filter(
      (i) => agents.type[i] === AgentType.lurker && agents.active[i] && agents.present[i] & FACEBOOK && !(agents.linked[i] & FACEBOOK),
    );
    expect(unlinkedBefore.length).toBeGreaterThan(0);
    sim.tick(1);
    expect(unlinkedBefore.every((i) => sim.state.agents.linked[i] & FACEBOOK)).toBe(true);
    expect(sim.state.events[0].effect).toEqual({ network: 'facebook', candidates: unlinkedBefore.length, linked: unlinkedBefore.length });
  });

  it('links about that share of the group otherwise, the same ones for the same seed', () => {
    const scenario = timelineScenario('shocks:', '  - { at: 2, link: { network: facebook, share: 0.5 } }');
    const a = Simulation.create(scenario, { seed: 5 }).tick(2).state.events[0].effect;
    const b = Simulation.create(scenario, { seed: 5 }).tick(2).state.events[0].effect;
    expect(b).toEqual(a);
    const ratio = Number(a.linked) / Number(a.candidates);
    expect(ratio).toBeGreaterThan(0.35);
    expect(ratio).toBeLessThan(0.65);
  });
});
