// Sweep benchmark: pool throughput with 1 and 2 workers (interleaved rounds), the speed-up, and the per-run overhead; prints JSON lines.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRunFolder } from '../sim/cli/runCache.js';
import { startSweepPool } from '../sim/cli/sweepPool.js';
import type { SweepTask } from '../sim/cli/sweepWorker.js';
import { runScenario } from '../sim/run/index.js';
import { loadScenario } from '../sim/scenario/load.js';
import type { LoadedScenario } from '../sim/scenario/resolved.js';

/** Options: `--runs 50 --agents 10000 --ticks 60 --workers 1,2 --repeat 1` (rounds interleaved; medians reported; `--runs 0` measures the overhead only). */
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const runs = Number(option('runs', '50'));
const agents = Number(option('agents', '10000'));
const ticks = Number(option('ticks', '60'));
const workerCounts = option('workers', '1,2').split(',').map(Number);
const repeat = Number(option('repeat', '1'));
const file = 'scenarios/baseline.yaml';

/** The baseline scenario at another size. */
function baselineWith(count: number): LoadedScenario {
  return loadScenario(readFileSync(file, 'utf8').replace(/^(\s*)count:.*$/m, `$1count: ${count}`), file);
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const print = (record: object) => process.stdout.write(`${JSON.stringify(record)}\n`);

// Throughput: `runs` runs of `agents` agents × `ticks` ticks (seeds 1..runs), pool start-up included.
const big = baselineWith(agents);
const tasks: SweepTask[] = Array.from({ length: runs }, (_, i) => ({ resolved: big.resolved, seed: i + 1, ticks }));
const throughput = new Map<number, number[]>();
for (let round = 0; runs > 0 && round < repeat; round++) {
  for (const workers of workerCounts) {
    process.stderr.write(`sweep benchmark: ${runs} runs of ${agents} agents × ${ticks} ticks on ${workers} worker(s)…\n`);
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const pool = startSweepPool(workers);
    await Promise.all(tasks.map((task) => pool.run(task)));
    await pool.destroy();
    const elapsed = seconds(start);
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    throughput.set(workers, [...(throughput.get(workers) ?? []), runs / elapsed]);
    print({
      bench: 'sweep-throughput',
      workers,
      runs,
      agents,
      ticks,
      seconds: Number(elapsed.toFixed(2)),
      runsPerSecond: Number((runs / elapsed).toFixed(3)),
      // CPU seconds this process got, over what `workers` whole cores would give: below 1 when other processes took the cores.
      coreShare: Number((cpuSeconds / (elapsed * workers)).toFixed(2)),
      cpuSecondsPerRun: Number((cpuSeconds / runs).toFixed(2)),
    });
  }
}
if (throughput.has(1) && throughput.has(2)) {
  const speedup = median(throughput.get(2)!) / median(throughput.get(1)!);
  print({ bench: 'sweep-speedup', workers: 2, rounds: repeat, speedup: Number(speedup.toFixed(2)), target: 1.8 });
}

// Overhead: a 1-tick 100-agent run through a warm one-worker pool minus the same run in this thread;
// the two alternate (so a change of machine load hits both alike), medians of 30 after 3 warm-ups each.
const tiny = baselineWith(100);
const tinyTask: SweepTask = { resolved: tiny.resolved, seed: 1, ticks: 1 };
const coldStart = process.hrtime.bigint();
const pool = startSweepPool(1);
await pool.run(tinyTask);
const coldMs = seconds(coldStart) * 1000;
const inProcess: number[] = [];
const pooled: number[] = [];
for (let i = 0; i < 33; i++) {
  let start = process.hrtime.bigint();
  runScenario(tiny, { seed: 1, ticks: 1 });
  const local = seconds(start) * 1000;
  start = process.hrtime.bigint();
  await pool.run(tinyTask);
  const remote = seconds(start) * 1000;
  if (i < 3) continue;
  inProcess.push(local);
  pooled.push(remote);
}
await pool.destroy();
const cache = mkdtempSync(join(tmpdir(), 'scorechase-bench-'));
const writes: number[] = [];
const metricsCsv = runScenario(tiny, { seed: 1, ticks: 1 }).files[0].content;
for (let i = 0; i < 30; i++) {
  const start = process.hrtime.bigint();
  await writeRunFolder(cache, i.toString(16).padStart(64, '0'), [{ name: 'metrics.csv', content: metricsCsv }, { name: 'run.json', content: '{}\n' }]);
  writes.push(seconds(start) * 1000);
}
rmSync(cache, { recursive: true, force: true });
const round = (ms: number) => Number(ms.toFixed(2));
print({
  bench: 'sweep-overhead',
  inProcessMs: round(median(inProcess)),
  poolMs: round(median(pooled)),
  overheadMs: round(median(pooled) - median(inProcess)),
  target: '< 50',
  firstPoolRunMs: round(coldMs),
  cacheWriteMs: round(median(writes)),
});
