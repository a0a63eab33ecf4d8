// Tests of FollowGraph: building from edges, follow/unfollow against a plain model, growth, snapshots, reciprocity.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import { FollowGraph } from '../../../sim/network/followGraph.js';

/** A slow, obviously correct model: ordered lists of followees and followers per node. */
class ListModel {
  out: number[][] = [];
  in: number[][] = [];
  edges = 0;
  constructor(n: number) {
    this.addNodes(n);
  }
  addNodes(k: number): void {
    for (let i = 0; i < k; i++) {
      this.out.push([]);
      this.in.push([]);
    }
  }
  follow(u: number, v: number): boolean {
    if (u === v || this.out[u].includes(v)) return false;
    this.out[u].push(v);
    this.in[v].push(u);
    this.edges++;
    return true;
  }
  unfollow(u: number, v: number): boolean {
    const i = this.out[u].indexOf(v);
    if (i < 0) return false;
    this.out[u].splice(i, 1);
    this.in[v].splice(this.in[v].indexOf(u), 1);
    this.edges--;
    return true;
  }
}

function expectSameAsModel(g: FollowGraph, model: ListModel): void {
  expect(g.nodeCount).toBe(model.out.length);
  expect(g.edgeCount).toBe(model.edges);
  for (let u = 0; u < g.nodeCount; u++) {
    expect(Array.from(g.followees(u))).toEqual(model.out[u]);
    expect(Array.from(g.followers(u))).toEqual(model.in[u]);
    expect(g.outDegree(u)).toBe(model.out[u].length);
    expect(g.inDegree(u)).toBe(model.in[u].length);
    const hot = Array.from(g.outPool.subarray(g.outStart[u], g.outStart[u] + g.outLen[u]));
    expect(hot).toEqual(model.out[u]);
    expect(Array.from(g.inPool.subarray(g.inStart[u], g.inStart[u] + g.inLen[u]))).toEqual(model.in[u]);
  }
}

/** Applies `count` random follow/unfollow/isFollowing/addNodes operations to the graph and the model alike. */
function randomOperations(g: FollowGraph, model: ListModel | null, rng: Rng, count: number): string[] {
  const log: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = g.nodeCount;
    const u = rng.int(n);
    const v = rng.int(n);
    const r = rng.next();
    if (r < 0.55) {
      const added = g.follow(u, v);
      if (model) expect(added).toBe(model.follow(u, v));
      log.push(`f${u},${v}:${added}`);
    } else if (r < 0.85) {
      // Unfollow an existing edge most of the time, so lists shrink as well as grow.
      const w = g.outDegree(u) > 0 && rng.chance(0.8) ? g.followees(u)[rng.int(g.outDegree(u))] : v;
      const removed = g.unfollow(u, w);
      if (model) expect(removed).toBe(model.unfollow(u, w));
      log.push(`u${u},${w}:${removed}`);
    } else if (r < 0.995) {
      const has = g.isFollowing(u, v);
      if (model) expect(has).toBe(model.out[u].includes(v));
      log.push(`i${u},${v}:${has}`);
    } else {
      const first = g.addNodes(3);
      if (model) {
        expect(first).toBe(model.out.length);
        model.addNodes(3);
      }
      log.push(`a${first}`);
    }
  }
  return log;
}

