// Test helper: a tiny base scenario and sweep files in a temporary folder, running the command line there, reading sweep folders.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../../sim/cli/main.js';
import { captureIo } from './captureIo.js';
import { makeTempDir } from './scenarioFixtures.js';

/** 100 agents, 10 ticks, one score: a run takes a few tens of milliseconds. */
export const TINY_BASE = `name: tiny\nticks: 10\nagents:\n  count: 100\nscoring:\n  shadow: [followers]\nmetrics:\n  interval: 5\n`;
/** Two arms × three seeds of TINY_BASE. */
export const TINY_SWEEP = `# two arms, three seeds\nbase: tiny.yaml\ngrid:\n  agents.types.chaser.scoreSeeking: [0.5, 2]\nseeds: 3\nmetrics: [score:p50, reciprocity]\n`;

/** A fresh folder holding tiny.yaml (the base) and sweep.yaml (TINY_SWEEP). */
export async function makeSweepDir(): Promise<string> {
  const dir = await makeTempDir('scorechase-sweep-');
  await writeFile(join(dir, 'tiny.yaml'), TINY_BASE);
  await writeFile(join(dir, 'sweep.yaml'), TINY_SWEEP);
  return dir;
}

/** Runs the command line in-process; arguments ending in .yaml or starting with `out` are taken inside `dir`. */
export async function runIn(dir: string, ...args: string[]) {
  const captured = captureIo();
  const code = await main(args.map((a) => (a.endsWith('.yaml') || a.startsWith('out') ? join(dir, a) : a)), captured.io);
  return { code, stdout: captured.stdout, stderr: captured.stderr };
}

/** Every file of a sweep folder by relative path (`runs/<key>/metrics.csv` included), as text. */
export async function sweepFiles(folder: string, prefix = ''): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) for (const [name, text] of await sweepFiles(path, `${prefix}${entry.name}/`)) files.set(name, text);
    else files.set(`${prefix}${entry.name}`, await readFile(path, 'utf8'));
  }
  return files;
}
