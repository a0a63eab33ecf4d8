// Web Worker that runs the engine off the page's thread and posts the metric rows after every batch of ticks.
import { Simulation } from '../sim/engine/simulation.js';
import { loadScenario } from '../sim/scenario/load.js';
import type { MetricRow } from '../sim/metrics/reporter.js';

/** Message to the worker: run this scenario text. */
export interface RunRequest {
  source: string;
  file: string;
  agents: number;
  seed: number;
}

/** Messages from the worker: progress with all rows so far, or a validation error. */
export type RunUpdate =
  | { kind: 'progress'; tick: number; ticks: number; rows: MetricRow[] }
  | { kind: 'error'; message: string };

/** Ticks between updates to the page. */
const BATCH = 7;

self.onmessage = (event: MessageEvent<RunRequest>) => {
  const { source, file, agents, seed } = event.data;
  let sim: Simulation;
  try {
    const loaded = loadScenario(source, file);
    loaded.resolved.agents.count = agents;
    const scale = agents / Object.values(loaded.resolved.agents.counts).reduce((a, b) => a + b, 0);
    for (const key of Object.keys(loaded.resolved.agents.counts) as (keyof typeof loaded.resolved.agents.counts)[]) {
      loaded.resolved.agents.counts[key] = Math.round(loaded.resolved.agents.counts[key] * scale);
    }
    sim = Simulation.create(loaded.resolved, { seed });
  } catch (error) {
    self.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies RunUpdate);
    return;
  }
  while (!sim.done) {
    sim.tick(Math.min(BATCH, sim.ticks - sim.state.tick));
    self.postMessage({ kind: 'progress', tick: sim.state.tick, ticks: sim.ticks, rows: sim.recorder.rows } satisfies RunUpdate);
  }
};
