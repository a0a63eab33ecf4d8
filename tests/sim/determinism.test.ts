// The determinism suite: the same scenario and seed give byte-identical results folders; an interrupted run leaves nothing.
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../sim/cli/main.js';
import { captureIo } from './cli/captureIo.js';
import { makeTempDir, readFolder, TINY_SCENARIO, writeScenario } from './cli/scenarioFixtures.js';
import { CLI_BUILT, finished, runCli, startCli } from './cli/spawnCli.js';

/** Big enough to still be running two seconds after it starts on any machine. */
const LONG_SCENARIO = `name: long
ticks: 5000
agents:
  count: 20000
`;

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('scorechase-determinism-');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runInProcess(file: string, out: string, seed: string): Promise<Map<string, Buffer>> {
  const io = captureIo();
  const code = await main(['run', file, '--seed', seed, '--out', out, '--quiet'], io.io);
  expect(code, io.stderr).toBe(0);
  return readFolder(out);
}

describe('determinism', () => {
  it('two runs of the same scenario and seed give byte-identical folders', async () => {
    const file = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const first = await runInProcess(file, join(dir, 'a'), '7');
    const second = await runInProcess(file, join(dir, 'b'), '7');
    expect([...first.keys()]).toEqual(['agents.csv', 'events.json', 'manifest.json', 'metrics.csv', 'summary.json']);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(second.get(name)?.equals(bytes), name).toBe(true);
  });

  it('a different seed gives a different metrics.csv', async () => {
    const file = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const seven = await runInProcess(file, join(dir, 'a'), '7');
    const eight = await runInProcess(file, join(dir, 'b'), '8');
    expect(eight.get('metrics.csv')?.equals(seven.get('metrics.csv')!)).toBe(false);
  });

  it('the built command in another process and folder writes the same bytes as an in-process run', async () => {
    expect(CLI_BUILT, 'run `npm run build:cli` first (npm test does it)').toBe(true);
    const file = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const inProcess = await runInProcess(file, join(dir, 'a'), '7');
    const spawned = await runCli(['run', 'tiny.yaml', '--seed', '7', '--out', 'elsewhere/b'], dir);
    expect(spawned.code, spawned.stderr).toBe(0);
    const other = await readFolder(join(dir, 'elsewhere', 'b'));
    expect([...other.keys()]).toEqual([...inProcess.keys()]);
    for (const [name, bytes] of inProcess) expect(other.get(name)?.equals(bytes), name).toBe(true);
  });

  it('a run killed with SIGTERM leaves no results folder and no temporary folder', async () => {
    expect(CLI_BUILT, 'run `npm run build:cli` first (npm test does it)').toBe(true);
    await writeScenario(dir, 'long.yaml', LONG_SCENARIO);
    const child = startCli(['run', 'long.yaml', '--out', 'out'], dir);
    const ended = finished(child);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    child.kill('SIGTERM');
    const result = await ended;
    expect(result.signal, `the run ended by itself (code ${result.code}); make LONG_SCENARIO bigger`).toBe('SIGTERM');
    expect(await readdir(dir)).toEqual(['long.yaml']);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
