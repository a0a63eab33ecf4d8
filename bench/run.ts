// `npm run bench`: runs every benchmark, each in its own process (so peak memory is its own), printing JSON lines.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The benchmarks, by name: `year` (a simulated year of the default mix at 10k, 100k and 1M agents, the
 * engine with the displayed score), `year-all-scores` (the same at 10k and 100k with every scoring
 * algorithm computed daily), `scoring` (one daily recompute of each algorithm at 100k and 1M agents),
 * `analysis` (the metric pass on a 1M-node, 10M-edge graph and rank correlations on 1M agents) and
 * `sweep` (worker-pool throughput). `npm run bench -- year scoring` runs a subset.
 */
const BENCHMARKS: Record<string, Array<[script: string, args: string[]]>> = {
  year: [10_000, 100_000, 1_000_000].map((n) => ['simulationYear.js', [String(n), '365', 'scenarios/baseline.yaml', 'displayed']]),
  'year-all-scores': [10_000, 100_000].map((n) => ['simulationYear.js', [String(n), '365', 'scenarios/baseline.yaml', 'all']]),
  scoring: [['scoringDaily.js', ['100000', '1000000']]],
  analysis: [['analysis.js', []]],
  sweep: [['sweep.js', []]],
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of wanted) {
  if (!(name in BENCHMARKS)) {
    process.stderr.write(`unknown benchmark "${name}"; valid: ${Object.keys(BENCHMARKS).join(', ')}\n`);
    process.exit(2);
  }
}
let failed = false;
for (const name of wanted.length ? wanted : Object.keys(BENCHMARKS)) {
  for (const [script, args] of BENCHMARKS[name]) {
    process.stderr.write(`${name}: ${script} ${args.join(' ')}…\n`);
    const worker = fileURLToPath(new URL(`./${script}`, import.meta.url));
    const result = spawnSync(process.execPath, ['--max-old-space-size=8192', worker, ...args], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (result.status !== 0) {
      process.stderr.write(`${name} (${script} ${args.join(' ')}) failed with exit ${result.status}\n`);
      failed = true;
    }
  }
}
process.exitCode = failed ? 1 : 0;
