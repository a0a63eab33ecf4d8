// Tests of the arms' scenarios: grid values set at their paths, and every invalid path or value located in the sweep file.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../sim/scenario/load.js';
import { sweepArms } from '../../../sim/sweep/arms.js';
import { GridPathError, loadArmScenarios, setScenarioPath } from '../../../sim/sweep/armScenario.js';
import { loadSweep } from '../../../sim/sweep/loadSweep.js';
import { issueLines, yaml } from './sweepIssues.js';

const BASE = loadScenario(yaml('name: tiny', 'ticks: 10', 'agents:', '  count: 100', 'behaviour:', '  conversion: 0.01'), 'tiny.yaml');

function armsOf(sweepSource: string) {
  const sweep = loadSweep(sweepSource, 'sweep.yaml');
  return loadArmScenarios(sweep, BASE, sweepArms(sweep.grid));
}

describe('setScenarioPath', () => {
  it('sets a nested field, creating the mappings on the way, without changing the input', () => {
    const written = { agents: { count: 100 } };
    const result = setScenarioPath(written, BASE.resolved, 'agents.types.chaser.scoreSeeking', 2);
    expect(result).toEqual({ agents: { count: 100, types: { chaser: { scoreSeeking: 2 } } } });
    expect(written).toEqual({ agents: { count: 100 } });
  });

  it('copies a list from the resolved scenario before changing one item of it', () => {
    const result = setScenarioPath({}, BASE.resolved, 'secondaryNetworks[1].presence', 0.9);
    expect(result.secondaryNetworks).toEqual([BASE.resolved.secondaryNetworks[0], { ...BASE.resolved.secondaryNetworks[1], presence: 0.9 }]);
  });

  it('refuses a path through a number or past the end of a list', () => {
    expect(() => setScenarioPath({ ticks: 10 }, BASE.resolved, 'ticks.days', 1)).toThrow(new GridPathError('ticks is 10, not a mapping or a list'));
    expect(() => setScenarioPath({}, BASE.resolved, 'secondaryNetworks[5].presence', 1)).toThrow('secondaryNetworks[5] is past the end of the list (2 entries)');
    expect(() => setScenarioPath({}, BASE.resolved, 'agents[0]', 1)).toThrow('agents[0] indexes a list, but agents is a mapping');
  });
});

describe('loadArmScenarios', () => {
  it('builds every arm from the base with its values, the rest of the base unchanged', () => {
    const arms = armsOf(yaml('base: tiny.yaml', 'grid:', '  agents.types.chaser.scoreSeeking: [0.5, 2]', '  ticks: [5]'));
    expect(arms.map((a) => a.resolved.agents.types.chaser.scoreSeeking)).toEqual([0.5, 2]);
    expect(arms.map((a) => a.resolved.ticks)).toEqual([5, 5]);
    expect(arms[1].resolved.behaviour.conversion).toBe(0.01);
    expect(arms[1].resolved.agents.types.engager).toEqual(BASE.resolved.agents.types.engager);
  });

  it('places a bad value at its item in the grid list and an unknown field at its grid key', () => {
    const lines = issueLines(() =>
      armsOf(yaml('base: tiny.yaml', 'grid:', '  behaviour.conversion: [0.1, 1.5]', '  agents.types.chaser.scoreSeking: { from: 0, to: 1, step: 1 }')),
    );
    expect(lines).toEqual([
      'sweep.yaml:3:31: grid.behaviour.conversion[1]: must be at most 1 (got 1.5)',
      'sweep.yaml:4:3: grid.agents.types.chaser.scoreSeking: unknown key "scoreSeking"; did you mean "scoreSeeking"? Valid keys: postsPerDay, baitShare, readsPerDay, minutesPerDay, react, reactionMix, replyBack, scoreSeeking, quality, topics, offlineInfluence, followPerDay, followBack, unfollowPerDay, linkNetworks',
    ]);
  });

  it('reports a problem no single grid path explains once, at grid, naming an arm', () => {
    const lines = issueLines(() => armsOf(yaml('base: tiny.yaml', 'grid:', '  network.generator: [edge-list]', '  ticks: [5, 6]')));
    expect(lines).toEqual([
      'sweep.yaml:2:1: grid: in arm generator=edge-list ticks=5 (and 1 more): network.file: required by generator "edge-list": the edge list CSV (source,target per line), relative to the scenario file',
    ]);
  });
});
