// Tests of the atomic results folder writer: complete folder or nothing, hashes in the manifest, safe replacement.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliInputError, InterruptedError } from '../../../sim/cli/cliErrors.js';
import {
  assertReplaceableResultsDir,
  defaultResultsDir,
  sha256Hex,
  writeResultsFolder,
} from '../../../sim/cli/resultsFolder.js';

const files = [
  { name: 'metrics.csv', content: 'tick,metric,group,value\n1,gini,all,0.5\n' },
  { name: 'events.json', content: '[]\n' },
];
const manifestFor = (outputs: Record<string, string>) => `${JSON.stringify({ engine: 'scorechase', outputs })}\n`;

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'scorechase-results-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('writeResultsFolder', () => {
  it('writes every file and a manifest holding their sha256, creating parent folders', async () => {
    const dir = join(root, 'nested', 'run');
    await writeResultsFolder(dir, files, manifestFor);
    expect((await readdir(dir)).sort()).toEqual(['events.json', 'manifest.json', 'metrics.csv']);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    for (const file of files) {
      expect(manifest.outputs[file.name]).toBe(sha256Hex(await readFile(join(dir, file.name))));
    }
    expect(await readdir(join(root, 'nested'))).toEqual(['run']);
  });

  it('replaces an earlier results folder completely', async () => {
    const dir = join(root, 'run');
    await writeResultsFolder(dir, [...files, { name: 'stale.csv', content: 'x\n' }], manifestFor);
    await writeResultsFolder(dir, files, manifestFor);
    expect((await readdir(dir)).sort()).toEqual(['events.json', 'manifest.json', 'metrics.csv']);
    expect(await readdir(root)).toEqual(['run']);
  });

  it('leaves nothing behind when a file cannot be written', async () => {
    const dir = join(root, 'run');
    const broken = [files[0], { name: 'b'.repeat(300), content: 'too long a name\n' }];
    await expect(writeResultsFolder(dir, broken, manifestFor)).rejects.toThrow(CliInputError);
    expect(await readdir(root)).toEqual([]);
  });

  it('keeps the old folder intact when the new write fails', async () => {
    const dir = join(root, 'run');
    await writeResultsFolder(dir, files, manifestFor);
    const before = await readFile(join(dir, 'manifest.json'), 'utf8');
    const failing = () => {
      throw new Error('manifest failed');
    };
    await expect(writeResultsFolder(dir, files, failing)).rejects.toThrow('manifest failed');
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(before);
    expect(await readdir(root)).toEqual(['run']);
  });

  it('stops when aborted and removes the temporary folder', async () => {
    const controller = new AbortController();
    controller.abort(new InterruptedError('SIGTERM'));
    await expect(writeResultsFolder(join(root, 'run'), files, manifestFor, { signal: controller.signal })).rejects.toThrow(
      InterruptedError,
    );
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses to replace a folder that is not a results folder', async () => {
    const dir = join(root, 'precious');
    await mkdir(dir);
    await writeFile(join(dir, 'thesis.tex'), 'years of work');
    await expect(writeResultsFolder(dir, files, manifestFor)).rejects.toThrow(/not a scorechase results folder/);
    expect(await readdir(dir)).toEqual(['thesis.tex']);
    expect(existsSync(`${dir}.tmp-${process.pid}`)).toBe(false);
  });

  it('rejects output names that are not plain, unique file names', async () => {
    await expect(writeResultsFolder(join(root, 'run'), [{ name: '../escape.csv', content: '' }], manifestFor)).rejects.toThrow(
      /not a unique plain file name/,
    );
    await expect(writeResultsFolder(join(root, 'run'), [{ name: 'manifest.json', content: '' }], manifestFor)).rejects.toThrow();
  });
});

describe('assertReplaceableResultsDir', () => {
  it('accepts a missing or empty folder and refuses a file', async () => {
    await expect(assertReplaceableResultsDir(join(root, 'missing'))).resolves.toBeUndefined();
    await mkdir(join(root, 'empty'));
    await expect(assertReplaceableResultsDir(join(root, 'empty'))).resolves.toBeUndefined();
    await writeFile(join(root, 'file'), 'x');
    await expect(assertReplaceableResultsDir(join(root, 'file'))).rejects.toThrow(/is not a folder/);
  });
});

describe('defaultResultsDir', () => {
  it('is results/<name>-seed<seed> with unsafe characters replaced', () => {
    expect(defaultResultsDir('baseline', 1)).toBe(join('results', 'baseline-seed1'));
    expect(defaultResultsDir('baseline', 'a/b c')).toBe(join('results', 'baseline-seeda_b_c'));
  });
});
