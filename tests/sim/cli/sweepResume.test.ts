// Tests of resuming `scorechase sweep`: killed with SIGKILL part-way, it resumes with every run exactly once and the same bytes.
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUILT, finished, startCli } from './spawnCli.js';
import { makeSweepDir, runIn, sweepFiles, TINY_SWEEP } from './sweepFixtures.js';

let dir: string;
const cli = (...args: string[]) => runIn(dir, ...args);

beforeAll(async () => {
  expect(CLI_BUILT, 'the command line is not built: run `npm run build:cli` (npm test does it)').toBe(true);
  dir = await makeSweepDir();
  await writeFile(join(dir, 'long.yaml'), TINY_SWEEP.replace('seeds: 3', 'seeds: 5'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('scorechase sweep after SIGKILL', () => {
  it('resumes a sweep killed with SIGKILL part-way: every run once, the same bytes as an uninterrupted sweep', async () => {
    const uninterrupted = await cli('sweep', 'long.yaml', '--workers', '2', '--out', 'out-long-straight');
    expect(uninterrupted.code).toBe(0);
    const straight = await sweepFiles(join(dir, 'out-long-straight'));

    const child = startCli(['sweep', 'long.yaml', '--workers', '1', '--out', 'out-long-killed'], dir);
    const ended = finished(child);
    const runsDir = join(dir, 'out-long-killed', 'runs');
    let done = 0;
    while (done < 2) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      done = (await readdir(runsDir).catch(() => [])).filter((name) => /^[0-9a-f]{64}$/.test(name)).length;
    }
    child.kill('SIGKILL');
    expect((await ended).signal).toBe('SIGKILL');
    expect(done).toBeLessThan(10);

    const resumed = await cli('sweep', 'long.yaml', '--workers', '2', '--out', 'out-long-killed');
    expect(resumed.code).toBe(0);
    const cached = Number(/(\d+) from the cache/.exec(resumed.stdout)![1]);
    expect(cached).toBeGreaterThanOrEqual(2);
    expect(cached).toBeLessThan(10);
    expect((await readdir(runsDir)).sort()).toEqual([...straight.keys()].filter((n) => n.endsWith('/run.json')).map((n) => n.split('/')[1]));
    expect(await sweepFiles(join(dir, 'out-long-killed'))).toEqual(straight);
  });

});
