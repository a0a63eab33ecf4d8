// Test helper: tiny scenario files in a fresh temporary folder, and reading a results folder back.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A valid scenario small enough to run in well under a second: 200 agents, 20 ticks. */
export const TINY_SCENARIO = `# A tiny scenario for tests.
name: tiny
seed: 3
ticks: 20
agents:
  count: 200
`;

/** An invalid scenario with two problems: an unknown field on line 4 and a negative tick count on line 5. */
export const BAD_SCENARIO = `name: bad
agents:
  count: 200
  colour: blue
ticks: -5
`;

/** A fresh temporary folder for one test. */
export function makeTempDir(prefix = 'scorechase-cli-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Writes `text` to `name` inside `dir` and returns the file's path. */
export async function writeScenario(dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

/** Every file of a results folder, by name, as bytes. */
export async function readFolder(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) files.set(name, await readFile(join(dir, name)));
  return files;
}
