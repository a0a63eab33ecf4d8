// Tests of engagement-rate: reactions per post per follower over the window; no posts, no rate.
import { describe, expect, it } from 'vitest';
import { engagementRateParams, engagementRateRaw, engagementRateScore } from '../../../sim/scoring/engagementRate.js';
import { dayLog, FixtureContext } from './fixtureContext.js';

const defaults = engagementRateParams.parse({});

/** Agents 0 and 1 each get 100 reactions from reactors 10..109; 0 wrote 10 posts, 1 wrote 1,000. */
function tenPostsAgainstAThousand(): FixtureContext {
  const reactions: [number, number, number][] = [];
  for (let j = 10; j < 110; j++) reactions.push([j, 0, 1], [j, 1, 1]);
  return new FixtureContext({ agents: 110, days: [dayLog(1, { posts: [[0, 10], [1, 1000]], reactions })] });
}

describe('engagementRateRaw', () => {
  it('is reactions / posts / max(1, followers)', () => {
    const context = new FixtureContext({
      agents: 4,
      follows: [[2, 0], [3, 0]],
      days: [dayLog(1, { posts: [[0, 5], [1, 5]], reactions: [[2, 0, 4], [3, 1, 4]] })],
    });
    const raw = new Float64Array(4);
    engagementRateRaw(context, defaults, raw);
    expect([...raw]).toEqual([4 / 5 / 2, 4 / 5, 0, 0]);
  });

  it('scores 100 reactions on 10 posts above 100 reactions on 1,000 posts', () => {
    const raw = new Float64Array(110);
    engagementRateRaw(tenPostsAgainstAThousand(), defaults, raw);
    expect(raw[0]).toBeCloseTo(10, 12);
    expect(raw[1]).toBeCloseTo(0.1, 12);
  });

  it('gives 0 to an agent whose only posts fell out of the window, even if they still draw reactions', () => {
    const context = new FixtureContext({
      agents: 3,
      days: [dayLog(1, { posts: [[0, 3]] }), dayLog(40, { posts: [[1, 1]], reactions: [[2, 0, 5], [2, 1, 1]] })],
    });
    const raw = new Float64Array(3);
    engagementRateRaw(context, defaults, raw);
    expect(raw[0]).toBe(0);
    expect(raw[1]).toBe(1);
  });
});

describe('engagementRateScore.compute', () => {
  it('grades the higher rate higher on the 1–100 curve and reads a 30-day window', () => {
    const out = new Float32Array(110);
    engagementRateScore.compute(tenPostsAgainstAThousand(), defaults, undefined, out);
    expect(out[0]).toBeGreaterThan(out[1]);
    expect(out[1]).toBeGreaterThan(out[2]);
    expect(engagementRateScore.windowDays(defaults)).toBe(30);
  });
});
