// Tests of empire-avenue: currency conserved exactly, 5 % commission on buys, prices start at 10, dividends follow activity.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import type { DayLog } from '../../../sim/scoring/activityLog.js';
import {
  empireAvenueCurrencyTotal,
  empireAvenueParams,
  empireAvenueScore,
  empireAvenueUncollected,
  type EmpireAvenueParams,
  type EmpireAvenueState,
} from '../../../sim/scoring/empireAvenue.js';
import { FixtureContext, type FixtureInput } from './fixtureContext.js';
import { kindedDayLog } from './kindedDayLog.js';

/** A fixture day whose random stream is its own (the fixture's default stream restarts every day). */
class TradingDay extends FixtureContext {
  override readonly rng: Rng;
  constructor(input: FixtureInput, rng: Rng) {
    super(input);
    this.rng = rng;
  }
}

/** Runs the market over the days one tick at a time; `each` sees the state after every day. */
function trade(input: FixtureInput, params: EmpireAvenueParams, seed = 1, each?: (s: EmpireAvenueState) => void) {
  const days = input.days ?? [];
  const state = empireAvenueScore.createState!(params, input.agents);
  const out = new Float32Array(input.agents);
  const rng = Rng.fromSeed(seed).fork('scoring');
  for (let t = 1; t <= days.length; t++) {
    empireAvenueScore.compute(new TradingDay({ ...input, days: days.slice(0, t) }, rng), params, state, out);
    each?.(state);
  }
  return { state, out };
}

/** 40 agents, 100 days of random posts and reactions; agents 0–4 are a reciprocity ring that reacts a lot. */
function busyDays(): DayLog[] {
  const rng = Rng.fromSeed('busy');
  const days: DayLog[] = [];
  for (let t = 1; t <= 100; t++) {
    const posts: Array<[number, number]> = [];
    const reactions: Array<[number, number, 'like' | 'share' | 'reply', number]> = [];
    for (let i = 0; i < 40; i++) if (rng.chance(0.3)) posts.push([i, 1 + rng.int(3)]);
    for (let k = 0; k < 60; k++) reactions.push([rng.int(40), rng.int(40), 'like', 1]);
    for (let i = 0; i < 5; i++) reactions.push([i, (i + 1) % 5, 'share', 3]);
    days.push(kindedDayLog(t, { posts, reactions }));
  }
  return days;
}

const defaults = empireAvenueParams.parse({});

describe('empireAvenueScore', () => {
  it('conserves currency exactly over 100 days of trading: Σ cash + exchange + commissions + issuer = 0', () => {
    let trades = 0;
    const { state } = trade({ agents: 40, days: busyDays() }, empireAvenueParams.parse({ tradeRate: 0.3 }), 1, (s) => {
      expect(Math.abs(empireAvenueCurrencyTotal(s))).toBeLessThanOrEqual(1e-9);
      trades++;
    });
    expect(trades).toBe(100);
    expect(state.commissions).toBeGreaterThan(0);
    expect(state.exchange).not.toBe(0);
    expect(state.issuer).toBeLessThan(-40 * 1000 * 100); // dividends were collected on top of the starting cash
    for (let i = 0; i < 40; i++) expect(state.cash[i]).toBeGreaterThanOrEqual(0);
  });

  it('charges a 5 % commission on each buy, to the commission account', () => {
    const day = kindedDayLog(1, { reactions: [[0, 1, 'like', 1]] });
    const { state } = trade({ agents: 2, days: [day] }, empireAvenueParams.parse({ tradeRate: 1 }));
    expect(state.exchange).toBe(10 * 10 * 100); // 10 shares at 10, in cents
    expect(state.commissions).toBe(0.05 * state.exchange);
    expect(state.cash[0]).toBe(1000 * 100 - 1.05 * state.exchange);
    expect(state.holdShares[state.holdStart[0]]).toBe(10);
    expect(state.price[1]).toBeCloseTo(10 * Math.exp(0.002 * 10), 12);

    const buysOnly = empireAvenueParams.parse({ tradeRate: 0.5, sellShare: 0 });
    const many = trade({ agents: 40, days: busyDays() }, buysOnly).state;
    const buys = many.holdShares.subarray(0, many.poolUsed).reduce((a, b) => a + b, 0) / 10;
    expect(Math.abs(many.commissions - 0.05 * many.exchange)).toBeLessThanOrEqual(0.5 * buys);
  });

  it('opens every account at a price of 10, so a day without trades scores everyone alike', () => {
    const state = empireAvenueScore.createState!(defaults, 5);
    expect([...state.price.subarray(0, 5)]).toEqual([10, 10, 10, 10, 10]);
    const { out } = trade({ agents: 5, days: [kindedDayLog(1, { posts: [[0, 3]] })] }, defaults);
    expect(new Set(out).size).toBe(1);
  });

  it('pays more dividends on shares of an active company than of a quiet one', () => {
    const days = [
      kindedDayLog(1, { reactions: [[0, 1, 'like', 1]] }), // 0 buys 10 shares of 1
      kindedDayLog(2, { reactions: [[2, 3, 'like', 1]] }), // 2 buys 10 shares of 3
      ...Array.from({ length: 10 }, (_, k) => kindedDayLog(3 + k, { posts: [[1, 10], [3, 1]] })),
    ];
    const params = empireAvenueParams.parse({ tradeRate: 1, sellShare: 0, windowDays: 1 });
    const { state } = trade({ agents: 4, days }, params);
    const active = empireAvenueUncollected(state, 0);
    const quiet = empireAvenueUncollected(state, 2);
    expect(quiet).toBeGreaterThan(0);
    expect(active).toBeGreaterThan(5 * quiet);
    expect(active).toBe(Math.floor(10 * 0.005 * 10 * 10 * 100)); // 10 shares × rate × 10 posts a day × 10 days
  });

  it('trades more for agents who give more reactions, buying what they react to', () => {
    const { state } = trade({ agents: 40, days: busyDays() }, empireAvenueParams.parse({ sellShare: 0 }));
    const held = (h: number) => state.holdShares.subarray(state.holdStart[h], state.holdStart[h] + state.holdLen[h]).reduce((a, b) => a + b, 0);
    const ring = [0, 1, 2, 3, 4].reduce((sum, h) => sum + held(h), 0) / 5;
    const rest = Array.from({ length: 35 }, (_, k) => held(5 + k)).reduce((a, b) => a + b, 0) / 35;
    expect(ring).toBeGreaterThan(2 * rest);
  });

  it('is deterministic for a seed and scores inactive agents 0', () => {
    const input = { agents: 40, days: busyDays(), inactive: [7] };
    const a = trade(input, defaults, 3);
    const b = trade(input, defaults, 3);
    expect([...a.out]).toEqual([...b.out]);
    expect([...a.state.price]).toEqual([...b.state.price]);
    expect(a.out[7]).toBe(0);
    expect(a.state.price[7]).toBe(10); // nobody could buy it
  });
});
