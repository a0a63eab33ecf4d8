// Tests shared by engagement-rate, klout-2010, klout-2011 and pagerank: same input, same scores; inactive agents score 0.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import { scoringAlgorithms } from '../../../sim/scoring/registry.js';
import { dayLog, FixtureContext } from './fixtureContext.js';

const ALGORITHMS = ['engagement-rate', 'klout-2010', 'klout-2011', 'pagerank'];
const AGENTS = 300;
const INACTIVE = [3, 50, 299];

/** Ten seeded days of posts and reactions among 300 agents, a seeded follow graph and some linked networks. */
function seededContext(seed: number, previous?: ReadonlyMap<string, Float32Array>): FixtureContext {
  const rng = Rng.fromSeed(seed);
  const popular = () => Math.floor(AGENTS * rng.next() ** 3);
  const days = Array.from({ length: 10 }, (_, t) => {
    const posts: [number, number][] = [];
    const reactions: [number, number, number][] = [];
    for (let k = 0; k < 60; k++) posts.push([popular(), 1]);
    for (let k = 0; k < 200; k++) reactions.push([rng.int(AGENTS), popular(), 1 + rng.int(2)]);
    return dayLog(t + 1, { posts, reactions });
  });
  const follows = Array.from({ length: 2000 }, () => [rng.int(AGENTS), popular()] as const);
  const secondary = Array.from({ length: 80 }, () => [rng.int(AGENTS), rng.int(2), 150 * rng.next(), rng.next()] as const);
  return new FixtureContext({ agents: AGENTS, days, follows, secondary, inactive: INACTIVE, previous });
}

function scores(name: string, previous?: ReadonlyMap<string, Float32Array>): Float32Array {
  const algorithm = scoringAlgorithms.get(name);
  const params = algorithm.params.parse({});
  const out = new Float32Array(AGENTS);
  algorithm.compute(seededContext(7, previous), params, algorithm.createState?.(params, AGENTS), out);
  return out;
}

describe.each(ALGORITHMS)('%s compute', (name) => {
  it('gives the same scores for the same input, yesterday\'s scores included', () => {
    const first = scores(name);
    expect(scores(name)).toEqual(first);
    const yesterday = new Map([[name, first]]);
    expect(scores(name, yesterday)).toEqual(scores(name, yesterday));
  });

  it('scores inactive agents 0 and active ones in [1, 100]', () => {
    const out = scores(name);
    for (const i of INACTIVE) expect(out[i]).toBe(0);
    for (let i = 0; i < AGENTS; i++) if (!INACTIVE.includes(i)) expect(out[i]).toBeGreaterThanOrEqual(1);
    expect(Math.max(...out)).toBeLessThanOrEqual(100);
  });
});
