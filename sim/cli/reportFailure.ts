// Reporting a failed command: a plain message and exit 2 for anything a user can cause, exit 1 for a bug.
import { EdgeListError } from '../network/edgeList.js';
import { formatIssue, ScenarioError } from '../scenario/index.js';
import { CliInputError, commanderExitCode, ExitCode, InterruptedError, interruptedExitCode, isCommanderError } from './cliErrors.js';
import type { CliIo } from './io.js';

/** An edge list error as `file:line: reason`, e.g. `edges.csv:17: expected "source,target", got 3 fields`. */
export function formatEdgeListError(error: EdgeListError): string {
  return `${error.file}:${error.line}: ${error.reason}`;
}

/**
 * Prints `error` to stderr and returns the exit code: commander usage errors (already printed by
 * commander) 2, or 0 for --help/--version; scenario, edge list and input errors 2; an interrupted write
 * 128 + the signal number; anything else is an internal error, exit 1, printed as
 * `scorechase: internal error: <message>` with the stack only when SCORECHASE_DEBUG=1.
 */
export function reportFailure(error: unknown, io: CliIo, debug = process.env.SCORECHASE_DEBUG === '1'): number {
  if (isCommanderError(error)) return commanderExitCode(error);
  if (error instanceof ScenarioError) {
    for (const issue of error.issues) io.stderr.write(`${formatIssue(issue)}\n`);
    return ExitCode.badInput;
  }
  if (error instanceof EdgeListError) {
    io.stderr.write(`${formatEdgeListError(error)}\n`);
    return ExitCode.badInput;
  }
  if (error instanceof CliInputError) {
    io.stderr.write(`scorechase: ${error.message}\n`);
    return ExitCode.badInput;
  }
  if (error instanceof InterruptedError) {
    io.stderr.write(`scorechase: ${error.message}\n`);
    return interruptedExitCode(error.signal);
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`scorechase: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write('scorechase: set SCORECHASE_DEBUG=1 to see the stack trace, and please report this.\n');
  return ExitCode.internal;
}
