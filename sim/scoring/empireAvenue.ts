// The Empire Avenue score: a social stock market where agents trade shares in each other; the score is the share price on the curve.
import { z } from 'zod';
import { curveMap } from './curve.js';
import type { ScoringAlgorithm } from './types.js';

/** Constants of empire-avenue (defaults: 30 days, price 10, cash 1000, trade rate 0.05, sell share 0.3, 10 shares a trade, 3 candidates, impact 0.002, commission 5 %, dividend rate 0.005). */
export const empireAvenueParams = z.strictObject({
  windowDays: z.int().min(1).max(365).default(30).describe('Days of activity behind dividends (posts + reactions received) and trading propensity (reactions given).'),
  initialPrice: z.number().positive().default(10).describe('Share price of every company when its account opens.'),
  startingCash: z.number().min(0).default(1000).describe('Cash (eaves) each agent\'s account opens with, issued by the market\'s issuer.'),
  tradeRate: z.number().min(0).max(1).default(0.05).describe('Chance an active agent who gave the mean number of reactions in the window trades today; proportional to reactions given, at most 1.'),
  sellShare: z.number().min(0).max(1).default(0.3).describe('Chance a trader who holds shares sells (its holding with the weakest activity) instead of buying.'),
  sharesPerTrade: z.int().min(1).default(10).describe('Shares in one trade (fewer when the buyer cannot afford them or the seller holds fewer).'),
  candidates: z.int().min(1).max(32).default(3).describe('Companies a buyer considers, each drawn in proportion to reactions received today; it buys the one whose activity rises most.'),
  priceImpact: z.number().min(0).default(0.002).describe('Each share bought multiplies the price by exp(priceImpact), each share sold by exp(−priceImpact).'),
  commission: z.number().min(0).max(1).default(0.05).describe('Commission on each buy, as a share of its cost, paid to the market\'s commission account (a sink).'),
  dividendRate: z.number().min(0).default(0.005).describe('Daily dividend per share, in eaves, for each unit of the company\'s mean daily activity (posts + reactions received) over the window.'),
});

/** Parsed constants of empire-avenue. */
export type EmpireAvenueParams = z.output<typeof empireAvenueParams>;

/**
 * The market. Money is in whole cents (integers in Float64), so every movement is an exact transfer and
 * the invariant holds exactly: Σ cash + exchange + commissions + issuer = 0. The issuer mints each
 * account's starting cash and pays dividends (it only falls); the exchange is the counterparty of every
 * trade (receives buys, pays sells; may go negative); commissions only grow. Holdings are per-holder
 * lists in one pool with slack: holder h's are slots `holdStart[h] .. holdStart[h] + holdLen[h]`.
 */
export interface EmpireAvenueState {
  /** Agents with an open account (ids 0 .. opened − 1). */
  opened: number;
  price: Float64Array;
  cash: Float64Array;
  /** Cumulative dividends per share of each company since the start, in eaves. */
  dividendIndex: Float64Array;
  exchange: number;
  commissions: number;
  issuer: number;
  holdStart: Int32Array;
  holdLen: Int32Array;
  holdCap: Int32Array;
  /** Pool of holdings: company, shares, and the dividend index up to which the holding has been paid. */
  holdCompany: Int32Array;
  holdShares: Int32Array;
  holdPaidIndex: Float64Array;
  poolUsed: number;
}

/** Σ cash + exchange + commissions + issuer, in cents: 0 by the invariant, whatever the trades. */
export function empireAvenueCurrencyTotal(state: EmpireAvenueState): number {
  let total = state.exchange + state.commissions + state.issuer;
  for (let i = 0; i < state.opened; i++) total += state.cash[i];
  return total;
}

type Grown = Float64Array | Int32Array;
function grown<T extends Grown>(array: T, size: number): T {
  if (array.length >= size) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(size, Math.ceil(array.length * 1.5)));
  next.set(array);
  return next;
}

/** Opens accounts for agents opened .. n − 1: price `initialPrice`, cash `startingCash` from the issuer. */
function openAccounts(s: EmpireAvenueState, n: number, params: EmpireAvenueParams): void {
  if (n <= s.opened) return;
  for (const key of ['price', 'cash', 'dividendIndex', 'holdStart', 'holdLen', 'holdCap'] as const) s[key] = grown(s[key], n) as never;
  const cents = Math.round(params.startingCash * 100);
  for (let i = s.opened; i < n; i++) {
    s.price[i] = params.initialPrice;
    s.cash[i] = cents;
    s.issuer -= cents;
  }
  s.opened = n;
}

