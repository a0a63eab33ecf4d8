// Tests of internal errors: a failing engine gives exit 1, one plain line (stack only with SCORECHASE_DEBUG=1), and no files.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../sim/cli/main.js';
import { captureIo } from './captureIo.js';
import { makeTempDir, TINY_SCENARIO, writeScenario } from './scenarioFixtures.js';

vi.mock('../../../sim/run/index.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../sim/run/index.js')>()),
  runScenario: (_loaded: unknown, options: { onProgress?: (tick: number, ticks: number) => void }) => {
    options.onProgress?.(1, 20);
    throw new TypeError('engine exploded on tick 2');
  },
}));

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('main: internal errors', () => {
  it('exits 1 with "scorechase: internal error: <message>" and no stack trace, leaving no results or tmp folder', async () => {
    vi.stubEnv('SCORECHASE_DEBUG', '');
    const file = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const out = captureIo();
    const code = await main(['run', file, '--out', join(dir, 'out')], out.io);
    expect(code).toBe(1);
    expect(out.stderr.split('\n')[0]).toBe('scorechase: internal error: engine exploded on tick 2');
    expect(out.stderr).not.toMatch(/^\s+at /m);
    expect(out.stdout).toBe('');
    expect(await readdir(dir)).toEqual(['tiny.yaml']);
  });

  it('prints the stack when SCORECHASE_DEBUG=1', async () => {
    vi.stubEnv('SCORECHASE_DEBUG', '1');
    const file = await writeScenario(dir, 'tiny.yaml', TINY_SCENARIO);
    const out = captureIo();
    expect(await main(['run', file, '--out', join(dir, 'out')], out.io)).toBe(1);
    expect(out.stderr).toMatch(/^TypeError: engine exploded on tick 2\n\s+at /m);
  });
});
