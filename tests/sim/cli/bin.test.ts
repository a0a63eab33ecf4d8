// Tests of the real command as a child process: exit codes, messages without stack traces, a complete results folder.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../sim/cli/resultsFolder.js';
import { BAD_SCENARIO, makeTempDir, TINY_SCENARIO, writeScenario } from './scenarioFixtures.js';
import { CLI_BUILT, runCli } from './spawnCli.js';

const STACK_LINE = /^\s+at /m;

let dir: string;
beforeAll(() => {
  expect(CLI_BUILT, 'the command line is not built: run `npm run build:cli` (npm test does it)').toBe(true);
});
beforeEach(async () => {
  dir = await makeTempDir('scorechase-bin-');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('node bin/scorechase.js', () => {
  it('validate exits 0 for a good file and 2 for a bad one, naming file and line without a stack trace', async () => {
    await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    await writeScenario(dir, 'bad.yaml', BAD_SCENARIO);
    const good = await runCli(['validate', 'tiny.yaml'], dir);
    expect(good).toMatchObject({ code: 0, stdout: 'tiny.yaml: ok (200 agents, 20 ticks, displayed score: followers)\n' });
    const bad = await runCli(['validate', 'bad.yaml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bad\.yaml:4:\d+: agents\.colour: /m);
    expect(bad.stderr).toMatch(/^bad\.yaml:5:\d+: ticks: /m);
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });

  it('run writes results/<name>-seed<seed> whose files match the manifest hashes, and prints the summary', async () => {
    await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const result = await runCli(['run', 'tiny.yaml', '--seed', '11'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^tiny: /);
    expect(result.stdout.endsWith(`results: ${join('results', 'tiny-seed11')}\n`)).toBe(true);
    const out = join(dir, 'results', 'tiny-seed11');
    expect((await readdir(out)).sort()).toEqual(['agents.csv', 'events.json', 'manifest.json', 'metrics.csv', 'summary.json']);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.seed).toBe(11);
    expect(Object.keys(manifest.outputs).sort()).toEqual(['agents.csv', 'events.json', 'metrics.csv', 'summary.json']);
    for (const [name, hash] of Object.entries(manifest.outputs)) {
      expect(sha256Hex(await readFile(join(out, name))), name).toBe(hash);
    }
    expect(await readdir(join(dir, 'results'))).toEqual(['tiny-seed11']);
  });

  it('exits 2 for an unknown option, a bad option value and a missing file, without a stack trace', async () => {
    await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    for (const args of [['run', 'tiny.yaml', '--bogus'], ['run', 'tiny.yaml', '--ticks', 'abc'], ['run', 'missing.yaml']]) {
      const result = await runCli(args, dir);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
    expect(await readdir(dir)).toEqual(['tiny.yaml']);
  });

  it('--version and --help exit 0', async () => {
    expect((await runCli(['--version'], dir)).code).toBe(0);
    const help = await runCli(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
  });
});
