// A single headless run: build the simulation, drive it to the end, and serialise the results folder's files.
import { Simulation } from '../engine/simulation.js';
import { SUMMARY_VERSION } from '../metrics/summaryJson.js';
import { agentsCsv } from '../output/agentsCsv.js';
import { metricsCsv } from '../output/metricsCsv.js';
import { summaryTable } from '../output/summaryTable.js';
import type { LoadedScenario } from '../scenario/resolved.js';
import type { RunOptions, RunResult } from './types.js';

/**
 * The text of summary.json: the layout version, seed, ticks and the tick reached, then every metrics
 * reporter's summary section by reporter name (validity, the Million Follower Fallacy table, shock
 * winners and losers, the clique history, experience, hiring rounds; sim/metrics/README.md).
 */
export function summaryJson(sim: Simulation): string {
  const summary = { version: SUMMARY_VERSION, seed: sim.seed, ticks: sim.ticks, tick: sim.state.tick, ...sim.recorder.summary(sim.state) };
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/** Serialises a finished (or paused) simulation's outputs: metrics.csv, agents.csv, events.json and summary.json. */
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
      { name: 'summary.json', content: summaryJson(sim) },
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
