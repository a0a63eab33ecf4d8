// Tests of klout-2010: True Reach and Amplification reward distinct reactors, Network their scores, the best network dominates.
import { describe, expect, it } from 'vitest';
import { klout2010Params, klout2010Raw, klout2010Score } from '../../../sim/scoring/klout2010.js';
import { dayLog, FixtureContext, type FixtureInput } from './fixtureContext.js';

const defaults = klout2010Params.parse({});

function raw(input: FixtureInput): Float64Array {
  const values = new Float64Array(input.agents);
  klout2010Raw(new FixtureContext(input), defaults, values);
  return values;
}

describe('klout2010Raw', () => {
  it('scores 100 reactions from 100 different people above 100 reactions from one person', () => {
    const reactions: [number, number, number][] = [[200, 1, 100]];
    for (let j = 10; j < 110; j++) reactions.push([j, 0, 1]);
    const days = [dayLog(1, { posts: [[0, 10], [1, 10]], reactions })];
    const values = raw({ agents: 201, days });
    // reach ln(101) against ln(2), amplification ln(1 + 100/10) against ln(1 + 1/10)
    expect(values[0]).toBeCloseTo(0.5 * Math.log(101) + 0.25 * Math.log(11), 12);
    expect(values[1]).toBeCloseTo(0.5 * Math.log(2) + 0.25 * Math.log(1.1), 12);
    const out = new Float32Array(201);
    klout2010Score.compute(new FixtureContext({ agents: 201, days }), defaults, undefined, out);
    expect(out[0]).toBeGreaterThan(out[1]);
  });

  it('counts the reaction-weighted mean previous score of the reactors as Network (0 on day 1)', () => {
    const previous = new Float32Array(4);
    previous.set([0, 0, 80, 20]);
    const days = [dayLog(1, { posts: [[0, 1], [1, 1]], reactions: [[2, 0, 3], [3, 0, 1], [3, 1, 4]] })];
    const firstDay = raw({ agents: 4, days });
    expect(firstDay[0]).toBeCloseTo(firstDay[1] + 0.5 * Math.log(3 / 2) + 0.25 * Math.log(3 / 2), 12);
    const later = raw({ agents: 4, days, previous: new Map([['klout-2010', previous]]) });
    expect(later[0] - firstDay[0]).toBeCloseTo(0.25 * Math.log1p((3 * 80 + 20) / 4), 6);
    expect(later[1] - firstDay[1]).toBeCloseTo(0.25 * Math.log1p(20), 6);
  });

  it('lets the best network dominate: another linked network adds only restShare of its value', () => {
    const quietMain = [dayLog(1, { posts: [[0, 1], [1, 1]], reactions: [[5, 0, 1], [5, 1, 1]] })];
    const one = raw({ agents: 6, days: quietMain, secondary: [[0, 0, 150, 0.4]] });
    const two = raw({ agents: 6, days: quietMain, secondary: [[1, 0, 150, 0.4], [1, 1, 150, 0.4]] });
    const mainOnly = raw({ agents: 6, days: quietMain })[0];
    const network = one[0] - 0.1 * mainOnly; // one[0] = the secondary network (the best) + 0.1 · main
    expect(network).toBeGreaterThan(mainOnly);
    expect(two[1]).toBeCloseTo(one[0] + 0.1 * network, 12);
  });

  it('ignores a secondary network the agent is present on but has not linked', () => {
    const context = new FixtureContext({ agents: 2, secondary: [[0, 1, 150, 0.4]] });
    context.linked[0] = 0;
    const values = new Float64Array(2);
    klout2010Raw(context, defaults, values);
    expect(values[0]).toBe(0);
  });
});
