// `scorechase validate FILE...`: check scenario files (and the edge lists they name) without running them.
import type { Command } from 'commander';
import { EdgeListError } from '../network/edgeList.js';
import { formatIssue, ScenarioError } from '../scenario/index.js';
import { CliInputError } from './cliErrors.js';
import { formatEdgeListError } from './reportFailure.js';
import type { CliIo } from './io.js';
import { loadScenarioFile } from './loadScenarioFile.js';

const EXAMPLES = `
Examples:
  $ scorechase validate scenarios/baseline.yaml
  $ scorechase validate scenarios/*.yaml

Prints "FILE: ok (...)" for each valid file and every problem as file:line:col: path: message.
Exit codes: 0 all valid, 2 any invalid or unreadable, 1 internal error.`;

/**
 * Validates each file; prints `FILE: ok (N agents, T ticks, displayed score: X)` to stdout for a valid
 * one and each of its issues to stderr for an invalid one. Returns 0 when all are valid, else 2.
 */
export async function validateCommand(files: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  for (const file of files) {
    try {
      const { resolved } = (await loadScenarioFile(file)).loaded;
      io.stdout.write(`${file}: ok (${resolved.agents.count} agents, ${resolved.ticks} ticks, displayed score: ${resolved.scoring.displayed})\n`);
    } catch (error) {
      if (error instanceof ScenarioError) {
        for (const issue of error.issues) io.stderr.write(`${formatIssue(issue)}\n`);
      } else if (error instanceof EdgeListError) {
        io.stderr.write(`${formatEdgeListError(error)}\n`);
      } else if (error instanceof CliInputError) {
        io.stderr.write(`scorechase: ${error.message}\n`);
      } else {
        throw error;
      }
      exitCode = 2;
    }
  }
  return exitCode;
}

/** Adds the `validate` command to the program; its exit code is handed to `setExitCode`. */
export function addValidateCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('validate')
    .description('check scenario files without running them')
    .argument('<files...>', 'scenario files (YAML)')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[]) => {
      setExitCode(await validateCommand(files, io));
    });
}
