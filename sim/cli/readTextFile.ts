// Reading an input file the user named; any failure becomes a plain message (exit 2) instead of a stack trace.
import { readFile } from 'node:fs/promises';
import { CliInputError } from './cliErrors.js';
import { describeFsError } from './fsErrors.js';

/**
 * The UTF-8 text of `path`. Throws `CliInputError("cannot read <what> <path>: <reason>")` when the file
 * is missing, a folder, or unreadable. `what` names the file's role, e.g. `scenario file`.
 */
export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliInputError(`cannot read ${what} ${path}: ${describeFsError(error)}`);
  }
}
