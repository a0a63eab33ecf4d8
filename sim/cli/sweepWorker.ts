// The sweep's worker thread: runs one scenario run with `runScenario` and hands back its metrics.csv.
import type { EdgeListGraph } from '../network/edgeList.js';
import type { ResolvedScenario } from '../scenario/resolved.js';
import { runScenario } from '../run/index.js';

/** One run, as sent to a worker (structured-cloned). */
export interface SweepTask {
  resolved: ResolvedScenario;
  seed: number | string;
  ticks: number;
  edgeList?: EdgeListGraph;
}

/** What a worker sends back: the run's metrics.csv text. */
export interface SweepTaskResult {
  metricsCsv: string;
}

/** Runs the task in this worker thread; errors reject the task, and the sweep reports them with the run's arm and seed. */
export default function runSweepTask(task: SweepTask): SweepTaskResult {
  const loaded = { file: task.resolved.name, source: '', written: null, resolved: task.resolved };
  const result = runScenario(loaded, { seed: task.seed, ticks: task.ticks, edgeList: task.edgeList });
  const metrics = result.files.find((file) => file.name === 'metrics.csv');
  if (metrics === undefined) throw new Error('the run produced no metrics.csv');
  return { metricsCsv: metrics.content };
}
