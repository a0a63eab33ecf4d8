// Loading a scenario for a command: read the file, validate it, and read the edge list it names, if any.
import { dirname, isAbsolute, join } from 'node:path';
import type { EdgeListGraph } from '../network/edgeList.js';
import { parseEdgeList } from '../network/edgeList.js';
import { SCORING_ALGORITHMS } from '../run/index.js';
import type { LoadedScenario } from '../scenario/resolved.js';
import { loadScenario } from '../scenario/index.js';
import { CliInputError } from './cliErrors.js';
import { readTextFile } from './readTextFile.js';

/** A scenario ready to run: the loaded scenario and, for the `edge-list` generator, the parsed edge list. */
export interface ScenarioForRun {
  loaded: LoadedScenario;
  edgeList?: EdgeListGraph;
}

/** Where a scenario's edge list lives: `network.file` relative to the scenario file's folder (absolute paths as they are). */
export function edgeListPath(scenarioFile: string, edgeListFile: string): string {
  return isAbsolute(edgeListFile) ? edgeListFile : join(dirname(scenarioFile), edgeListFile);
}

/**
 * Reads and validates the scenario `file` against the registered scoring algorithms, then reads and
 * parses its edge list when `network.generator` is `edge-list`. Throws `CliInputError` (unreadable
 * files), `ScenarioError` (an invalid scenario) or `EdgeListError` (an invalid edge list).
 */
export async function loadScenarioFile(file: string): Promise<ScenarioForRun> {
  const source = await readTextFile(file, 'scenario file');
  const loaded = loadScenario(source, file, { algorithms: SCORING_ALGORITHMS });
  const { network } = loaded.resolved;
  if (network.generator !== 'edge-list') return { loaded };
  if (network.file === undefined) {
    throw new CliInputError(`${file}: network.file is required when network.generator is edge-list`);
  }
  const path = edgeListPath(file, network.file);
  const edgeList = parseEdgeList(await readTextFile(path, 'edge list'), path);
  return { loaded, edgeList };
}
