// Tests of `scorechase sweep --shard` and `scorechase merge`: merged shards are byte for byte an unsharded sweep.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUILT } from './spawnCli.js';
import { makeSweepDir, runIn, sweepFiles } from './sweepFixtures.js';

let dir: string;
const cli = (...args: string[]) => runIn(dir, ...args);

beforeAll(async () => {
  expect(CLI_BUILT, 'the command line is not built: run `npm run build:cli` (npm test does it)').toBe(true);
  dir = await makeSweepDir();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('scorechase sweep --shard and merge', () => {
  it('merges shards into the bytes of an unsharded sweep', async () => {
    const first = await cli('sweep', 'sweep.yaml', '--shard', '1/2', '--out', 'out-shard1');
    const second = await cli('sweep', 'sweep.yaml', '--shard', '2/2', '--workers', '1', '--out', 'out-shard2');
    expect(first.stdout).toMatch(/^shard 1\/2 of sweep: 2 arms × 3 seeds; 3 runs: 3 run now/);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(await readdir(join(dir, 'out-shard1'))).toEqual(['plan.json', 'runs']);
    const merged = await cli('merge', 'out-merged', 'out-shard1', 'out-shard2');
    const unsharded = await cli('sweep', 'sweep.yaml', '--out', 'out-unsharded');
    expect(unsharded.code).toBe(0);
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(merged.stdout).toMatch(/6 runs: 6 copied, 6 present, 0 missing/);
    expect(await sweepFiles(join(dir, 'out-merged'))).toEqual(await sweepFiles(join(dir, 'out-unsharded')));
  });

  it('reports the runs of a missing shard with exit 1, and refuses folders of different sweeps with exit 2', async () => {
    await cli('sweep', 'sweep.yaml', '--shard', '1/3', '--out', 'out-third');
    const partial = await cli('merge', 'out-partial', 'out-third');
    expect(partial.code).toBe(1);
    expect(partial.stderr).toMatch(/^scorechase: 4 runs are in no folder \(arm scoreSeeking=0\.5 seed 2; /m);
    await mkdir(join(dir, 'out-other'));
    const plan = await readFile(join(dir, 'out-third', 'plan.json'), 'utf8');
    await writeFile(join(dir, 'out-other', 'plan.json'), plan.replace('"description": ""', '"description": "another sweep"'));
    const mixed = await cli('merge', 'out-mixed', 'out-third', 'out-other');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/plan\.json differs from .*out-third\/plan\.json/);
    const notSweep = await cli('merge', 'out-x', fileURLToPath(new URL('.', import.meta.url)));
    expect(notSweep.code).toBe(2);
  });
});
