// A single headless run: build the simulation, drive it to the end, and serialise the results folder's files.
import { Simulation } from '../engine/simulation.js';
import { agentsCsv } from '../output/agentsCsv.js';
import { metricsCsv } from '../output/metricsCsv.js';
import { summaryTable } from '../output/summaryTable.js';
import type { LoadedScenario } from '../scenario/resolved.js';
import type { RunOptions, RunResult } from './types.js';

/** Serialises a finished (or paused) simulation's outputs: metrics.csv, agents.csv and events.json. */
export function simulationOutputs(sim: Simulation): RunResult {
  const state = sim.state;
  const scores = state.scoring.scores;
  return {
    seed: sim.seed,
    ticks: sim.ticks,
    files: [
      { name: 'metrics.csv', content: metricsCsv(sim.recorder.rows) },
      { name: 'agents.csv', content: agentsCsv(state, scores) },
      { name: 'events.json', content: `${JSON.stringify(state.events, null, 2)}\n` },
    ],
    summary: summaryTable(state),
  };
}

/**
 * Runs a loaded scenario to its last tick and returns its output files (all but manifest.json, which the
 * writer adds with the files' hashes). Deterministic: same scenario and seed, same bytes.
 */
export function runScenario(loaded: LoadedScenario, options: RunOptions = {}): RunResult {
  const sim = Simulation.create(loaded.resolved, {
    seed: options.seed,
    ticks: options.ticks,
    edgeList: options.edgeList,
  });
  while (!sim.done) {
    sim.tick(1);
    options.onProgress?.(sim.state.tick, sim.ticks);
  }
  return simulationOutputs(sim);
}