/** The slot of holder h's holding in company c, created (empty, paid up to now) if it has none. */
function holdingSlot(s: EmpireAvenueState, h: number, c: number): number {
  const begin = s.holdStart[h];
  for (let k = begin; k < begin + s.holdLen[h]; k++) if (s.holdCompany[k] === c) return k;
  if (s.holdLen[h] === s.holdCap[h]) {
    const cap = Math.max(4, 2 * s.holdCap[h]);
    s.holdCompany = grown(s.holdCompany, s.poolUsed + cap);
    s.holdShares = grown(s.holdShares, s.poolUsed + cap);
    s.holdPaidIndex = grown(s.holdPaidIndex, s.poolUsed + cap);
    s.holdCompany.copyWithin(s.poolUsed, begin, begin + s.holdLen[h]);
    s.holdShares.copyWithin(s.poolUsed, begin, begin + s.holdLen[h]);
    s.holdPaidIndex.copyWithin(s.poolUsed, begin, begin + s.holdLen[h]);
    s.holdStart[h] = s.poolUsed;
    s.holdCap[h] = cap;
    s.poolUsed += cap;
  }
  const k = s.holdStart[h] + s.holdLen[h]++;
  s.holdCompany[k] = c;
  s.holdShares[k] = 0;
  s.holdPaidIndex[k] = s.dividendIndex[c];
  return k;
}

/** Whole cents holding slot k has earned since it was last paid. */
function claimCents(s: EmpireAvenueState, k: number): number {
  return Math.max(0, Math.floor(s.holdShares[k] * (s.dividendIndex[s.holdCompany[k]] - s.holdPaidIndex[k]) * 100));
}

/** Dividends holder h has earned but not collected yet, in cents; it collects them when it next trades. */
export function empireAvenueUncollected(state: EmpireAvenueState, h: number): number {
  let cents = 0;
  for (let k = state.holdStart[h]; k < state.holdStart[h] + state.holdLen[h]; k++) cents += claimCents(state, k);
  return cents;
}

/** Pays holder h the dividends its holdings have earned since last paid, in whole cents, from the issuer. */
function collectDividends(s: EmpireAvenueState, h: number): void {
  for (let k = s.holdStart[h]; k < s.holdStart[h] + s.holdLen[h]; k++) {
    const cents = claimCents(s, k);
    if (cents === 0) continue;
    s.cash[h] += cents;
    s.issuer -= cents;
    s.holdPaidIndex[k] += cents / 100 / s.holdShares[k];
  }
}

/** Holder h sells up to `sharesPerTrade` of its holding with the weakest rise in activity, to the exchange. */
function sell(s: EmpireAvenueState, h: number, rise: Float64Array, params: EmpireAvenueParams): void {
  let k = -1;
  for (let q = s.holdStart[h]; q < s.holdStart[h] + s.holdLen[h]; q++) {
    const c = s.holdCompany[q];
    if (k < 0 || rise[c] < rise[s.holdCompany[k]] || (rise[c] === rise[s.holdCompany[k]] && c < s.holdCompany[k])) k = q;
  }
  const c = s.holdCompany[k];
  const shares = Math.min(s.holdShares[k], params.sharesPerTrade);
  const proceeds = Math.round(s.price[c] * shares * 100);
  s.exchange -= proceeds;
  s.cash[h] += proceeds;
  s.price[c] *= Math.exp(-params.priceImpact * shares);
  s.holdShares[k] -= shares;
  if (s.holdShares[k] > 0) return;
  const last = s.holdStart[h] + --s.holdLen[h];
  s.holdCompany[k] = s.holdCompany[last];
  s.holdShares[k] = s.holdShares[last];
  s.holdPaidIndex[k] = s.holdPaidIndex[last];
}

