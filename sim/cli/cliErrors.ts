// Errors the command line reports without a stack trace, and the exit code each kind of failure gets.
import { CommanderError } from 'commander';

/**
 * Exit codes: 0 success, 1 internal error, 2 bad input or usage, 3 `verify` found files that differ from
 * the manifest, 128 + n killed by signal n while writing.
 */
export const ExitCode = {
  ok: 0,
  internal: 1,
  badInput: 2,
  notReproduced: 3,
} as const;

/** A failure the user caused or can fix (a missing file, a bad option, an unusable output folder): exit 2, no stack. */
export class CliInputError extends Error {
  override readonly name = 'CliInputError';
}

/** The run was interrupted by a signal while writing; the temporary folder has been removed. */
export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
  /** @param signal the signal received, e.g. `SIGINT`. */
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}; no results were written`);
  }
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The exit code of an interrupted run: 128 + the signal's number (SIGINT 130, SIGTERM 143). */
export function interruptedExitCode(signal: NodeJS.Signals): number {
  return 128 + (SIGNAL_NUMBERS[signal] ?? 15);
}

/** True for commander's own errors (usage errors, and the help and version "errors" that mean success). */
export function isCommanderError(error: unknown): error is CommanderError {
  return error instanceof CommanderError;
}

/** Commander's codes for help and version output, which are successes. */
const COMMANDER_SUCCESS = new Set(['commander.helpDisplayed', 'commander.version']);

/**
 * The exit code for a commander error: 0 after `--help`, `help [command]` or `--version`; 2 for any usage
 * error, including help shown because no command was given (commander's `commander.help` with exit code 1).
 */
export function commanderExitCode(error: CommanderError): number {
  if (COMMANDER_SUCCESS.has(error.code)) return ExitCode.ok;
  if (error.code === 'commander.help' && error.exitCode === 0) return ExitCode.ok;
  return ExitCode.badInput;
}
