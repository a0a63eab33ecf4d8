// Writing a results folder atomically: every file goes to a temporary sibling folder that is renamed into place.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../run/types.js';
import { CliInputError } from './cliErrors.js';
import { describeFsError, isFsError } from './fsErrors.js';

/** Name of the manifest, written last. */
export const MANIFEST_FILE = 'manifest.json';

/** Options of `writeResultsFolder`. Defaults: no abort signal, the current process id. */
export interface ResultsFolderOptions {
  /** Aborting it stops the write between files and removes the temporary folder; the abort reason is thrown. */
  signal?: AbortSignal;
  /** Used in the temporary folder's name `DIR.tmp-<pid>`. */
  pid?: number;
}

const SAFE_NAME_PART = /[^A-Za-z0-9._-]/g;

/** The default results folder of a run: `results/<scenario name>-seed<seed>` (unsafe characters become `_`). */
export function defaultResultsDir(scenarioName: string, seed: number | string): string {
  const safe = (text: string) => text.replace(SAFE_NAME_PART, '_');
  return join('results', `${safe(scenarioName)}-seed${safe(String(seed))}`);
}

/** The sha256 of a text's UTF-8 bytes, as lower-case hex. */
export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isFsError(error) && error.code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * The entries of an output folder, or undefined when it does not exist. Anything else that keeps it from
 * being used (a file in its place, no permission) is a `CliInputError` naming `what` it was to be.
 */
export async function outputFolderEntries(dir: string, what: string): Promise<string[] | undefined> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new CliInputError(`${dir} exists and is not a folder; choose another --out`);
    return await readdir(dir);
  } catch (error) {
    if (isFsError(error) && error.code === 'ENOENT') return undefined;
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(`cannot use ${dir} as ${what}: ${describeFsError(error)}`);
  }
}

/**
 * Throws `CliInputError` unless `dir` is missing, an empty folder, or an earlier scorechase results folder
 * (it holds a manifest.json whose `engine` is `scorechase`): only those may be replaced, so a mistyped
 * `--out` can never delete unrelated files.
 */
export async function assertReplaceableResultsDir(dir: string): Promise<void> {
  const entries = await outputFolderEntries(dir, 'the results folder');
  if (entries === undefined || entries.length === 0) return;
  try {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as { engine?: unknown };
    if (manifest.engine === 'scorechase') return;
  } catch {
    // no readable manifest: not a results folder
  }
  throw new CliInputError(
    `${dir} exists and is not a scorechase results folder (no scorechase ${MANIFEST_FILE}); choose another --out or remove it`,
  );
}

/** Writes one file and flushes it to disk, so a renamed folder never holds a file still in the page cache only. */
async function writeSyncedFile(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function checkFileNames(files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  for (const { name } of files) {
    if (name === MANIFEST_FILE || seen.has(name) || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
      throw new Error(`output file name "${name}" is not a unique plain file name`);
    }
    seen.add(name);
  }
}

/**
 * Writes `files` and then `manifest.json` (built by `manifestFor` from the sha256 of every file, by name)
 * into a fresh temporary sibling folder `DIR.tmp-<pid>`, then renames it to `dir`. An existing `dir` must
 * be replaceable (see `assertReplaceableResultsDir`): it is renamed aside, the new folder renamed in, and
 * the old one removed. On any error or abort the temporary folder is removed and an old `dir` restored,
 * so `dir` is either the complete old folder, the complete new one, or absent. File-system failures are
 * thrown as `CliInputError`; an abort throws the signal's reason.
 */
export async function writeResultsFolder(
  dir: string,
  files: readonly OutputFile[],
  manifestFor: (hashes: Record<string, string>) => string,
  options: ResultsFolderOptions = {},
): Promise<void> {
  const { signal, pid = process.pid } = options;
  checkFileNames(files);
  const temporary = `${dir}.tmp-${pid}`;
  const previous = `${dir}.tmp-${pid}-previous`;
  let movedAside = false;
  let committed = false;
  try {
    signal?.throwIfAborted();
    await assertReplaceableResultsDir(dir);
    await mkdir(dirname(dir), { recursive: true });
    await rm(temporary, { recursive: true, force: true });
    await mkdir(temporary);
    const hashes: Record<string, string> = {};
    for (const file of files) {
      signal?.throwIfAborted();
      const bytes = Buffer.from(file.content, 'utf8');
      await writeSyncedFile(join(temporary, file.name), bytes);
      hashes[file.name] = sha256Hex(bytes);
    }
    signal?.throwIfAborted();
    await writeSyncedFile(join(temporary, MANIFEST_FILE), Buffer.from(manifestFor(hashes), 'utf8'));
    signal?.throwIfAborted();
    if (await pathExists(dir)) {
      await assertReplaceableResultsDir(dir);
      await rename(dir, previous);
      movedAside = true;
    }
    await rename(temporary, dir);
    committed = true;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    if (movedAside && !committed) await rename(previous, dir).catch(() => undefined);
    if (isFsError(error)) throw new CliInputError(`cannot write results to ${dir}: ${describeFsError(error)}`);
    throw error;
  }
  if (movedAside) {
    await rm(previous, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => {
      throw new CliInputError(`results written to ${dir}, but the previous results in ${previous} could not be removed: ${describeFsError(error)}`);
    });
  }
}
