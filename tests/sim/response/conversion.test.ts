// Tests of engager conversion: off by default; on, engagers under perk or hiring pressure become chasers.
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../../sim/core/agentTypes.js';
import { convertEngagers } from '../../../sim/response/conversion.js';
import { agentsOfType, smallSimulation } from './responseFixture.js';

describe('convertEngagers', () => {
  it('is off by default: engagers stay engagers even when everyone holds a perk', () => {
    const sim = smallSimulation();
    const A = sim.state.agents;
    A.perks.fill(1);
    const engagers = agentsOfType(sim, AgentType.engager);
    convertEngagers(sim.state);
    expect(agentsOfType(sim, AgentType.engager)).toEqual(engagers);
    const running = smallSimulation('environment:\n  perks: { active: true, thresholds: [1] }').tick(5);
    expect(agentsOfType(running, AgentType.engager).length).toBe(engagers.length);
    expect(running.state.response.converted).toBe(0);
  });

  it('with engagerConversion 1, turns every engager whose followees all hold perks into a chaser', () => {
    const sim = smallSimulation('response: { engagerConversion: 1 }');
    const { agents: A, graph: G } = sim.state;
    A.perks.fill(1);
    const engagers = agentsOfType(sim, AgentType.engager);
    const withFollowees = engagers.filter((i) => G.outLen[i] > 0);
    convertEngagers(sim.state);
    for (const i of withFollowees) expect(A.type[i]).toBe(AgentType.chaser);
    expect(sim.state.response.converted).toBe(withFollowees.length);
  });

  it('counts hires as pressure too, and converts nobody without any pressure', () => {
    const sim = smallSimulation('response: { engagerConversion: 1 }');
    const A = sim.state.agents;
    const engagers = agentsOfType(sim, AgentType.engager);
    convertEngagers(sim.state);
    expect(agentsOfType(sim, AgentType.engager)).toEqual(engagers);
    A.hiredTick.fill(3);
    convertEngagers(sim.state);
    expect(agentsOfType(sim, AgentType.engager).length).toBeLessThan(engagers.length / 10);
  });

  it('converts in proportion to engagerConversion × the share of followees under pressure', () => {
    const sim = smallSimulation('agents:\n  count: 3000\nresponse: { engagerConversion: 0.5 }');
    const A = sim.state.agents;
    for (let i = 0; i < A.count; i++) A.perks[i] = i % 2; // about half of anyone's followees
    const engagers = agentsOfType(sim, AgentType.engager).filter((i) => sim.state.graph.outLen[i] > 0);
    convertEngagers(sim.state);
    const share = engagers.filter((i) => A.type[i] === AgentType.chaser).length / engagers.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.35);
  });
});
