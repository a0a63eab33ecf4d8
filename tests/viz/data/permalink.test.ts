// Tests of the permalink: a view survives a round trip through the URL hash; missing parts take defaults.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, decodeViewLink, encodeViewLink } from '../../../viz/data/permalink.js';

describe('encodeViewLink / decodeViewLink', () => {
  it('round-trips scenario, seed, parameters, tick, panel and comparison', () => {
    const view = { scenario: 'baseline', seed: 7, params: { 'agents.count': 10000, 'scoring.displayed': 'klout-2011' }, tick: 100, panel: 'shock', compare: 'algorithm:kred' };
    const hash = encodeViewLink(view);
    expect(hash).toBe('#scenario=baseline&seed=7&tick=100&panel=shock&compare=algorithm%3Akred&p.agents.count=10000&p.scoring.displayed=klout-2011');
    expect(decodeViewLink(hash)).toEqual(view);
  });

  it('keeps word seeds as text', () => {
    expect(decodeViewLink('#seed=klout-day').seed).toBe('klout-day');
  });

  it('falls back to the default view', () => {
    expect(decodeViewLink('')).toEqual(DEFAULT_VIEW);
    expect(decodeViewLink('#tick=-3&panel=').tick).toBe(0);
  });
});
