// Entry point of the scorechase command line: parse argv, run the command, turn every outcome into an exit code.
import type { CliIo } from './io.js';
import { processIo } from './io.js';
import { buildProgram } from './program.js';
import { reportFailure } from './reportFailure.js';

export type { CliIo, CliWriter } from './io.js';

/**
 * Runs the command line with `argv` (the arguments after the program name, e.g. `['run', 'a.yaml']`)
 * and returns the exit code: 0 success, 2 bad input or usage, 1 internal error, 130/143 when a write
 * was interrupted by SIGINT/SIGTERM. Output goes through `io` (default: the process's stdout and stderr);
 * it never calls `process.exit`.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  try {
    const program = buildProgram(io, (code) => {
      exitCode = code;
    });
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}
