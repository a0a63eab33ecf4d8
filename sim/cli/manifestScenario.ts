// The scenario a results folder was run from, rebuilt from its manifest and checked as `scorechase run` checks a file.
import { isAbsolute, join } from 'node:path';
import { parseEdgeList } from '../network/edgeList.js';
import { SCORING_ALGORITHMS } from '../run/index.js';
import { loadScenario, ScenarioError, type LoadedScenario, type ScenarioIssue } from '../scenario/index.js';
import { CliInputError } from './cliErrors.js';
import type { ScenarioForRun } from './loadScenarioFile.js';
import { readTextFile } from './readTextFile.js';
import type { ResultsManifest } from './readManifest.js';

/**
 * The folder an edge list named by a results folder's scenario is read relative to: `scenarioDir` when
 * given, else the results folder's parent (where `scorechase run` puts results next to their inputs).
 */
export function manifestScenarioDir(resultsDir: string, scenarioDir?: string): string {
  return scenarioDir ?? join(resultsDir, '..');
}

/** Moves a scenario issue into the manifest: `DIR/manifest.json: written.<path>: message`. */
function inManifest(issue: ScenarioIssue, manifestPath: string, field: string): ScenarioIssue {
  return { ...issue, file: manifestPath, path: issue.path === '' ? field : `${field}.${issue.path}`, line: null, column: null };
}

/**
 * Loads the scenario recorded in `manifest` through the same schema and normalisation as a scenario
 * file (`loadScenario` with the registered scoring algorithms, the manifest's `scenarioFile` naming it):
 * the scenario as written, or the resolved one when `written` is null. For the `edge-list` generator it
 * reads `network.file` relative to `scenarioDir` (absolute paths as they are). Throws `ScenarioError`
 * with every issue placed in the manifest (`written.<path>`), `EdgeListError`, or `CliInputError` when
 * the edge list cannot be read.
 */
export async function loadManifestScenario(manifest: ResultsManifest, scenarioDir: string): Promise<ScenarioForRun> {
  const field = manifest.written === null ? 'resolved' : 'written';
  const recorded = manifest.written ?? manifest.resolved;
  let loaded: LoadedScenario;
  try {
    loaded = loadScenario(JSON.stringify(recorded), manifest.scenarioFile, { algorithms: SCORING_ALGORITHMS });
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    throw new ScenarioError(error.issues.map((issue) => inManifest(issue, manifest.path, field)));
  }
  const { network } = loaded.resolved;
  if (network.generator !== 'edge-list') return { loaded };
  if (network.file === undefined) {
    throw new CliInputError(`${manifest.path}: ${field}.network.file is required when network.generator is edge-list`);
  }
  if (isAbsolute(network.file)) return { loaded, edgeList: parseEdgeList(await readTextFile(network.file, 'edge list'), network.file) };
  const path = join(scenarioDir, network.file);
  const text = await readTextFile(path, 'edge list').catch((error: unknown) => {
    if (!(error instanceof CliInputError)) throw error;
    throw new CliInputError(
      `${error.message}; the scenario's network.file "${network.file}" is read relative to ${scenarioDir}` +
        ' — pass --scenario-dir with the folder of the scenario file',
    );
  });
  return { loaded, edgeList: parseEdgeList(text, path) };
}
