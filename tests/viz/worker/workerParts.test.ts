// Tests of the worker's helpers: parameter overrides written into YAML, recent edges, and shock events.
import { describe, expect, it } from 'vitest';
import { FollowGraph } from '../../../sim/network/followGraph.js';
import { recentEdges } from '../../../viz/worker/recentEdges.js';
import { applyOverrides } from '../../../viz/worker/scenarioOverrides.js';
import { toShockEvent } from '../../../viz/worker/shockEvents.js';

describe('applyOverrides', () => {
  it('writes values at their paths and keeps comments and other keys', () => {
    const source = '# my scenario\nticks: 30 # a month\nagents:\n  count: 100\n';
    const out = applyOverrides(source, { 'agents.count': 500, 'agents.types.chaser.scoreSeeking': 2 });
    expect(out).toBe('# my scenario\nticks: 30 # a month\nagents:\n  count: 500\n  types:\n    chaser:\n      scoreSeeking: 2\n');
  });
  it('returns the text unchanged without overrides, and fills an empty file', () => {
    expect(applyOverrides('ticks: 3\n', {})).toBe('ticks: 3\n');
    expect(applyOverrides('', { ticks: 5 })).toBe('ticks: 5\n');
  });
});

describe('recentEdges', () => {
  it('takes each agent\'s newest follows, capped per agent and in total', () => {
    const graph = FollowGraph.fromEdges(4, Int32Array.of(0, 0, 0, 1, 2), Int32Array.of(1, 2, 3, 0, 0));
    const all = recentEdges(graph, 4, 100);
    expect([...all.src]).toEqual([0, 0, 0, 1, 2]);
    expect([...all.dst]).toEqual([1, 2, 3, 0, 0]);
    const capped = recentEdges(graph, 4, 4);
    expect([...capped.src]).toEqual([0, 1, 2]);
    expect([...capped.dst]).toEqual([3, 0, 0]);
  });
});

describe('toShockEvent', () => {
  it('labels an event from its kind and options, keeping the whole record as detail', () => {
    const raw = { tick: 120, shock: 0, kind: 'switch', options: { to: 'klout-2011' }, effect: { from: 'followers' } };
    expect(toShockEvent(raw, 0)).toEqual({ tick: 120, label: 'switch → klout-2011', detail: raw });
    expect(toShockEvent({ tick: 5, kind: 'perks', options: { active: true } }, 0).label).toBe('perks (active true)');
    expect(toShockEvent('odd', 7)).toMatchObject({ tick: 7, label: 'shock' });
  });
});
