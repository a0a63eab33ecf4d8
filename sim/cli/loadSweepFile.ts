// Loading a sweep for a command: the sweep file, its base scenario, every arm's scenario and edge list, and the keyed runs.
import { dirname, isAbsolute, join } from 'node:path';
import type { EdgeListGraph } from '../network/edgeList.js';
import { parseEdgeList } from '../network/edgeList.js';
import { SCORING_ALGORITHMS } from '../run/index.js';
import { sweepArms } from '../sweep/arms.js';
import { loadArmScenarios } from '../sweep/armScenario.js';
import { loadSweep, type LoadedSweep } from '../sweep/loadSweep.js';
import { plannedRuns, runKeyText, type PlannedRun } from '../sweep/runPlan.js';
import { buildSweepPlan, sweepPlanJson, type SweepPlan } from '../sweep/sweepPlan.js';
import { ScenarioError } from '../scenario/errors.js';
import { CliInputError } from './cliErrors.js';
import { edgeListPath, loadScenarioFile } from './loadScenarioFile.js';
import { readTextFile } from './readTextFile.js';
import { sha256Hex } from './resultsFolder.js';
import type { SweepTask } from './sweepWorker.js';
import { scorechaseVersion } from './version.js';

/** One run ready for the pool: its place, key, arm label, the task for a worker and its run.json. */
export interface SweepRun extends PlannedRun {
  key: string;
  label: string;
  task: SweepTask;
  runJson: string;
}

/** A sweep ready to run: the loaded sweep file, its plan (and plan.json's text) and every run in canonical order. */
export interface SweepForRun {
  sweep: LoadedSweep;
  plan: SweepPlan;
  planText: string;
  runs: SweepRun[];
}

/** Where the base scenario lives: `base` relative to the sweep file's folder (absolute paths as they are). */
export function basePath(sweepFile: string, base: string): string {
  return isAbsolute(base) ? base : join(dirname(sweepFile), base);
}

/**
 * Reads and validates the sweep `file`, its base scenario (and edge list), builds and validates every
 * arm's scenario, reads any other edge list an arm names, and keys every run:
 * sha256(`runKeyText`) of the version, the arm's resolved scenario, seed, ticks and edge list hash.
 * Throws `CliInputError` (unreadable files), `ScenarioError` (an invalid sweep — located in the sweep
 * file — or base scenario) or `EdgeListError`.
 */
export async function loadSweepFile(file: string): Promise<SweepForRun> {
  const sweep = loadSweep(await readTextFile(file, 'sweep file'), file);
  const baseFile = basePath(file, sweep.parsed.base);
  const base = await loadScenarioFile(baseFile).catch((error: unknown) => {
    if (error instanceof CliInputError) throw new ScenarioError([sweep.issueAt(['base'], error.message)]);
    throw error;
  });
  const arms = sweepArms(sweep.grid);
  const scenarios = loadArmScenarios(sweep, base.loaded, arms, { algorithms: SCORING_ALGORITHMS });
  const edgeLists = new Map<string, { graph: EdgeListGraph; sha256: string }>();
  const edgeListOf = async (network: { generator: string; file?: string }) => {
    if (network.generator !== 'edge-list' || network.file === undefined) return undefined;
    const path = edgeListPath(baseFile, network.file);
    let entry = edgeLists.get(path);
    if (entry === undefined) {
      const text = await readTextFile(path, 'edge list');
      entry = { graph: parseEdgeList(text, path), sha256: sha256Hex(text) };
      edgeLists.set(path, entry);
    }
    return entry;
  };
  const version = scorechaseVersion();
  const ticks = scenarios.map((scenario) => sweep.parsed.ticks ?? scenario.resolved.ticks);
  const keys: string[][] = [];
  const edges: Array<{ graph: EdgeListGraph; sha256: string } | undefined> = [];
  for (const [a, scenario] of scenarios.entries()) {
    const edgeList = await edgeListOf(scenario.resolved.network);
    edges.push(edgeList);
    keys.push(
      sweep.seeds.map((seed) =>
        sha256Hex(runKeyText({ version, resolved: scenario.resolved, seed, ticks: ticks[a], edgeListSha256: edgeList?.sha256 })),
      ),
    );
  }
  const plan = buildSweepPlan({ version, sweep, base: { ...base.loaded, file: baseFile }, arms, ticks, keys });
  const runs = plannedRuns(arms.length, sweep.seeds).map((run): SweepRun => {
    const key = keys[run.arm][run.seedIndex];
    const label = arms[run.arm].label;
    const runJson = `${JSON.stringify(
      { engine: 'scorechase', version, key, arm: label, params: plan.arms[run.arm].params, seed: run.seed, ticks: ticks[run.arm], scenario: plan.base.file },
      null,
      2,
    )}\n`;
    const task: SweepTask = { resolved: scenarios[run.arm].resolved, seed: run.seed, ticks: ticks[run.arm], edgeList: edges[run.arm]?.graph };
    return { ...run, key, label, task, runJson };
  });
  return { sweep, plan, planText: sweepPlanJson(plan), runs };
}