describe('FollowGraph', () => {
  it('fromEdges ignores self-loops and repeated edges and keeps the order of first appearance', () => {
    const src = Int32Array.from([2, 0, 2, 0, 1, 2, 0]);
    const dst = Int32Array.from([1, 1, 0, 1, 1, 1, 2]);
    const g = FollowGraph.fromEdges(4, src, dst);
    expect(g.nodeCount).toBe(4);
    expect(g.edgeCount).toBe(4);
    expect(Array.from(g.followees(0))).toEqual([1, 2]);
    expect(Array.from(g.followees(2))).toEqual([1, 0]);
    expect(Array.from(g.followers(1))).toEqual([2, 0]);
    expect(Array.from(g.followers(0))).toEqual([2]);
    expect(g.outDegree(3) + g.inDegree(3)).toBe(0);
  });

  it('fromEdges rejects ids outside the node range', () => {
    expect(() => FollowGraph.fromEdges(2, Int32Array.from([0]), Int32Array.from([2]))).toThrow(RangeError);
  });

  it('follow, unfollow and isFollowing match a plain list model over thousands of random operations', () => {
    const rng = Rng.fromSeed(1).fork('ops');
    const n = 40;
    const src = Int32Array.from({ length: 300 }, () => rng.int(n));
    const dst = Int32Array.from({ length: 300 }, () => rng.int(n));
    const g = FollowGraph.fromEdges(n, src, dst);
    const model = new ListModel(n);
    for (let i = 0; i < src.length; i++) model.follow(src[i], dst[i]);
    expectSameAsModel(g, model);
    for (let round = 0; round < 10; round++) {
      randomOperations(g, model, rng, 600);
      expectSameAsModel(g, model);
    }
  });

  it('follow returns false for a self-loop or an existing edge, and unfollow for a missing one', () => {
    const g = FollowGraph.fromEdges(3, Int32Array.from([0]), Int32Array.from([1]));
    expect(g.follow(0, 0)).toBe(false);
    expect(g.follow(0, 1)).toBe(false);
    expect(g.unfollow(1, 0)).toBe(false);
    expect(g.edgeCount).toBe(1);
    expect(() => g.follow(0, 3)).toThrow(RangeError);
  });

  it('grows lists, pools and node arrays far beyond their initial capacity', () => {
    const g = FollowGraph.fromEdges(1, new Int32Array(0), new Int32Array(0));
    const hub = 0;
    const first = g.addNodes(5000);
    expect(first).toBe(1);
    for (let v = 1; v <= 5000; v++) {
      expect(g.follow(v, hub)).toBe(true);
      if (v % 2 === 0) expect(g.follow(hub, v)).toBe(true);
    }
    expect(g.nodeCount).toBe(5001);
    expect(g.edgeCount).toBe(7500);
    expect(g.inDegree(hub)).toBe(5000);
    expect(g.outDegree(hub)).toBe(2500);
    expect(Array.from(g.followers(hub))).toEqual(Array.from({ length: 5000 }, (_, i) => i + 1));
    expect(g.isFollowing(4000, hub) && g.isFollowing(hub, 4000) && !g.isFollowing(hub, 4001)).toBe(true);
    g.compact();
    expect(g.outPool.length).toBe(7500);
    expect(Array.from(g.followees(hub)).slice(0, 3)).toEqual([2, 4, 6]);
  });

  it('addNodes appends isolated nodes and returns the first new id', () => {
    const g = FollowGraph.fromEdges(2, Int32Array.from([0]), Int32Array.from([1]));
    expect(g.addNodes(3)).toBe(2);
    expect(g.nodeCount).toBe(5);
    expect(g.inDegree(4)).toBe(0);
    expect(g.follow(4, 0)).toBe(true);
    expect(Array.from(g.followers(0))).toEqual([4]);
  });

  it('snapshot then fromSnapshot, also through structuredClone, continues exactly like the original', () => {
    const rng = Rng.fromSeed(2);
    const n = 60;
    const src = Int32Array.from({ length: 500 }, () => rng.int(n));
    const dst = Int32Array.from({ length: 500 }, () => rng.int(n));
    const original = FollowGraph.fromEdges(n, src, dst);
    randomOperations(original, null, rng, 2000);
    const snapshot = original.snapshot();
    expect(snapshot.outTargets.length).toBe(original.edgeCount);
    const restored = FollowGraph.fromSnapshot(snapshot);
    const cloned = FollowGraph.fromSnapshot(structuredClone(snapshot));
    const logs = [original, restored, cloned].map((g) => randomOperations(g, null, Rng.fromSeed(3), 3000));
    expect(logs[1]).toEqual(logs[0]);
    expect(logs[2]).toEqual(logs[0]);
    const edges = [original, restored, cloned].map((g) => g.edges());
    expect(edges[1]).toEqual(edges[0]);
    expect(edges[2]).toEqual(edges[0]);
    for (let v = 0; v < original.nodeCount; v++) expect(cloned.followers(v)).toEqual(original.followers(v));
  });

  it('fromSnapshot rejects a snapshot whose offsets and lists disagree', () => {
    const s = FollowGraph.fromEdges(3, Int32Array.from([0, 1]), Int32Array.from([1, 2])).snapshot();
    expect(() => FollowGraph.fromSnapshot({ ...s, inSources: new Int32Array(1) })).toThrow(/inconsistent/);
  });

  it('edges lists every edge in node order, then list order', () => {
    const g = FollowGraph.fromEdges(3, Int32Array.from([2, 0, 2]), Int32Array.from([1, 2, 0]));
    g.follow(0, 1);
    const { src, dst } = g.edges();
    expect(Array.from(src)).toEqual([0, 0, 2, 2]);
    expect(Array.from(dst)).toEqual([2, 1, 1, 0]);
  });

  it('reciprocity is the share of edges whose reverse exists, as in networkx', () => {
    // 0↔1 and 2↔3 are mutual (4 edges); 1→2 and 0→3 are not.
    const g = FollowGraph.fromEdges(4, Int32Array.from([0, 1, 1, 2, 3, 0]), Int32Array.from([1, 0, 2, 3, 2, 3]));
    expect(g.reciprocity()).toBeCloseTo(4 / 6, 12);
    g.follow(2, 1);
    expect(g.reciprocity()).toBeCloseTo(6 / 7, 12);
    expect(FollowGraph.fromEdges(2, new Int32Array(0), new Int32Array(0)).reciprocity()).toBe(0);
  });
});
