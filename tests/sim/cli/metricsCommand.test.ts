// Tests of `scorechase metrics`: tables and JSON for the networkx fixtures, the seed, and user errors with file and line (exit 2, no stack).
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../sim/cli/main.js';
import { captureIo } from './captureIo.js';
import { makeTempDir } from './scenarioFixtures.js';
import { runCli } from './spawnCli.js';

const STACK_LINE = /^\s+at /m;
const GRAPHS = 'tests/fixtures/graphs';
const KARATE = `${GRAPHS}/karate.csv`;
const CLUSTERED = `${GRAPHS}/clustered.csv`;
const CLUSTERED_SCORES = `${GRAPHS}/clustered_scores.csv`;
/** networkx reference values (tests/fixtures/graphs/make_fixtures.py). */
const reference = (name: string) => JSON.parse(readFileSync(`${GRAPHS}/${name}.json`, 'utf8'));

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('scorechase-metrics-');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out = captureIo();
  const code = await main(argv, out.io);
  return { code, stdout: out.stdout, stderr: out.stderr };
}

describe('scorechase metrics', () => {
  it('prints the summary, PageRank and rich-club tables for an undirected edge list', async () => {
    const result = await cli('metrics', '--graph', KARATE);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^tests\/fixtures\/graphs\/karate\.csv: graph metrics\n/);
    expect(result.stdout).toMatch(/^nodes +34$/m);
    expect(result.stdout).toMatch(/^edges +78$/m);
    expect(result.stdout).toMatch(/^average clustering +0\.570638$/m);
    expect(result.stdout).toMatch(/^ +1 +33 +0\.100919$/m);
    expect(result.stdout).toContain('rich club by degree');
    expect(result.stdout).not.toContain('reciprocity');
  });

  it('prints every documented JSON field, matching networkx, for a directed graph with scores', async () => {
    const result = await cli('metrics', '--graph', CLUSTERED, '--directed', '--scores', CLUSTERED_SCORES, '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout);
    const ref = reference('clustered');
    expect(Object.keys(json)).toEqual([
      'nodes', 'edges', 'directed', 'density', 'reciprocity', 'averageClustering', 'transitivity', 'degreeAssortativity',
      'communities', 'modularity', 'richClub', 'pagerankTop', 'scoreAssortativity', 'scoreRichClub',
    ]);
    expect(json).toMatchObject({ nodes: ref.nodes, edges: ref.edges, directed: true });
    for (const field of ['density', 'reciprocity', 'averageClustering', 'transitivity', 'degreeAssortativity', 'scoreAssortativity']) {
      expect(Math.abs(json[field] - ref[field]), field).toBeLessThan(1e-9);
    }
    expect(json.richClub[3].degree).toBe(3);
    expect(Math.abs(json.richClub[3].coefficient - ref.richClub[3].coefficient)).toBeLessThan(1e-9);
    expect(json.pagerankTop).toHaveLength(10);
    expect(Math.abs(json.pagerankTop[0].pagerank - ref.pagerank[json.pagerankTop[0].id])).toBeLessThan(1e-6);
    expect(json.communities).toBeGreaterThan(1);
    expect(json.modularity).toBeGreaterThan(ref.louvainModularity - 0.01);
    expect(Object.keys(json.scoreRichClub[0])).toEqual(['threshold', 'coefficient', 'normalised']);
  });

  it('gives identical output for the same seed and other shuffles for another', async () => {
    const args = ['metrics', '--graph', CLUSTERED, '--scores', CLUSTERED_SCORES, '--json'];
    const a = await cli(...args, '--seed', '5');
    const b = await cli(...args, '--seed', '5');
    const c = await cli(...args, '--seed', '6');
    expect(b.stdout).toBe(a.stdout);
    expect(JSON.parse(c.stdout).scoreRichClub).not.toEqual(JSON.parse(a.stdout).scoreRichClub);
  });

  it('reports a bad scores row as file:line: reason and exits 2 without a stack', async () => {
    const scores = join(dir, 'scores.csv');
    await writeFile(scores, 'id,score\n0,1\n1,lots\n');
    const result = await cli('metrics', '--graph', KARATE, '--scores', scores);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${scores}:3: score "lots" is not a finite number\n` });
  });

  it('reports nodes without a score, a bad edge list and a missing file with exit 2', async () => {
    const scores = join(dir, 'scores.csv');
    await writeFile(scores, 'id,score\n0,1\n');
    const missing = await cli('metrics', '--graph', KARATE, '--scores', scores);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(new RegExp(`^${scores}: no score for 33 nodes of the edge list: "1", `));
    const edges = join(dir, 'edges.csv');
    await writeFile(edges, 'source,target\na,b\nb,c,d\n');
    expect(await cli('metrics', '--graph', edges)).toEqual({
      code: 2,
      stdout: '',
      stderr: `${edges}:3: expected "source,target", got 3 fields\n`,
    });
    const absent = await cli('metrics', '--graph', join(dir, 'nope.csv'));
    expect(absent.code).toBe(2);
    expect(absent.stderr).toBe(`scorechase: cannot read edge list ${join(dir, 'nope.csv')}: no such file or folder\n`);
    for (const result of [missing, absent]) expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('exits 2 without --graph or with a bad seed, and shows help with an example', async () => {
    const noGraph = await cli('metrics');
    expect(noGraph.code).toBe(2);
    expect(noGraph.stderr).toContain("required option '--graph <file>' not specified");
    expect((await cli('metrics', '--graph', KARATE, '--seed', 'a b')).code).toBe(2);
    const help = await cli('metrics', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: scorechase metrics');
    expect(help.stdout).toContain('$ scorechase metrics --graph');
  });

  it.runIf(existsSync('dist/sim/cli/metricsCommand.js'))('runs as node bin/scorechase.js (graphology and its CommonJS Louvain load under plain Node)', async () => {
    const result = await runCli(['metrics', '--graph', KARATE, '--json'], process.cwd());
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).nodes).toBe(34);
  });
});
