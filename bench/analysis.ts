// `node dist/bench/analysis.js`: times the analysis kernels, each in its own process (so peak memory is its own); prints JSON lines.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The plan: [kernel, size, runs]. The metric kernels on the synthetic 1M-node, 10M-edge graph; Louvain
 * at 100k nodes by both implementations and at 1M by ours only (graphology needs minutes and gigabytes
 * there, /work/shared/ANCHORS.md); Spearman and Kendall on two vectors of 1M agents. `seconds` is the
 * median of the runs, kernel time only (building the input is not timed).
 */
const PLAN: [string, number, number][] = [
  ['spearman', 1_000_000, 5],
  ['kendall', 1_000_000, 5],
  ['adjacency', 1_000_000, 3],
  ['clustering', 1_000_000, 3],
  ['degree-assortativity', 1_000_000, 3],
  ['pagerank', 1_000_000, 3],
  ['rich-club', 1_000_000, 3],
  ['score-assortativity-and-rich-club', 1_000_000, 3],
  ['louvain', 100_000, 3],
  ['louvain-graphology', 100_000, 1],
  ['louvain', 1_000_000, 1],
  ['metric-pass', 1_000_000, 1],
];

const only = process.argv.indexOf('--only');
const kernels = only > 0 ? process.argv[only + 1].split(',') : null;
const worker = fileURLToPath(new URL('./analysisKernels.js', import.meta.url));
let failed = false;
for (const [kernel, size, runs] of PLAN) {
  if (kernels && !kernels.includes(kernel)) continue;
  process.stderr.write(`${kernel} at ${size}…\n`);
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', worker, kernel, String(size), String(runs)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    process.stderr.write(`${kernel} at ${size} failed (exit ${result.status})\n`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
