// Tests of klout-2011: selective, distinct and influential reactors count, repeats are capped, yield, networks by p-norm.
import { describe, expect, it } from 'vitest';
import { klout2010Params, klout2010Raw } from '../../../sim/scoring/klout2010.js';
import { klout2011Params, klout2011Raw, klout2011Score, type Klout2011Params } from '../../../sim/scoring/klout2011.js';
import { dayLog, FixtureContext, type FixtureInput } from './fixtureContext.js';

const defaults = klout2011Params.parse({});

function raw(input: FixtureInput, params: Klout2011Params = defaults): Float64Array {
  const values = new Float64Array(input.agents);
  klout2011Raw(new FixtureContext(input), params, klout2011Score.createState!(params, input.agents), values);
  return values;
}

/** Reactions [actor, target, 1] from each of `actors` to `target`. */
function from(actors: Iterable<number>, target: number, count = 1): [number, number, number][] {
  return [...actors].map((j) => [j, target, count]);
}

const range = (lo: number, hi: number) => Array.from({ length: hi - lo }, (_, k) => lo + k);

describe('klout2011Raw', () => {
  it('scores 100 reactions from 100 different people above 100 reactions from one person', () => {
    const days = [dayLog(1, { posts: [[0, 10], [1, 10]], reactions: [...from(range(10, 110), 0), [200, 1, 100]] })];
    const values = raw({ agents: 201, days });
    expect(values[0]).toBeGreaterThan(30 * values[1]);
  });

  it('scores 100 reactions on 10 posts above 100 reactions on 1,000 posts (yield)', () => {
    const reactions = [...from(range(10, 110), 0), ...from(range(110, 210), 1)];
    const values = raw({ agents: 210, days: [dayLog(1, { posts: [[0, 10], [1, 1000]], reactions })] });
    expect(values[0] / values[1]).toBeCloseTo(Math.sqrt((1 + 100 / 10) / (1 + 100 / 1000)), 9);
  });

  it('counts a selective reactor\'s like more than a hyperactive one\'s', () => {
    // 2 likes only agent 0; 3 likes agent 1 and 49 others
    const reactions: [number, number, number][] = [[2, 0, 1], [3, 1, 1], ...range(10, 59).map((t) => [3, t, 1] as [number, number, number])];
    const values = raw({ agents: 60, days: [dayLog(1, { posts: [[0, 1], [1, 1]], reactions })] });
    expect(values[0] / values[1]).toBeCloseTo(50, 5);
  });

  it('caps repeat reactions: a fan\'s reactions beyond repeatCap add nothing and dilute the fan\'s vote', () => {
    const days = [dayLog(1, { posts: [[0, 1], [1, 1]], reactions: [[2, 0, 3], [3, 1, 10]] })];
    const values = raw({ agents: 4, days });
    expect(values[1] / values[0]).toBeCloseTo(0.3, 6);
  });

  it('counts a like from an influential reactor more than one from an unknown reactor', () => {
    // 2 is liked by ten selective people, 3 by nobody; 2 likes agent 0, 3 likes agent 1
    const days = [dayLog(1, { posts: [[0, 1], [1, 1]], reactions: [...from(range(10, 20), 2), [2, 0, 1], [3, 1, 1]] })];
    const values = raw({ agents: 20, days });
    expect(values[0] / values[1]).toBeCloseTo((0.15 + 0.85 * 10 * 0.15) / 0.15, 6);
  });

  it('warm-starts from yesterday\'s influence to the same values', () => {
    const context = new FixtureContext({
      agents: 30,
      days: [dayLog(1, { posts: [[0, 3], [1, 2]], reactions: [...from(range(2, 30), 0), ...from(range(5, 15), 1), [0, 1, 2], [1, 0, 1]] })],
    });
    const state = klout2011Score.createState!(defaults, 30);
    const cold = new Float64Array(30);
    klout2011Raw(context, defaults, state, cold);
    const warm = new Float64Array(30);
    klout2011Raw(context, defaults, state, warm);
    for (let i = 0; i < 30; i++) expect(Math.abs(warm[i] - cold[i])).toBeLessThan(1e-6 * (1 + cold[i]));
  });

  it('declares recomputeHistory for the shock engine, off by default', () => {
    expect(defaults.recomputeHistory).toBe(false);
    expect(klout2011Params.parse({ recomputeHistory: true }).recomputeHistory).toBe(true);
  });
});

describe('klout-2011 against klout-2010 on networks', () => {
  /**
   * Agent 0: busy on the main network only (30 posts, 6 distinct reactors). Agent 1: one silent post on
   * the main network, two linked small but very active secondary networks (10 friends, 3 actions a day).
   * Agent 2: like agent 1 with one of them.
   */
  const input: FixtureInput = {
    agents: 16,
    days: [dayLog(1, { posts: [[0, 30], [1, 1], [2, 1]], reactions: from(range(10, 16), 0) })],
    secondary: [[1, 0, 10, 3], [1, 1, 10, 3], [2, 0, 10, 3]],
  };

  it('adds up quiet linked networks under 2011 (p-norm) where 2010 lets the best one dominate', () => {
    const values2010 = new Float64Array(16);
    klout2010Raw(new FixtureContext(input), klout2010Params.parse({}), values2010);
    const values2011 = raw(input);
    expect(values2010[1]).toBeLessThan(0.9 * values2010[0]);
    expect(values2011[1]).toBeGreaterThan(1.1 * values2011[0]);
    expect(values2011[2]).toBeLessThan(0.9 * values2011[0]);
    expect(values2011[1] / values2011[2]).toBeCloseTo(Math.SQRT2, 9);
    expect(values2010[1] / values2010[2]).toBeCloseTo(1.1, 9);
  });

  it('gives a busy single-network account nothing from networks it does not have', () => {
    const values = raw(input);
    const mainOnly = raw({ ...input, secondary: [] });
    expect(values[0]).toBe(mainOnly[0]);
  });
});
