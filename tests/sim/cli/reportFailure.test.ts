// Tests of reportFailure: the exit code and message for each kind of failure.
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliInputError, InterruptedError } from '../../../sim/cli/cliErrors.js';
import { reportFailure } from '../../../sim/cli/reportFailure.js';
import { EdgeListError } from '../../../sim/network/edgeList.js';
import { ScenarioError } from '../../../sim/scenario/index.js';
import { captureIo } from './captureIo.js';

function report(error: unknown, debug = false) {
  const out = captureIo();
  const code = reportFailure(error, out.io, debug);
  return { code, stderr: out.stderr };
}

describe('reportFailure', () => {
  it('gives 0 for help and version, 2 for other commander errors, printing nothing itself', () => {
    expect(report(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toEqual({ code: 0, stderr: '' });
    expect(report(new CommanderError(0, 'commander.version', '1.0.0'))).toEqual({ code: 0, stderr: '' });
    expect(report(new CommanderError(0, 'commander.help', '(outputHelp)'))).toEqual({ code: 0, stderr: '' });
    expect(report(new CommanderError(1, 'commander.help', '(outputHelp)'))).toEqual({ code: 2, stderr: '' });
    expect(report(new CommanderError(1, 'commander.unknownOption', 'x'))).toEqual({ code: 2, stderr: '' });
  });

  it('prints scenario issues, edge list errors and input errors plainly with exit 2', () => {
    const issue = { file: 'a.yaml', path: 'ticks', line: 3, column: 8, message: 'must be at least 1' };
    expect(report(new ScenarioError([issue]))).toEqual({ code: 2, stderr: 'a.yaml:3:8: ticks: must be at least 1\n' });
    expect(report(new EdgeListError('e.csv', 4, 'empty target id'))).toEqual({ code: 2, stderr: 'e.csv:4: empty target id\n' });
    expect(report(new CliInputError('cannot read scenario file x.yaml: no such file or folder'))).toEqual({
      code: 2,
      stderr: 'scorechase: cannot read scenario file x.yaml: no such file or folder\n',
    });
  });

  it('gives 128 + the signal number for an interrupted write', () => {
    expect(report(new InterruptedError('SIGINT')).code).toBe(130);
    expect(report(new InterruptedError('SIGTERM')).code).toBe(143);
  });

  it('reports anything else as an internal error, exit 1, with the stack only in debug mode', () => {
    const plain = report(new RangeError('index out of range'));
    expect(plain.code).toBe(1);
    expect(plain.stderr.split('\n')[0]).toBe('scorechase: internal error: index out of range');
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    expect(report(new RangeError('index out of range'), true).stderr).toMatch(/^RangeError: index out of range\n\s+at /m);
    expect(report('a thrown string').stderr.split('\n')[0]).toBe('scorechase: internal error: a thrown string');
  });
});
