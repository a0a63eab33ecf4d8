// The commander program: global options, help with examples, and every command.
import { Command } from 'commander';
import type { CliIo } from './io.js';
import { addMergeCommand } from './mergeCommand.js';
import { addMetricsCommand } from './metricsCommand.js';
import { addReportCommand } from './reportCommand.js';
import { addRunCommand } from './runCommand.js';
import { addSweepCommand } from './sweepCommand.js';
import { addValidateCommand } from './validateCommand.js';
import { addVerifyCommand } from './verifyCommand.js';
import { scorechaseVersion } from './version.js';

const EXAMPLES = `
Examples:
  $ scorechase run scenarios/baseline.yaml --seed 7 --report
  $ scorechase report results/baseline-seed7
  $ scorechase verify results/baseline-seed7
  $ scorechase validate scenarios/*.yaml
  $ scorechase sweep scenarios/sweeps/chaser-alpha.yaml --workers 2
  $ scorechase metrics --graph follows.csv --directed --scores scores.csv
  $ scorechase help run

Exit codes: 0 success, 2 bad input or usage, 1 internal error (SCORECHASE_DEBUG=1 shows the stack)
or, for sweep and merge, some runs failed or are missing; 3 verify found files that differ.`;

/**
 * The scorechase program writing through `io`. Commander never exits the process (`exitOverride`):
 * usage errors, --help and --version are thrown as `CommanderError` for `main` to turn into exit codes.
 * Each command hands its own exit code to `setExitCode`.
 */
export function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('scorechase')
    .description('Put social-media influence scores on trial with a deterministic agent-based simulation.')
    .version(scorechaseVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES);
  addRunCommand(program, io, setExitCode);
  addValidateCommand(program, io, setExitCode);
  addSweepCommand(program, io, setExitCode);
  addMergeCommand(program, io, setExitCode);
  addMetricsCommand(program, io, setExitCode);
  addVerifyCommand(program, io, setExitCode);
  addReportCommand(program, io, setExitCode);
  return program;
}
