// Reading a results folder's manifest.json back: every field checked, each problem named with the file and field.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CliInputError } from './cliErrors.js';
import { describeFsError, isFsError } from './fsErrors.js';
import { MAX_TICKS } from './options.js';
import { MANIFEST_FILE } from './resultsFolder.js';

/** A manifest.json as read back: what `buildManifest` wrote, checked field by field. */
export interface ResultsManifest {
  /** The path of the manifest file itself, for messages: `DIR/manifest.json`. */
  path: string;
  /** The scorechase version that wrote the results. */
  version: string;
  /** Base name of the scenario file that was run. */
  scenarioFile: string;
  /** The seed of the run: a whole number or a non-empty string. */
  seed: number | string;
  /** The number of ticks of the run, 1–`MAX_TICKS`. */
  ticks: number;
  /** sha256 (lower-case hex) of every output file, by plain file name. */
  outputs: Record<string, string>;
  /** The scenario as written (a mapping), or null when the manifest does not hold it. */
  written: Record<string, unknown> | null;
  /** The scenario as resolved (a mapping). */
  resolved: Record<string, unknown>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const PLAIN_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a parsed manifest.json; throws `CliInputError("<path>: <field>: <what is wrong>")` for the first unusable field. */
export function parseManifest(json: unknown, path: string): ResultsManifest {
  const fail = (field: string, message: string): never => {
    throw new CliInputError(`${path}: ${field}: ${message}`);
  };
  if (!isMapping(json)) throw new CliInputError(`${path}: expected a JSON object as written by scorechase run`);
  const { engine, version, scenarioFile, seed, ticks, outputs, written, resolved } = json;
  if (engine !== 'scorechase') fail('engine', `expected "scorechase", got ${JSON.stringify(engine) ?? 'nothing'}; not a scorechase results folder`);
  if (typeof version !== 'string' || version === '') fail('version', 'expected the scorechase version as a string');
  if (typeof scenarioFile !== 'string' || scenarioFile === '') fail('scenarioFile', 'expected the scenario file name as a string');
  if (!((typeof seed === 'number' && Number.isSafeInteger(seed)) || (typeof seed === 'string' && seed !== ''))) {
    fail('seed', 'expected a whole number or a non-empty string');
  }
  if (!(typeof ticks === 'number' && Number.isInteger(ticks) && ticks >= 1 && ticks <= MAX_TICKS)) {
    fail('ticks', `expected a whole number from 1 to ${MAX_TICKS}`);
  }
  if (!isMapping(outputs)) return fail('outputs', 'expected an object of sha256 hashes by file name');
  if (Object.keys(outputs).length === 0) fail('outputs', 'lists no files, so there is nothing to verify');
  for (const [name, hash] of Object.entries(outputs)) {
    if (!PLAIN_FILE_NAME.test(name) || name === MANIFEST_FILE) fail(`outputs.${name}`, 'expected a plain file name of the results folder');
    if (typeof hash !== 'string' || !SHA256_HEX.test(hash)) fail(`outputs.${name}`, 'expected a sha256 hash as 64 lower-case hex digits');
  }
  if (written !== null && !isMapping(written)) fail('written', 'expected the scenario as written (an object) or null');
  if (!isMapping(resolved)) return fail('resolved', 'expected the resolved scenario (an object)');
  return {
    path,
    version: version as string,
    scenarioFile: scenarioFile as string,
    seed: seed as number | string,
    ticks: ticks as number,
    outputs: outputs as Record<string, string>,
    written: written as Record<string, unknown> | null,
    resolved,
  };
}

/**
 * Reads and checks `dir/manifest.json`. Throws `CliInputError` naming the file when the folder has none,
 * it cannot be read, it is not JSON, or a field is missing or malformed.
 */
export async function readManifest(dir: string): Promise<ResultsManifest> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) {
      throw new CliInputError(`${dir} is not a results folder: ${path} does not exist`);
    }
    throw new CliInputError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliInputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseManifest(json, path);
}
