// Tests of the command line in-process: main(argv, io) returns the exit code and prints through the injected writers.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../sim/cli/main.js';
import { sha256Hex } from '../../../sim/cli/resultsFolder.js';
import { BAD_SCENARIO, makeTempDir, TINY_SCENARIO, writeScenario } from './scenarioFixtures.js';
import { captureIo } from './captureIo.js';

const STACK_LINE = /^\s+at /m;

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out = captureIo();
  const code = await main(argv, out.io);
  return { code, stdout: out.stdout, stderr: out.stderr };
}

describe('main: help, version and usage errors', () => {
  it('--version prints the package version and exits 0', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8'));
    expect(await cli('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help on the program and on every command shows examples and exits 0', async () => {
    for (const argv of [['--help'], ['run', '--help'], ['validate', '--help'], ['help', 'run']]) {
      const result = await cli(...argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: scorechase');
      expect(result.stdout).toContain('Examples:');
    }
  });

  it('exits 2 with usage on stderr for no command, an unknown command, an unknown option or a missing argument', async () => {
    for (const argv of [[], ['frobnicate'], ['run', 'x.yaml', '--bogus'], ['run'], ['validate']]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).not.toBe('');
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('exits 2 for bad option values, saying what is valid', async () => {
    const file = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const ticks = await cli('run', file, '--ticks', 'abc');
    expect(ticks.code).toBe(2);
    expect(ticks.stderr).toContain('ticks must be a whole number from 1 to 100000');
    const seed = await cli('run', file, '--seed', '');
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('the seed must not be empty');
    expect((await cli('run', file, '--seed')).code).toBe(2);
    expect(await readdir(dir)).toEqual(['tiny.yaml']);
  });
});

describe('main: validate', () => {
  it('prints a one-line summary for a valid file and exits 0', async () => {
    const file = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    expect(await cli('validate', file)).toEqual({
      code: 0,
      stdout: `${file}: ok (200 agents, 20 ticks, displayed score: followers)\n`,
      stderr: '',
    });
  });

  it('prints every issue as file:line:col: path: message and exits 2, still checking the other files', async () => {
    const bad = await writeScenario(dir, 'bad.yaml', BAD_SCENARIO);
    const good = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const result = await cli('validate', bad, good);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${bad}:4:\\d+: agents\\.colour: `, 'm'));
    expect(result.stderr).toMatch(new RegExp(`^${bad}:5:\\d+: ticks: `, 'm'));
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stdout).toBe(`${good}: ok (200 agents, 20 ticks, displayed score: followers)\n`);
  });

  it('reports a missing file plainly and exits 2', async () => {
    const result = await cli('validate', join(dir, 'missing.yaml'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`scorechase: cannot read scenario file ${join(dir, 'missing.yaml')}: no such file or folder\n`);
  });

  it('checks the edge list a scenario names, reporting its file and line', async () => {
    const file = await writeScenario(dir, 'edges.yaml', 'ticks: 3\nagents:\n  count: 10\nnetwork:\n  generator: edge-list\n  file: edges.csv\n');
    await writeFile(join(dir, 'edges.csv'), 'source,target\n0,1\n1,2,3\n');
    const result = await cli('validate', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${join(dir, 'edges.csv')}:3: expected "source,target", got 3 fields\n`);
  });
});

describe('main: run', () => {
  it('writes manifest.json, metrics.csv, agents.csv and events.json whose hashes match the manifest', async () => {
    const file = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const out = join(dir, 'out');
    const result = await cli('run', file, '--out', out, '--seed', '5');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^tiny: .*\ntype +agents/);
    expect(result.stdout.endsWith(`results: ${out}\n`)).toBe(true);
    expect((await readdir(out)).sort()).toEqual(['agents.csv', 'events.json', 'manifest.json', 'metrics.csv', 'summary.json']);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ engine: 'scorechase', scenarioFile: 'tiny.yaml', seed: 5, ticks: 20 });
    expect(Object.keys(manifest.outputs)).toEqual(['agents.csv', 'events.json', 'metrics.csv', 'summary.json']);
    for (const [name, hash] of Object.entries(manifest.outputs)) {
      expect(sha256Hex(await readFile(join(out, name))), name).toBe(hash);
    }
    expect((await readFile(join(out, 'metrics.csv'), 'utf8')).split('\n')[0]).toBe('tick,metric,group,value');
    expect(await readdir(dir)).toEqual(['out', 'tiny.yaml']);
  });

  it('applies --ticks and replaces an earlier results folder', async () => {
    const file = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const out = join(dir, 'out');
    expect((await cli('run', file, '--out', out, '-q')).code).toBe(0);
    expect((await cli('run', file, '--out', out, '--ticks', '4')).code).toBe(0);
    expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).ticks).toBe(4);
    expect(await readdir(dir)).toEqual(['out', 'tiny.yaml']);
  });

  it('refuses to overwrite a folder that is not a results folder (exit 2, untouched)', async () => {
    const file = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const precious = join(dir, 'precious');
    await mkdir(precious);
    await writeFile(join(precious, 'notes.txt'), 'keep me');
    const result = await cli('run', file, '--out', precious);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a scorechase results folder');
    expect(await readdir(precious)).toEqual(['notes.txt']);
  });

  it('exits 2 for a missing scenario file or an invalid scenario, writing nothing', async () => {
    const missing = await cli('run', join(dir, 'nope.yaml'), '--out', join(dir, 'out'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read scenario file');
    const bad = await writeScenario(dir, 'bad.yaml', BAD_SCENARIO);
    const invalid = await cli('run', bad, '--out', join(dir, 'out'));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/bad\.yaml:5:\d+: ticks: /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
