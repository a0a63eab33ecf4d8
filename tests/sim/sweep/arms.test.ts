// Tests of sweepArms: every combination in nested-loop order, with short unique labels.
import { describe, expect, it } from 'vitest';
import { shortNames, sweepArms } from '../../../sim/sweep/arms.js';

describe('sweepArms', () => {
  it('varies the last grid entry fastest and labels each arm by the paths\' short names', () => {
    const arms = sweepArms([
      { path: 'agents.types.chaser.scoreSeeking', values: [0.5, 1.5], range: false },
      { path: 'behaviour.credibilityGamma', values: [0, 0.2, 0.4], range: true },
    ]);
    expect(arms.map((a) => a.label)).toEqual([
      'scoreSeeking=0.5 credibilityGamma=0',
      'scoreSeeking=0.5 credibilityGamma=0.2',
      'scoreSeeking=0.5 credibilityGamma=0.4',
      'scoreSeeking=1.5 credibilityGamma=0',
      'scoreSeeking=1.5 credibilityGamma=0.2',
      'scoreSeeking=1.5 credibilityGamma=0.4',
    ]);
    expect(arms[4]).toEqual({
      index: 4,
      label: 'scoreSeeking=1.5 credibilityGamma=0.2',
      params: [
        { path: 'agents.types.chaser.scoreSeeking', value: 1.5 },
        { path: 'behaviour.credibilityGamma', value: 0.2 },
      ],
      valueIndices: [1, 1],
    });
  });

  it('gives an empty grid one arm called base', () => {
    expect(sweepArms([])).toEqual([{ index: 0, label: 'base', params: [], valueIndices: [] }]);
  });

  it('labels lists and mappings as JSON and strings as they are', () => {
    const arms = sweepArms([
      { path: 'scoring.shadow', values: [['followers'], ['followers', 'kred']], range: false },
      { path: 'scoring.displayed', values: ['kred'], range: false },
    ]);
    expect(arms.map((a) => a.label)).toEqual(['shadow=["followers"] displayed=kred', 'shadow=["followers","kred"] displayed=kred']);
  });
});

describe('shortNames', () => {
  it('uses the last segment unless another path ends the same way', () => {
    expect(shortNames(['agents.types.chaser.react', 'agents.types.engager.react', 'behaviour.conversion'])).toEqual([
      'chaser.react',
      'engager.react',
      'conversion',
    ]);
  });

  it('keeps a whole path when no shorter ending is unique', () => {
    expect(shortNames(['a.b', 'x.a.b'])).toEqual(['a.b', 'x.a.b']);
  });
});
