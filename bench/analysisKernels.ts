// Benchmark worker: times one analysis kernel on a synthetic graph or on random vectors; prints one JSON line.
import { readFileSync } from 'node:fs';
import { degreeAssortativity, numericAssortativity } from '../sim/analysis/assortativity.js';
import { clustering } from '../sim/analysis/clustering.js';
import { graphMetrics } from '../sim/analysis/graphMetrics.js';
import { kendallTauB } from '../sim/analysis/kendallTauB.js';
import { louvainCommunities } from '../sim/analysis/louvain.js';
import { louvainGraphology } from '../sim/analysis/louvainGraphology.js';
import { pagerank } from '../sim/analysis/pagerank.js';
import { richClub } from '../sim/analysis/richClub.js';
import { scoreRichClub } from '../sim/analysis/scoreRichClub.js';
import { spearman } from '../sim/analysis/spearman.js';
import { listLengths, sortedAdjacency } from '../sim/analysis/sortedAdjacency.js';
import { Rng } from '../sim/core/rng.js';
import { preferentialAttachment } from '../sim/network/generators/preferentialAttachment.js';
import { DEFAULT_GENERATOR_OPTIONS } from '../sim/network/types.js';

/** Peak resident memory of this process in MiB (Linux VmHWM), or the current RSS elsewhere. */
function peakMemoryMiB(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.memoryUsage().rss / 2 ** 20;
}

/** The synthetic interaction graph: directed preferential attachment, mean out-degree 10 (about 10 edges a node). */
function syntheticGraph(size: number) {
  return preferentialAttachment(size, DEFAULT_GENERATOR_OPTIONS, Rng.fromSeed('bench-analysis'));
}

/** Two correlated vectors with ties: a score-like integer 1–100 against a continuous truth. */
function vectors(size: number): [Float64Array, Float64Array] {
  const rng = Rng.fromSeed('bench-ranks');
  const truth = Float64Array.from({ length: size }, () => rng.logNormal(0, 1.5));
  const score = Float64Array.from(truth, (t) => Math.min(100, Math.max(1, Math.round(20 + 10 * Math.log(t) + rng.normal(0, 8)))));
  return [score, truth];
}

/** Each kernel: builds its input (not timed) and returns the timed work. */
const KERNELS: Record<string, (size: number) => { edges?: number; run: () => unknown }> = {
  adjacency: (size) => {
    const g = syntheticGraph(size);
    return { edges: g.src.length, run: () => [sortedAdjacency(size, g.src, g.dst, 'both'), sortedAdjacency(size, g.src, g.dst, 'in')] };
  },
  clustering: (size) => {
    const g = syntheticGraph(size);
    const u = sortedAdjacency(size, g.src, g.dst, 'both');
    return { edges: g.src.length, run: () => clustering(u) };
  },
  'degree-assortativity': (size) => {
    const g = syntheticGraph(size);
    const u = sortedAdjacency(size, g.src, g.dst, 'both');
    return { edges: g.src.length, run: () => degreeAssortativity(u) };
  },
  pagerank: (size) => {
    const g = syntheticGraph(size);
    const incoming = sortedAdjacency(size, g.src, g.dst, 'in');
    const outDegree = listLengths(sortedAdjacency(size, g.src, g.dst, 'out'));
    return { edges: g.src.length, run: () => pagerank(incoming, outDegree) };
  },
  'rich-club': (size) => {
    const g = syntheticGraph(size);
    const u = sortedAdjacency(size, g.src, g.dst, 'both');
    return { edges: g.src.length, run: () => richClub(u) };
  },
  'score-assortativity-and-rich-club': (size) => {
    const g = syntheticGraph(size);
    const u = sortedAdjacency(size, g.src, g.dst, 'both');
    const scores = vectors(size)[0];
    return { edges: g.src.length, run: () => [numericAssortativity(u, scores), scoreRichClub(u, scores, Rng.fromSeed(1))] };
  },
  louvain: (size) => {
    const g = syntheticGraph(size);
    const u = sortedAdjacency(size, g.src, g.dst, 'both');
    return { edges: g.src.length, run: () => louvainCommunities(u, Rng.fromSeed(1)) };
  },
  'louvain-graphology': (size) => {
    const g = syntheticGraph(size);
    const u = sortedAdjacency(size, g.src, g.dst, 'both');
    return { edges: g.src.length, run: () => louvainGraphology(u, Rng.fromSeed(1)) };
  },
  'metric-pass': (size) => {
    const g = syntheticGraph(size);
    const scores = vectors(size)[0];
    return { edges: g.src.length, run: () => graphMetrics({ ...g, directed: true }, Rng.fromSeed(1), { scores }) };
  },
  spearman: (size) => {
    const [score, truth] = vectors(size);
    return { run: () => spearman(score, truth) };
  },
  kendall: (size) => {
    const [score, truth] = vectors(size);
    return { run: () => kendallTauB(score, truth) };
  },
};

/** Kernel names, in the order the driver runs them. */
export const KERNEL_NAMES = Object.keys(KERNELS);

const [kernel, sizeArg, repeatsArg] = process.argv.slice(2);
if (kernel !== undefined) {
  const make = KERNELS[kernel];
  if (!make) throw new Error(`unknown kernel ${kernel}; one of ${KERNEL_NAMES.join(', ')}`);
  const size = Number(sizeArg);
  const { edges, run } = make(size);
  const seconds: number[] = [];
  let cpuSeconds = 0;
  for (let r = 0; r < Number(repeatsArg ?? 1); r++) {
    const cpu = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    run();
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    cpuSeconds = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6;
  }
  seconds.sort((a, b) => a - b);
  const median = seconds[(seconds.length - 1) >> 1];
  process.stdout.write(
    `${JSON.stringify({
      bench: 'analysis',
      kernel,
      size,
      ...(edges === undefined ? {} : { edges }),
      seconds: Number(median.toFixed(3)),
      runs: seconds.length,
      lastCpuSeconds: Number(cpuSeconds.toFixed(3)),
      peakMemoryMiB: Math.round(peakMemoryMiB()),
    })}\n`,
  );
}
