// The sweep folder: plan.json first, the run cache in runs/, then summary.csv, differences.csv and sweep.json, each written atomically.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSweepPlan, sweepRecordJson, type MissingRun, type SweepPlan } from '../sweep/sweepPlan.js';
import { CliInputError } from './cliErrors.js';
import { describeFsError, isFsError } from './fsErrors.js';
import { outputFolderEntries, sha256Hex } from './resultsFolder.js';

/** The plan, written before any run. */
export const PLAN_FILE = 'plan.json';
/** The record of the aggregated outputs, written last. */
export const SWEEP_RECORD_FILE = 'sweep.json';
/** Per arm, metric, group and tick: n, mean, sd and the bootstrap interval. */
export const SUMMARY_FILE = 'summary.csv';
/** Paired differences of each arm to the first. */
export const DIFFERENCES_FILE = 'differences.csv';

const SAFE_NAME_PART = /[^A-Za-z0-9._-]/g;

/** The default sweep folder: `results/<sweep name>-sweep` (unsafe characters become `_`). */
export function defaultSweepDir(name: string): string {
  return join('results', `${name.replace(SAFE_NAME_PART, '_')}-sweep`);
}

/** The plan in a sweep folder, or undefined when it has none. Throws `CliInputError` for an unreadable or foreign plan.json. */
export async function readSweepPlan(dir: string): Promise<{ plan: SweepPlan; text: string } | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, PLAN_FILE), 'utf8');
  } catch (error) {
    if (isFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return undefined;
    throw new CliInputError(`cannot read ${join(dir, PLAN_FILE)}: ${describeFsError(error)}`);
  }
  try {
    return { plan: parseSweepPlan(text), text };
  } catch (error) {
    throw new CliInputError(`${join(dir, PLAN_FILE)}: ${(error as Error).message}`);
  }
}

/**
 * Throws `CliInputError` unless `dir` is missing, an empty folder, or a sweep folder (it holds a sweep
 * plan.json). An earlier sweep's folder is reused: its finished runs are the cache, whatever its plan.
 */
export async function assertUsableSweepDir(dir: string): Promise<void> {
  const entries = await outputFolderEntries(dir, 'the sweep folder');
  if (entries === undefined || entries.length === 0 || (await readSweepPlan(dir)) !== undefined) return;
  throw new CliInputError(`${dir} exists and is not a scorechase sweep folder (no ${PLAN_FILE}); choose another folder or remove it`);
}

/** Writes `text` to `path` through a temporary sibling `path.tmp-<pid>` that is flushed and renamed into place. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new CliInputError(`cannot write ${path}: ${describeFsError(error)}`);
  }
}

/** Creates the sweep folder if needed and writes plan.json; a changed plan first removes the old sweep.json, which no longer describes it. */
export async function writeSweepPlan(dir: string, planText: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliInputError(`cannot create the sweep folder ${dir}: ${describeFsError(error)}`);
  }
  const existing = await readFile(join(dir, PLAN_FILE), 'utf8').catch(() => undefined);
  if (existing === planText) return;
  await rm(join(dir, SWEEP_RECORD_FILE), { force: true });
  await writeFileAtomically(join(dir, PLAN_FILE), planText);
}

/**
 * Writes the aggregated outputs: removes sweep.json, writes summary.csv and differences.csv, then
 * sweep.json with their sha256 — so a folder with a sweep.json always has the outputs it describes.
 */
export async function writeSweepOutputs(dir: string, plan: SweepPlan, missing: readonly MissingRun[], files: Record<string, string>): Promise<void> {
  await rm(join(dir, SWEEP_RECORD_FILE), { force: true });
  const hashes: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    await writeFileAtomically(join(dir, name), text);
    hashes[name] = sha256Hex(text);
  }
  await writeFileAtomically(join(dir, SWEEP_RECORD_FILE), sweepRecordJson(plan, missing, hashes));
}
