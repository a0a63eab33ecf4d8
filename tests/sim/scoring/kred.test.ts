// Tests of kred: Outreach never falls and levels at 100 and 270; Influence on 1–1000 against the top, larger reactors worth more.
import { describe, expect, it } from 'vitest';
import { kredComponents, kredParams, kredScore, type KredState } from '../../../sim/scoring/kred.js';
import type { DayLog } from '../../../sim/scoring/activityLog.js';
import { FixtureContext, type FixtureInput } from './fixtureContext.js';
import { kindedDayLog } from './kindedDayLog.js';

const defaults = kredParams.parse({});

/** Runs kred over the days one tick at a time, as the service does; returns the state and the last scores. */
function runDays(input: FixtureInput, params = defaults): { state: KredState; out: Float32Array; history: Float64Array[] } {
  const days = input.days ?? [];
  const state = kredScore.createState!(params, input.agents);
  const out = new Float32Array(input.agents);
  const history: Float64Array[] = [];
  for (let t = 1; t <= Math.max(1, days.length); t++) {
    kredScore.compute(new FixtureContext({ ...input, days: days.slice(0, t) }), params, state, out);
    history.push(state.outreach.slice(0, input.agents));
  }
  return { state, out, history };
}

describe('kredScore', () => {
  it('never lowers Outreach over days of fluctuating activity, and sums the points of every reaction given', () => {
    const days: DayLog[] = [];
    for (let t = 1; t <= 30; t++) {
      const busy = t % 7 < 2 ? 0 : t % 5; // silent days, then bursts of varying size
      days.push(kindedDayLog(t, { reactions: [[0, 1, 'like', busy], [2, 1, 'reply', busy % 2], [1, 0, 'share', t % 3 === 0 ? 4 : 0]] }));
    }
    const { history } = runDays({ agents: 3, days }, kredParams.parse({ windowDays: 3 }));
    for (let t = 1; t < history.length; t++) {
      for (let i = 0; i < 3; i++) expect(history[t][i]).toBeGreaterThanOrEqual(history[t - 1][i]);
    }
    const likes = days.reduce((sum, d, t) => sum + ((t + 1) % 7 < 2 ? 0 : (t + 1) % 5), 0);
    expect(history.at(-1)![0]).toBe(likes);
  });

  it('counts a day\'s reactions once, even when compute runs twice on the same tick', () => {
    const input = { agents: 2, days: [kindedDayLog(1, { reactions: [[0, 1, 'reply', 2]] })] };
    const state = kredScore.createState!(defaults, 2);
    const out = new Float32Array(2);
    kredScore.compute(new FixtureContext(input), defaults, state, out);
    kredScore.compute(new FixtureContext(input), defaults, state, out);
    expect(state.outreach[0]).toBe(6);
  });

  it('puts Outreach levels at 100 and 270 points: likes 1, mentions 2, replies and shares 3', () => {
    const reactions = (likes: number, replies: number) =>
      [kindedDayLog(1, { reactions: [[0, 3, 'like', likes], [0, 3, 'reply', replies]] })];
    const levelAt = (likes: number, replies: number) =>
      kredComponents(runDays({ agents: 4, days: reactions(likes, replies) }).state).outreachLevel[0];
    expect(levelAt(99, 0)).toBe(1);
    expect(levelAt(100, 0)).toBe(2);
    expect(levelAt(0, 89)).toBe(2); // 267 points
    expect(levelAt(0, 90)).toBe(3); // 270 points
    const mentionsAndShares = kindedDayLog(1, { reactions: [[0, 3, 'mention', 20], [0, 3, 'share', 20]] });
    expect(kredComponents(runDays({ agents: 4, days: [mentionsAndShares] }).state).outreachPoints[0]).toBe(100);
  });

  it('scales Influence so the top account has 1000 and an account with no reactions 1; the score is Influence / 10', () => {
    const day = kindedDayLog(1, { reactions: [[0, 1, 'like', 9], [0, 2, 'like', 3], [1, 2, 'like', 1]] });
    const { state, out } = runDays({ agents: 4, days: [day] });
    const { influence } = kredComponents(state);
    expect(influence[1]).toBeCloseTo(1000, 3);
    expect(influence[3]).toBe(1);
    expect(influence[2]).toBeGreaterThan(1);
    expect(influence[2]).toBeLessThan(1000);
    expect(out[1]).toBeCloseTo(100, 4);
    expect(out[3]).toBe(1);
    expect(out[2]).toBeCloseTo(1 + (99 * (influence[2] - 1)) / 999, 4);
  });

  it('weighs a reaction from a large account more than one from a small account', () => {
    const follows: Array<[number, number]> = Array.from({ length: 50 }, (_, k) => [4 + k, 0]); // agent 0 has 50 followers
    const day = kindedDayLog(1, { reactions: [[0, 2, 'like', 1], [1, 3, 'like', 1]] });
    const { state } = runDays({ agents: 60, days: [day], follows });
    expect(state.influence[2]).toBeGreaterThan(state.influence[3]);
    expect(state.influence[2]).toBeCloseTo(1000, 3);
    // worth 1 + log10(51) against 1: Influence 1 + 999 · log(1 + 1) / log(1 + 1 + log10 51)
    expect(state.influence[3]).toBeCloseTo(1 + (999 * Math.log(2)) / Math.log(2 + Math.log10(51)), 2);
  });

  it('grades Influence on the shared curve when grading is curve', () => {
    const day = kindedDayLog(1, { reactions: [[0, 1, 'like', 9], [0, 2, 'like', 3]] });
    const { out } = runDays({ agents: 4, days: [day] }, kredParams.parse({ grading: 'curve' }));
    expect(out[1]).toBe(100);
    expect(out[2]).toBeGreaterThan(out[0]);
  });

  it('is deterministic and scores inactive agents 0 while keeping their Outreach', () => {
    const days = [kindedDayLog(1, { reactions: [[0, 1, 'like', 3], [2, 1, 'share', 2], [1, 0, 'reply', 1]] })];
    const a = runDays({ agents: 3, days, inactive: [2] });
    const b = runDays({ agents: 3, days, inactive: [2] });
    expect([...a.out]).toEqual([...b.out]);
    expect(a.out[2]).toBe(0);
    expect(a.state.influence[2]).toBe(0);
    expect(a.state.outreach[2]).toBe(6);
  });

  it('makes room for agents who join after the state was created', () => {
    const state = kredScore.createState!(defaults, 2);
    const out = new Float32Array(5);
    kredScore.compute(new FixtureContext({ agents: 5, days: [kindedDayLog(1, { reactions: [[4, 0, 'like', 2]] })] }), defaults, state, out);
    expect(state.outreach[4]).toBe(2);
    expect(out[0]).toBeCloseTo(100, 4);
  });
});
