// Benchmark: the cost of one record of each metrics reporter at a given size, against the cost of a simulated day; prints JSON lines.
import { readFileSync } from 'node:fs';
import { Simulation } from '../sim/engine/simulation.js';
import { reporters } from '../sim/metrics/registry.js';
import type { ReportSchedule } from '../sim/metrics/reporter.js';
import { captureSwitch, switchOutcome } from '../sim/metrics/switchStudy.js';
import { loadScenario } from '../sim/scenario/load.js';

// usage: node dist/bench/metricsReporters.js AGENTS [DAYS=56] [REPEATS=3] [REPORTERS=all, comma-separated]
const agents = Number(process.argv[2] ?? 100_000);
const days = Number(process.argv[3] ?? 56);
const repeats = Number(process.argv[4] ?? 3);
const only = process.argv[5]?.split(',');
const file = 'scenarios/baseline.yaml';
const loaded = loadScenario(readFileSync(file, 'utf8').replace(/^(\s*)count:.*$/m, `$1count: ${agents}`), file);
loaded.resolved.metrics.interval = 100_000; // only tick 0 and the last tick record during the warm-up
loaded.resolved.metrics.reporters = ['population'];
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

let t = process.hrtime.bigint();
const sim = Simulation.create(loaded.resolved, { ticks: days + 1 });
const buildSeconds = seconds(t);
t = process.hrtime.bigint();
sim.tick(days);
const daySeconds = seconds(t) / days;
process.stdout.write(`${JSON.stringify({ bench: 'metrics-reporters', agents, days, buildSeconds: +buildSeconds.toFixed(2), secondsPerDay: +daySeconds.toFixed(3), edges: sim.state.graph.edgeCount })}\n`);

const schedule: ReportSchedule = { interval: 7, lastTick: days, intervalDue: true };
let total = 0;
for (const name of only ?? reporters.names()) {
  const reporter = reporters.get(name);
  const times: number[] = [];
  let rows = 0;
  for (let r = 0; r < repeats; r++) {
    const own = reporter.createState?.();
    rows = 0;
    t = process.hrtime.bigint();
    reporter.report(sim.state, () => rows++, own, schedule);
    times.push(seconds(t));
  }
  const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  total += median;
  process.stdout.write(`${JSON.stringify({ reporter: name, agents, seconds: +median.toFixed(3), rows })}\n`);
}
// shock-analysis only works after a switch: time its two halves (the day before, and one horizon).
t = process.hrtime.bigint();
const study = captureSwitch(sim.state, 0, sim.state.scoring.displayed);
const captureSeconds = seconds(t);
t = process.hrtime.bigint();
switchOutcome(study, sim.state.agents.score, sim.state.agents.active);
process.stdout.write(`${JSON.stringify({ reporter: 'shock-analysis (capture, one horizon)', agents, seconds: [+captureSeconds.toFixed(3), +seconds(t).toFixed(3)] })}\n`);
process.stdout.write(`${JSON.stringify({ allReporters: +total.toFixed(3), perSimulatedDay: +daySeconds.toFixed(3) })}\n`);
