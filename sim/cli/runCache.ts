// The sweep's content-addressed run cache: DIR/runs/<key>/ holds one finished run (metrics.csv, run.json), written atomically.
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputFile } from '../run/types.js';
import { isFsError } from './fsErrors.js';

/** Folder of the cache inside a sweep folder. */
export const RUNS_FOLDER = 'runs';

/** A run key: 64 lower-case hex digits (a sha256). */
const KEY = /^[0-9a-f]{64}$/;
/** A temporary run folder `<key>.tmp-<pid>`. */
const TEMPORARY = /^[0-9a-f]{64}\.tmp-(\d+)$/;

/** The folder of one run: `DIR/runs/<key>`. */
export function runFolder(dir: string, key: string): string {
  return join(dir, RUNS_FOLDER, key);
}

/** The keys of every finished run under `DIR/runs` (folders named by a key); none when the folder is missing. */
export async function finishedRunKeys(dir: string): Promise<Set<string>> {
  try {
    const entries = await readdir(join(dir, RUNS_FOLDER), { withFileTypes: true });
    return new Set(entries.filter((e) => e.isDirectory() && KEY.test(e.name)).map((e) => e.name));
  } catch (error) {
    if (isFsError(error) && error.code === 'ENOENT') return new Set();
    throw error;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary run folders left by a sweep that was killed: those of this process id (a reused id)
 * and of processes no longer running. Others belong to a sweep running now and are left alone.
 */
export async function removeStaleTemporaries(dir: string, pid: number = process.pid): Promise<void> {
  let names: string[];
  try {
    names = await readdir(join(dir, RUNS_FOLDER));
  } catch (error) {
    if (isFsError(error) && error.code === 'ENOENT') return;
    throw error;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match === null) continue;
    const owner = Number(match[1]);
    if (owner === pid || !processAlive(owner)) await rm(join(dir, RUNS_FOLDER, name), { recursive: true, force: true });
  }
}

async function writeSyncedFile(path: string, content: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes one finished run: its files go to `DIR/runs/<key>.tmp-<pid>`, which is then renamed to
 * `DIR/runs/<key>`; a run folder therefore exists only complete. When the key is already there (another
 * sweep finished the same run first) the new copy is dropped: the same key means the same bytes.
 */
export async function writeRunFolder(dir: string, key: string, files: readonly OutputFile[], pid: number = process.pid): Promise<void> {
  const target = runFolder(dir, key);
  const temporary = `${target}.tmp-${pid}`;
  await mkdir(join(dir, RUNS_FOLDER), { recursive: true });
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary);
  try {
    for (const file of files) await writeSyncedFile(join(temporary, file.name), file.content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    const exists = isFsError(error) && (error.code === 'ENOTEMPTY' || error.code === 'EEXIST');
    if (!exists) throw error;
  }
}

/** The metrics.csv of a finished run. */
export function readRunMetrics(dir: string, key: string): Promise<string> {
  return readFile(join(runFolder(dir, key), 'metrics.csv'), 'utf8');
}

/** Copies the finished run `key` from the sweep folder `fromDir` into `toDir`'s cache, atomically like a new run. */
export async function copyRunFolder(fromDir: string, toDir: string, key: string): Promise<void> {
  const source = runFolder(fromDir, key);
  const names = (await readdir(source)).sort();
  const files = await Promise.all(names.map(async (name) => ({ name, content: await readFile(join(source, name), 'utf8') })));
  await writeRunFolder(toDir, key, files);
}
