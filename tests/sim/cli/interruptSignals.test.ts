// Tests of interrupt handling while writing: a signal mid-write aborts it, removes the temporary folder, and the handlers go away.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InterruptedError } from '../../../sim/cli/cliErrors.js';
import { INTERRUPT_SIGNALS, whileCatchingInterrupts } from '../../../sim/cli/interruptSignals.js';
import { writeResultsFolder } from '../../../sim/cli/resultsFolder.js';
import { makeTempDir } from './scenarioFixtures.js';

let root: string;
beforeEach(async () => {
  root = await makeTempDir('scorechase-signal-');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const listenerCounts = () => INTERRUPT_SIGNALS.map((signal) => process.listenerCount(signal));

describe('whileCatchingInterrupts', () => {
  it('turns a SIGTERM during a write into InterruptedError and leaves no folder behind', async () => {
    const before = listenerCounts();
    const files = [{ name: 'metrics.csv', content: 'tick,metric,group,value\n' }];
    const manifestFor = () => {
      process.emit('SIGTERM', 'SIGTERM');
      return '{"engine":"scorechase"}\n';
    };
    const writing = whileCatchingInterrupts((signal) => writeResultsFolder(join(root, 'run'), files, manifestFor, { signal }));
    await expect(writing).rejects.toThrow(InterruptedError);
    await expect(writing).rejects.toMatchObject({ signal: 'SIGTERM' });
    expect(await readdir(root)).toEqual([]);
    expect(listenerCounts()).toEqual(before);
  });

  it('returns the work\'s value and removes its handlers when nothing happens', async () => {
    const before = listenerCounts();
    expect(await whileCatchingInterrupts(async (signal) => signal.aborted)).toBe(false);
    expect(listenerCounts()).toEqual(before);
  });
});