/** Holder h buys up to `sharesPerTrade` shares of company c from the exchange, paying the commission on top. */
function buy(s: EmpireAvenueState, h: number, c: number, params: EmpireAvenueParams): void {
  const costOf = (shares: number) => Math.round(s.price[c] * shares * 100);
  const feeOf = (cost: number) => Math.round(cost * params.commission);
  let shares = Math.min(params.sharesPerTrade, Math.floor(s.cash[h] / (s.price[c] * 100 * (1 + params.commission))));
  while (shares > 0 && costOf(shares) + feeOf(costOf(shares)) > s.cash[h]) shares--;
  if (shares <= 0) return;
  const cost = costOf(shares);
  const fee = feeOf(cost);
  s.cash[h] -= cost + fee;
  s.exchange += cost;
  s.commissions += fee;
  const slot = holdingSlot(s, h, c); // may replace the pool arrays: index them only after
  s.holdShares[slot] += shares;
  s.price[c] *= Math.exp(params.priceImpact * shares);
}

/**
 * `empire-avenue`. Each day: (1) every active company's dividend index rises by dividendRate × its mean
 * daily activity (posts + reactions received) over the window; holders collect, in whole cents, when
 * they next trade. (2) Each active agent trades with chance tradeRate × its reactions given in the window
 * / the mean among active agents (at most 1), drawn in id order from `context.rng` — chasers and rings,
 * who give many reactions, trade most. A trader holding shares sells with chance sellShare (its holding
 * whose activity rises least); otherwise it buys the company whose activity rises most (today's posts
 * and reactions received minus its window mean per day) among `candidates` drawn in proportion to
 * reactions received today. (3) The score is the share price graded on the shared curve. Daily cost
 * O(agents + today's reactions + traders × their holdings); no n × n matrix.
 */
export const empireAvenueScore: ScoringAlgorithm<EmpireAvenueParams, EmpireAvenueState> = {
  name: 'empire-avenue',
  description: 'a social stock market where agents trade shares in each other; the share price graded on the curve',
  params: empireAvenueParams,
  windowDays: (params) => params.windowDays,
  createState(params, agentCount) {
    const s: EmpireAvenueState = {
      opened: 0, price: new Float64Array(0), cash: new Float64Array(0), dividendIndex: new Float64Array(0),
      exchange: 0, commissions: 0, issuer: 0,
      holdStart: new Int32Array(0), holdLen: new Int32Array(0), holdCap: new Int32Array(0),
      holdCompany: new Int32Array(0), holdShares: new Int32Array(0), holdPaidIndex: new Float64Array(0), poolUsed: 0,
    };
    openAccounts(s, agentCount, params);
    return s;
  },
  compute(context, params, s, out) {
    const { agentCount: n, active, rng } = context;
    openAccounts(s, n, params);
    const { posts, received, given } = context.window(params.windowDays);
    const rise = new Float64Array(n);
    let totalGiven = 0;
    let activeCount = 0;
    for (let c = 0; c < n; c++) {
      if (!active[c]) continue;
      const perDay = (posts[c] + received[c]) / params.windowDays;
      s.dividendIndex[c] += params.dividendRate * perDay;
      rise[c] = -perDay;
      totalGiven += given[c];
      activeCount++;
    }
    const today = context.logs(1);
    let reactionsToday = 0;
    for (const day of today) {
      for (let k = 0; k < day.postAuthors.length; k++) rise[day.postAuthors[k]]++;
      for (let k = 0; k < day.reactionTargets.length; k++) rise[day.reactionTargets[k]]++;
      reactionsToday += day.reactionTargets.length;
    }
    const targets = new Int32Array(reactionsToday);
    let m = 0;
    for (const day of today) {
      targets.set(day.reactionTargets, m);
      m += day.reactionTargets.length;
    }

    const perGiven = totalGiven > 0 ? (params.tradeRate * activeCount) / totalGiven : 0;
    for (let h = 0; h < n; h++) {
      if (!active[h] || given[h] === 0 || rng.next() >= Math.min(1, perGiven * given[h])) continue;
      collectDividends(s, h);
      if (s.holdLen[h] > 0 && rng.chance(params.sellShare)) {
        sell(s, h, rise, params);
        continue;
      }
      let best = -1;
      for (let d = 0; d < params.candidates && m > 0; d++) {
        const c = targets[rng.int(m)];
        if (c === h || !active[c]) continue;
        if (best < 0 || rise[c] > rise[best] || (rise[c] === rise[best] && c < best)) best = c;
      }
      if (best >= 0) buy(s, h, best, params);
    }
    curveMap(s.price, active, n, out);
  },
};
