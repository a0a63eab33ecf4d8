// Tests of louvainCommunities (typed arrays) and louvainGraphology: determinism, modularity as networkx computes it, quality against networkx's Louvain.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { louvainCommunities } from '../../../sim/analysis/louvain.js';
import { louvainGraphology } from '../../../sim/analysis/louvainGraphology.js';
import { modularity } from '../../../sim/analysis/modularity.js';
import { sortedAdjacency } from '../../../sim/analysis/sortedAdjacency.js';
import { Rng } from '../../../sim/core/rng.js';
import { FIXTURE_NAMES, loadFixture } from './networkxFixtures.js';

/** Two 4-cliques joined by nothing, plus an isolated node 8. */
const TWO_CLIQUES = (() => {
  const src: number[] = [];
  const dst: number[] = [];
  for (const base of [0, 4]) for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) src.push(base + a) && dst.push(base + b);
  return sortedAdjacency(9, src, dst, 'both');
})();

/** True when python3 with networkx can run here (the cross-check below is skipped otherwise). */
const HAS_NETWORKX = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

/** networkx's modularity of a partition of each edge-list fixture, computed by one python3 process. */
function networkxModularities(partitions: { file: string; ids: string[]; community: number[] }[]): number[] {
  const script = [
    'import json, sys, networkx as nx',
    'for data in json.load(sys.stdin):',
    '    g = nx.Graph()',
    '    for line in open(data["file"]).read().split("\\n")[1:]:',
    '        if line:',
    '            u, v = line.split(",")',
    '            g.add_node(u); g.add_node(v)',
    '            if u != v: g.add_edge(u, v)',
    '    groups = {}',
    '    for node, c in zip(data["ids"], data["community"]): groups.setdefault(c, set()).add(node)',
    '    print(repr(nx.community.modularity(g, list(groups.values()), weight=None)))',
  ].join('\n');
  const result = spawnSync('python3', ['-c', script], { input: JSON.stringify(partitions), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim().split('\n').map(Number);
}

describe('louvainCommunities', () => {
  it('finds the two cliques with modularity 0.5 and leaves the isolated node alone', () => {
    const { community, count, modularity: q } = louvainCommunities(TWO_CLIQUES, Rng.fromSeed(1));
    expect([...community]).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2]);
    expect(count).toBe(3);
    expect(q).toBeCloseTo(0.5, 15);
  });

  it('puts every node of a graph without edges in its own community, modularity 0', () => {
    const result = louvainCommunities(sortedAdjacency(3, [], [], 'both'), Rng.fromSeed(1));
    expect(result).toEqual({ community: Int32Array.from([0, 1, 2]), count: 3, modularity: 0 });
  });

  it.runIf(HAS_NETWORKX)('reports the modularity networkx computes for its partition, within 1e-9, on every fixture', () => {
    const fixtures = FIXTURE_NAMES.map(loadFixture);
    const ours = fixtures.map(({ edges }) =>
      louvainCommunities(sortedAdjacency(edges.nodeCount, edges.src, edges.dst, 'both'), Rng.fromSeed(3)));
    const theirs = networkxModularities(
      fixtures.map(({ edgeFile, edges }, k) => ({ file: edgeFile, ids: edges.ids, community: [...ours[k].community] })),
    );
    ours.forEach((result, k) => expect(Math.abs(theirs[k] - result.modularity), fixtures[k].name).toBeLessThan(1e-9));
  });

  describe.each(FIXTURE_NAMES.map((name) => [name]))('on %s', (name) => {
    const { edges, reference } = loadFixture(name);
    const graph = sortedAdjacency(edges.nodeCount, edges.src, edges.dst, 'both');

    it('gives the same partition for the same seed, numbered by lowest node id', () => {
      const a = louvainCommunities(graph, Rng.fromSeed(7));
      const b = louvainCommunities(graph, Rng.fromSeed(7));
      expect(b).toEqual(a);
      expect(a.community[0]).toBe(0);
      expect(Math.max(...a.community)).toBe(a.count - 1);
      expect(a.modularity).toBe(modularity(graph, a.community));
    });

    it('reaches networkx\'s Louvain modularity within 0.01 for every one of five seeds', () => {
      for (let seed = 1; seed <= 5; seed++) {
        expect(louvainCommunities(graph, Rng.fromSeed(seed)).modularity).toBeGreaterThan(reference.louvainModularity - 0.01);
      }
    });

    it('louvainGraphology is deterministic per seed and as good', () => {
      const a = louvainGraphology(graph, Rng.fromSeed(2));
      expect(louvainGraphology(graph, Rng.fromSeed(2))).toEqual(a);
      expect(a.modularity).toBe(modularity(graph, a.community));
      expect(a.modularity).toBeGreaterThan(reference.louvainModularity - 0.01);
    });
  });
});
