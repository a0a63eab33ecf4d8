// Writing a report folder atomically: every file into a temporary sibling, then one rename; only an earlier report is ever replaced.
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CliInputError } from './cliErrors.js';
import { describeFsError, isFsError } from './fsErrors.js';
import { outputFolderEntries } from './resultsFolder.js';

/** One file of a report, by its path inside the folder (`report.md`, `figures/validity.svg`). */
export interface ReportFile {
  path: string;
  content: string | Uint8Array;
}

/** What a report folder may hold; a folder holding anything else is not replaced. */
const REPORT_ENTRIES = new Set(['report.md', 'report.html', 'figures']);

/** Throws `CliInputError` unless `dir` is missing, empty, or an earlier report folder (only report.md, report.html and figures/). */
export async function assertReplaceableReportDir(dir: string): Promise<void> {
  const entries = await outputFolderEntries(dir, 'the report folder');
  if (entries === undefined || entries.length === 0) return;
  const foreign = entries.filter((e) => !REPORT_ENTRIES.has(e));
  if (foreign.length === 0) return;
  throw new CliInputError(`${dir} exists and is not a scorechase report folder (it holds ${foreign.slice(0, 3).join(', ')}); choose another --out or remove it`);
}

/**
 * Writes `files` into `DIR.tmp-<pid>` (each flushed to disk), then swaps it in for `dir`: an earlier report
 * is renamed aside and removed after the new one is in place. On any failure the temporary folder is
 * removed and the earlier report restored, so `dir` holds either the whole old report or the whole new one.
 */
export async function writeReportFolder(dir: string, files: readonly ReportFile[]): Promise<void> {
  const temporary = `${dir}.tmp-${process.pid}`;
  const previous = `${dir}.tmp-${process.pid}-previous`;
  let movedAside = false;
  let committed = false;
  try {
    await assertReplaceableReportDir(dir);
    await mkdir(dirname(dir), { recursive: true });
    await rm(temporary, { recursive: true, force: true });
    await mkdir(temporary);
    for (const file of files) {
      const path = join(temporary, file.path);
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(file.content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    if ((await outputFolderEntries(dir, 'the report folder')) !== undefined) {
      await rename(dir, previous);
      movedAside = true;
    }
    await rename(temporary, dir);
    committed = true;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    if (movedAside && !committed) await rename(previous, dir).catch(() => undefined);
    if (error instanceof CliInputError) throw error;
    if (isFsError(error)) throw new CliInputError(`cannot write the report to ${dir}: ${describeFsError(error)}`);
    throw error;
  } finally {
    if (committed && movedAside) await rm(previous, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The names in a folder, or an empty list when it does not exist. */
export async function folderNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (isFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return [];
    throw new CliInputError(`cannot read ${dir}: ${describeFsError(error)}`);
  }
}
