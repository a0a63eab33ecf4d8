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
/** CPU seconds (user + system) of this process since `from`: fairer than wall time on a shared machine. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

let t = process.hrtime.bigint();
const sim = Simulation.create(loaded.resolved, { ticks: days + 1 });
const buildSeconds = seconds(t);
t = process.hrtime.bigint();
let cpu = process.cpuUsage();
sim.tick(days);
const daySeconds = seconds(t) / days;
const dayCpu = cpuSeconds(cpu) / days;
process.stdout.write(`${JSON.stringify({ bench: 'metrics-reporters', agents, days, buildSeconds: +buildSeconds.toFixed(2), secondsPerDay: +daySeconds.toFixed(3), cpuSecondsPerDay: +dayCpu.toFixed(3), edges: sim.state.graph.edgeCount })}\n`);

const schedule: ReportSchedule = { interval: 7, lastTick: days, intervalDue: true };
let total = 0;
let totalCpu = 0;
for (const name of only ?? reporters.names()) {
  const reporter = reporters.get(name);
  const times: number[] = [];
  const cpus: number[] = [];
  let rows = 0;
  for (let r = 0; r < repeats; r++) {
    const own = reporter.createState?.();
    rows = 0;
    t = process.hrtime.bigint();
    cpu = process.cpuUsage();
    reporter.report(sim.state, () => rows++, own, schedule);
    times.push(seconds(t));
    cpus.push(cpuSeconds(cpu));
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  total += median(times);
  totalCpu += median(cpus);
  process.stdout.write(`${JSON.stringify({ reporter: name, agents, seconds: +median(times).toFixed(3), cpuSeconds: +median(cpus).toFixed(3), rows })}\n`);
}
// shock-analysis only works after a switch: time its two halves (the day before, and one horizon).
cpu = process.cpuUsage();
const study = captureSwitch(sim.state, 0, sim.state.scoring.displayed);
const captureCpu = cpuSeconds(cpu);
cpu = process.cpuUsage();
switchOutcome(study, sim.state.agents.score, sim.state.agents.active);
process.stdout.write(`${JSON.stringify({ reporter: 'shock-analysis (capture, one horizon)', agents, cpuSeconds: [+captureCpu.toFixed(3), +cpuSeconds(cpu).toFixed(3)] })}\n`);
process.stdout.write(`${JSON.stringify({ allReporters: +total.toFixed(3), allReportersCpu: +totalCpu.toFixed(3), perSimulatedDay: +daySeconds.toFixed(3), cpuPerSimulatedDay: +dayCpu.toFixed(3) })}\n`);
