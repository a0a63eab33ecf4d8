// Checking a results folder's outputs against its manifest: the files on disk and the files of a re-run, hash by hash.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError, isFsError } from './fsErrors.js';
import { sha256Hex } from './resultsFolder.js';

/** What reading one listed output from the folder gave: its sha256, or why there is none. */
export type FolderFile = { sha256: string } | { missing: true } | { unreadable: string };

/** One output file that does not match the manifest, with every reason (the folder's, then the re-run's). */
export interface OutputDifference {
  name: string;
  problems: string[];
}

/** The outcome of comparing every output: how many files were checked and those that differ, by name. */
export interface OutputComparison {
  files: number;
  differences: OutputDifference[];
}

/** The sha256 of `dir/name`, `missing` when it does not exist, or the reason it cannot be read. */
export async function readFolderFile(dir: string, name: string): Promise<FolderFile> {
  try {
    return { sha256: sha256Hex(await readFile(join(dir, name))) };
  } catch (error) {
    if (isFsError(error) && error.code === 'ENOENT') return { missing: true };
    return { unreadable: describeFsError(error) };
  }
}

/** The first 12 hex digits of a hash and an ellipsis: enough to tell two hashes apart in a message. */
export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}

function folderProblem(file: FolderFile | undefined, expected: string): string | undefined {
  if (file === undefined || 'missing' in file) return 'missing from the folder';
  if ('unreadable' in file) return `cannot be read from the folder (${file.unreadable})`;
  if (file.sha256 === expected) return undefined;
  return `differs from the manifest (folder sha256 ${shortHash(file.sha256)}, manifest ${shortHash(expected)})`;
}

function rerunProblem(sha256: string | undefined, expected: string): string | undefined {
  if (sha256 === undefined) return 'the re-run does not produce it';
  return sha256 === expected ? undefined : 'the re-run differs from the manifest';
}

/**
 * Compares the manifest's `outputs` (sha256 by file name) with the folder's files and with the re-run's
 * hashes. A listed file differs when it is missing from the folder, unreadable, or hashes differently
 * there, or when the re-run hashes it differently or does not produce it; a file the re-run produces
 * that the manifest does not list differs too. Files are checked in name order; `files` counts them all.
 */
export function compareOutputs(
  outputs: Readonly<Record<string, string>>,
  folder: ReadonlyMap<string, FolderFile>,
  rerun: ReadonlyMap<string, string>,
): OutputComparison {
  const names = [...new Set([...Object.keys(outputs), ...rerun.keys()])].sort();
  const differences: OutputDifference[] = [];
  for (const name of names) {
    const expected = Object.hasOwn(outputs, name) ? outputs[name] : undefined;
    const problems =
      expected === undefined
        ? ['the re-run produces it but the manifest does not list it']
        : [folderProblem(folder.get(name), expected), rerunProblem(rerun.get(name), expected)].filter((p) => p !== undefined);
    if (problems.length > 0) differences.push({ name, problems });
  }
  return { files: names.length, differences };
}

/** One line per differing file: `metrics.csv: differs from the manifest (…); the re-run differs from the manifest`. */
export function formatDifference(difference: OutputDifference): string {
  return `${difference.name}: ${difference.problems.join('; ')}`;
}
