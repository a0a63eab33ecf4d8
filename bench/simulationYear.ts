// Benchmark worker: one simulated year of the default mix at a given size; prints one JSON line.
// Arguments: agents, ticks (365), scenario file (baseline), scoring mode: `displayed` (only the displayed
// score, the engine's own cost; the default) or `all` (every registered algorithm as a shadow, daily).
import { readFileSync } from 'node:fs';
import { Simulation } from '../sim/engine/simulation.js';
import { loadScenario } from '../sim/scenario/load.js';

/** Peak resident memory of this process in MiB (Linux VmHWM), or the current RSS elsewhere. */
function peakMemoryMiB(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.memoryUsage().rss / 2 ** 20;
}

const agents = Number(process.argv[2]);
const ticks = Number(process.argv[3] ?? 365);
const file = process.argv[4] ?? 'scenarios/baseline.yaml';
const loaded = loadScenario(
  readFileSync(file, 'utf8').replace(/^(\s*)count:.*$/m, `$1count: ${agents}`),
  file,
);
loaded.resolved.metrics.interval = 30;
const scoring = process.argv[5] ?? 'displayed';
if (scoring === 'displayed') loaded.resolved.scoring.shadow = [];
const t0 = process.hrtime.bigint();
const sim = Simulation.create(loaded.resolved, { ticks });
const t1 = process.hrtime.bigint();
let lastReport = Number(t1);
while (!sim.done) {
  sim.tick(1);
  const now = Number(process.hrtime.bigint());
  if (now - lastReport > 30e9) {
    process.stderr.write(`  ${agents} agents: tick ${sim.state.tick}/${ticks}\n`);
    lastReport = now;
  }
}
const t2 = process.hrtime.bigint();
const buildSeconds = Number(t1 - t0) / 1e9;
const runSeconds = Number(t2 - t1) / 1e9;
process.stdout.write(
  `${JSON.stringify({
    bench: 'simulation-year',
    scoring,
    agents,
    ticks,
    edges: sim.state.graph.edgeCount,
    buildSeconds: Number(buildSeconds.toFixed(2)),
    runSeconds: Number(runSeconds.toFixed(2)),
    agentDaysPerSecond: Math.round((agents * ticks) / runSeconds),
    peakMemoryMiB: Math.round(peakMemoryMiB()),
  })}\n`,
);
