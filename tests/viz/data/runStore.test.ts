// Tests of RunStore: frames kept in tick order, looked up at or before a tick, rows by metric up to a tick.
import { describe, expect, it } from 'vitest';
import { RunStore } from '../../../viz/data/runStore.js';
import type { AgentFrame, ScenarioSummary } from '../../../viz/worker/protocol.js';

const summary = { name: 'x', algorithms: ['followers'], displayed: 'followers', ticks: 10 } as unknown as ScenarioSummary;
const frame = (tick: number) => ({ tick, count: 0 }) as unknown as AgentFrame;

describe('RunStore', () => {
  it('keeps frames in tick order and replaces a frame of the same tick', () => {
    const store = new RunStore('live', summary);
    for (const t of [5, 0, 10, 5]) store.addFrame(frame(t));
    expect(store.frameTicks()).toEqual([0, 5, 10]);
  });

  it('finds the frame at or before a tick, and the first at or after', () => {
    const store = new RunStore('live', summary);
    for (const t of [0, 5, 10]) store.addFrame(frame(t));
    expect(store.frameAt(7)?.tick).toBe(5);
    expect(store.frameAt(-1)?.tick).toBe(0);
    expect(store.frameFrom(6)?.tick).toBe(10);
    expect(store.frameFrom(60)?.tick).toBe(10);
  });

  it('folds progress messages and filters rows by metric and tick', () => {
    const store = new RunStore('live', summary);
    store.apply({
      kind: 'progress', tick: 7, playing: true, done: false, rowsFrom: 0, frames: [frame(7)], baselines: [], events: [{ tick: 3, label: 'switch', detail: {} }],
      rows: [{ tick: 0, metric: 'score', group: 'p50', value: 1 }, { tick: 7, metric: 'score', group: 'p50', value: 2 }],
      viewRows: [{ tick: 7, metric: 'explorer.spearman', group: 'followers', value: 0.3 }],
    });
    expect(store.head).toBe(7);
    expect(store.playing).toBe(true);
    expect(store.metric('score', 5)).toHaveLength(1);
    expect(store.metric('explorer.spearman')).toHaveLength(1);
    expect([...store.metricNames()]).toEqual(['score', 'explorer.spearman']);
    expect(store.events[0].label).toBe('switch');
  });
});
