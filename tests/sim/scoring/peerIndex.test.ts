// Tests of peerindex: share-graph Authority rewards being shared by authorities; the burst damper; determinism.
import { describe, expect, it } from 'vitest';
import type { DayLog } from '../../../sim/scoring/activityLog.js';
import { dampedActivity, peerIndexParams, peerIndexScore, shareGraphPageRank } from '../../../sim/scoring/peerIndex.js';
import { FixtureContext } from './fixtureContext.js';
import { kindedDayLog } from './kindedDayLog.js';

/**
 * Agent 0 is an authority (shared by agents 4..13); 0 shares agent 1's post, nobody 2 shares agent 3's.
 * Likes and replies on 3 must not count as shares.
 */
const authorityDay = kindedDayLog(1, {
  posts: [[0, 1], [1, 1], [3, 1]],
  reactions: [
    ...Array.from({ length: 10 }, (_, k) => [4 + k, 0, 'share', 1] as const),
    [0, 1, 'share', 1],
    [2, 3, 'share', 1],
    [5, 3, 'like', 5],
    [6, 3, 'reply', 5],
  ],
});

describe('shareGraphPageRank', () => {
  it('raises Authority more for being shared by an authority than by a nobody', () => {
    const rank = shareGraphPageRank([authorityDay], 14);
    expect(rank[0]).toBeGreaterThan(rank[1]);
    expect(rank[1]).toBeGreaterThan(rank[3]);
    expect(rank[3]).toBeGreaterThan(rank[2]);
    expect(rank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('converges to the same ranks from yesterday\'s ranks as from a uniform start', () => {
    const options = peerIndexParams.parse({ tolerance: 1e-12, maxIterations: 200 });
    const shareOnly = kindedDayLog(0, { reactions: [[4, 0, 'share', 1], [2, 3, 'share', 2]] });
    const yesterday = shareGraphPageRank([shareOnly], 14, options).slice(0, 12); // two agents joined since
    const warm = shareGraphPageRank([authorityDay], 14, options, yesterday);
    const cold = shareGraphPageRank([authorityDay], 14, options);
    for (let i = 0; i < 14; i++) expect(warm[i]).toBeCloseTo(cold[i], 10);
  });
});

describe('dampedActivity', () => {
  it('counts a 10× one-day burst much less than steady activity with the same total', () => {
    const params = peerIndexParams.parse({ windowDays: 10 });
    const days: DayLog[] = [];
    for (let t = 1; t <= 10; t++) {
      days.push(kindedDayLog(t, { posts: [[0, 1], ...(t === 5 ? [[1, 10] as const] : [])], reactions: [[2, 3, 'like', 1]] }));
    }
    const totals = Float64Array.from([10, 10, 10, 0]);
    const activity = dampedActivity(days, totals, 4, 10, params);
    expect(activity[0]).toBe(10); // steady: one post a day
    expect(activity[2]).toBe(10); // steady: one reaction a day
    expect(activity[1]).toBeCloseTo(3 + 0.1 * 7, 12); // cap 3 × mean 1 a day, then 10 % of the excess
    expect(activity[1]).toBeLessThan(activity[0] / 2);
  });
});

describe('peerIndexScore', () => {
  it('scores the one shared by an authority above the one shared by a nobody, with Authority alone', () => {
    const params = peerIndexParams.parse({ weights: { authority: 1, audience: 0, activity: 0 } });
    const out = new Float32Array(14);
    peerIndexScore.compute(new FixtureContext({ agents: 14, days: [authorityDay] }), params, peerIndexScore.createState!(params, 14), out);
    expect(out[1]).toBeGreaterThan(out[3]);
    expect(out[0]).toBeGreaterThan(out[1]);
  });

  it('scores the steady agent above the bursty one with Activity alone', () => {
    const params = peerIndexParams.parse({ windowDays: 10, weights: { authority: 0, audience: 0, activity: 1 } });
    const days = Array.from({ length: 10 }, (_, k) =>
      kindedDayLog(k + 1, { posts: [[0, 1], ...(k === 4 ? [[1, 10] as const] : [])] }));
    const out = new Float32Array(3);
    peerIndexScore.compute(new FixtureContext({ agents: 3, days }), params, peerIndexScore.createState!(params, 14), out);
    expect(out[0]).toBeGreaterThan(out[1]);
    expect(out[1]).toBeGreaterThan(out[2]);
  });

  it('is deterministic and scores inactive agents 0', () => {
    const params = peerIndexParams.parse({});
    const follows: Array<[number, number]> = [[1, 0], [2, 0], [3, 1]];
    const run = () => {
      const out = new Float32Array(14);
      peerIndexScore.compute(new FixtureContext({ agents: 14, days: [authorityDay], follows, inactive: [7] }), params, peerIndexScore.createState!(params, 14), out);
      return [...out];
    };
    const a = run();
    expect(a).toEqual(run());
    expect(a[7]).toBe(0);
    for (const [i, s] of a.entries()) if (i !== 7) expect(s).toBeGreaterThanOrEqual(1);
  });

  it('rejects weights that are all zero', () => {
    expect(() => peerIndexParams.parse({ weights: { authority: 0, audience: 0, activity: 0 } })).toThrow();
  });
});
