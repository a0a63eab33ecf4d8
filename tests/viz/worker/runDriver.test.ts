// Tests of RunDriver (the simulation worker's logic) with a fake host: load, step, run to a tick, invalid input.
import { describe, expect, it } from 'vitest';
import { RunDriver, frameInterval, type DriverHost } from '../../../viz/worker/runDriver.js';
import type { WorkerUpdate } from '../../../viz/worker/protocol.js';

const SOURCE = 'ticks: 20\nagents:\n  count: 300\nmetrics:\n  interval: 5\n';

/** A host that records posts and runs scheduled callbacks when `drain` is called, with a fake clock. */
function fakeHost() {
  const posts: WorkerUpdate[] = [];
  let queue: Array<() => void> = [];
  let clock = 0;
  const host: DriverHost = { post: (u) => posts.push(u), schedule: (cb) => queue.push(cb), now: () => (clock += 5) };
  const drain = () => {
    while (queue.length > 0) {
      const next = queue;
      queue = [];
      next.forEach((cb) => cb());
    }
  };
  return { host, posts, drain };
}

const progress = (posts: WorkerUpdate[]) => posts.filter((p): p is Extract<WorkerUpdate, { kind: 'progress' }> => p.kind === 'progress');

describe('RunDriver', () => {
  it('loads a scenario: ready with a summary, then tick 0 with its frame and rows', () => {
    const { host, posts } = fakeHost();
    new RunDriver(host).load({ kind: 'load', source: SOURCE, file: 'small.yaml', seed: 3, overrides: { 'agents.count': 200 } });
    expect(posts[0].kind).toBe('ready');
    const summary = posts[0].kind === 'ready' ? posts[0].summary : undefined;
    expect(summary).toMatchObject({ name: 'small', seed: 3, ticks: 20, agentCount: 200, displayed: 'followers', frameEvery: 2 });
    expect(summary?.source).toContain('count: 200');
    const [first] = progress(posts);
    expect(first.tick).toBe(0);
    expect(first.frames.map((f) => f.tick)).toEqual([0]);
    expect(first.frames[0].scores).toHaveLength(summary!.algorithms.length);
    expect(first.rows.length).toBeGreaterThan(0);
    expect(first.viewRows.some((r) => r.metric === 'explorer.spearman')).toBe(true);
  });

  it('steps one tick and always posts a frame of it; rows are posted once', () => {
    const { host, posts } = fakeHost();
    const driver = new RunDriver(host);
    driver.load({ kind: 'load', source: SOURCE, file: 'small.yaml', seed: 1, overrides: {} });
    driver.step(1);
    const last = progress(posts).at(-1)!;
    expect(last.tick).toBe(1);
    expect(last.frames.map((f) => f.tick)).toEqual([1]);
    const all = progress(posts).flatMap((p) => p.rows);
    expect(new Set(all.map((r) => `${r.tick}|${r.metric}|${r.group}`)).size).toBe(all.length);
  });

  it('runs to a tick flat out, with frames every frameEvery ticks, then pauses', () => {
    const { host, posts, drain } = fakeHost();
    const driver = new RunDriver(host);
    driver.load({ kind: 'load', source: SOURCE, file: 'small.yaml', seed: 1, overrides: {} });
    driver.runTo(9);
    drain();
    const updates = progress(posts);
    expect(updates.at(-1)).toMatchObject({ tick: 9, playing: false, done: false });
    expect(updates.flatMap((u) => u.frames.map((f) => f.tick))).toEqual([0, 2, 4, 6, 8, 9]);
  });

  it('finds Louvain communities on the first frame and reports modularity', () => {
    const { host, posts } = fakeHost();
    new RunDriver(host).load({ kind: 'load', source: SOURCE, file: 'small.yaml', seed: 1, overrides: {} });
    const [first] = progress(posts);
    expect(first.frames[0].community).toHaveLength(300);
    const metrics = new Set(first.viewRows.map((r) => r.metric));
    expect(metrics).toContain('explorer.modularity');
    expect(metrics).toContain('explorer.score-assortativity');
  });

  it('posts a shock with the scores of the day before, and sends every row again', () => {
    const { host, posts } = fakeHost();
    const driver = new RunDriver(host);
    const source = `${SOURCE}shocks:\n  - at: 3\n    switch:\n      to: log-proxy\n`;
    driver.load({ kind: 'load', source, file: 'shock.yaml', seed: 1, overrides: {} });
    driver.step(2);
    const before = progress(posts).at(-1)!;
    expect(before.events).toEqual([]);
    driver.step(1);
    const after = progress(posts).at(-1)!;
    expect(after.events.map((e) => [e.tick, e.label])).toEqual([[3, 'switch → log-proxy']]);
    expect(after.baselines.map((b) => [b.tick, b.score.length])).toEqual([[2, 300]]);
    expect(after.rowsFrom).toBe(0);
    expect(after.frames.at(-1)?.displayed).toBe('log-proxy');
  });

  it('reports every problem of an invalid scenario with its line, as the CLI does', () => {
    const { host, posts } = fakeHost();
    new RunDriver(host).load({ kind: 'load', source: 'ticks: 0\nagents:\n  count: 5\n', file: 'bad.yaml', seed: 1, overrides: {} });
    expect(posts).toHaveLength(1);
    const invalid = posts[0];
    expect(invalid.kind).toBe('invalid');
    if (invalid.kind !== 'invalid') return;
    expect(invalid.issues.map((i) => [i.path, i.line])).toEqual([['ticks', 1], ['agents.count', 3]]);
    expect(invalid.message.split('\n')[0]).toMatch(/^bad\.yaml:1:1: ticks: must be at least/);
  });

  it('frameInterval is about one frame per 2,000 agents, from 2 to 20 ticks', () => {
    expect([300, 3000, 10_000, 1_000_000].map(frameInterval)).toEqual([2, 2, 5, 20]);
  });
});
