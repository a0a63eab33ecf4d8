// Tests of `scorechase verify`: a fresh run reproduces; tampered files, a changed seed and bad manifests are caught and named.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../sim/cli/main.js';
import { scorechaseVersion } from '../../../sim/cli/version.js';
import { captureIo } from './captureIo.js';
import { makeTempDir, TINY_SCENARIO, writeScenario } from './scenarioFixtures.js';
import { CLI_BUILT, runCli } from './spawnCli.js';

const STACK_LINE = /^\s+at /m;

let root: string;
/** A results folder of TINY_SCENARIO with seed 5, written once; each test works on its own copy. */
let fresh: string;
let caseNumber = 0;

async function cli(...argv: string[]) {
  const out = captureIo();
  const code = await main(argv, out.io);
  return { code, stdout: out.stdout, stderr: out.stderr };
}

/** A copy of the fresh results folder in a folder of its own, `root/case-<n>/results`. */
async function copyOfFresh(): Promise<string> {
  const dir = join(root, `case-${++caseNumber}`, 'results');
  await cp(fresh, dir, { recursive: true });
  return dir;
}

async function readManifestJson(dir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

async function writeManifestJson(dir: string, manifest: unknown): Promise<void> {
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

beforeAll(async () => {
  root = await makeTempDir('scorechase-verify-');
  const file = await writeScenario(root, 'tiny.yaml', TINY_SCENARIO);
  fresh = join(root, 'fresh');
  const run = await cli('run', file, '--out', fresh, '--seed', '5');
  expect(run.code, run.stderr).toBe(0);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('scorechase verify: reproduced', () => {
  it('verifies a fresh run: exit 0, one "reproduced" line naming the scenario, seed and ticks, nothing on stderr', async () => {
    const dir = await copyOfFresh();
    expect(await cli('verify', dir)).toEqual({
      code: 0,
      stdout: `reproduced: ${dir} (4 files match; scenario tiny, seed 5, 20 ticks)\n`,
      stderr: '',
    });
  });

  it('ignores files and folders the manifest does not list, such as a report/ subfolder', async () => {
    const dir = await copyOfFresh();
    await mkdir(join(dir, 'report', 'figures'), { recursive: true });
    await writeFile(join(dir, 'report', 'report.md'), '# report\n');
    await writeFile(join(dir, 'report', 'figures', 'scores.svg'), '<svg/>');
    await writeFile(join(dir, 'notes.txt'), 'mine\n');
    const result = await cli('verify', dir, '--quiet');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`reproduced: ${dir} (4 files match; scenario tiny, seed 5, 20 ticks)\n`);
  });

  it('re-runs the resolved scenario when the manifest holds no written one', async () => {
    const dir = await copyOfFresh();
    await writeManifestJson(dir, { ...(await readManifestJson(dir)), written: null });
    const result = await cli('verify', dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^reproduced: .*\(4 files match; scenario tiny, seed 5, 20 ticks\)\n$/);
  });

  it('warns on stderr before checking when the manifest comes from another scorechase version', async () => {
    const dir = await copyOfFresh();
    await writeManifestJson(dir, { ...(await readManifestJson(dir)), version: '0.0.1-old' });
    const result = await cli('verify', dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `scorechase: warning: ${join(dir, 'manifest.json')} was written by scorechase 0.0.1-old and this is ${scorechaseVersion()}; ` +
        'a change in the engine alone can make the re-run differ\n',
    );
    expect(result.stdout).toMatch(/^reproduced: /);
  });
  it('warns when the written scenario now resolves differently from the manifest, naming the first field', async () => {
    const dir = await copyOfFresh();
    const manifest = await readManifestJson(dir);
    await writeManifestJson(dir, { ...manifest, resolved: { ...(manifest.resolved as object), name: 'renamed' } });
    const result = await cli('verify', dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `scorechase: warning: the scenario as written in ${join(dir, 'manifest.json')} now resolves differently from its "resolved" ` +
        '(first at name); defaults may have changed since the run\n',
    );
  });
});

describe('scorechase verify: not reproduced', () => {
  it('names a metrics.csv edited by one byte with both hashes and exits 3', async () => {
    const dir = await copyOfFresh();
    const path = join(dir, 'metrics.csv');
    const bytes = await readFile(path);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x31 ? 0x32 : 0x31;
    await writeFile(path, bytes);
    const manifest = await readManifestJson(dir);
    const expected = (manifest.outputs as Record<string, string>)['metrics.csv'];
    const result = await cli('verify', dir);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(
      new RegExp(`^metrics\\.csv: differs from the manifest \\(folder sha256 [0-9a-f]{12}…, manifest ${expected.slice(0, 12)}…\\)\\nnot reproduced: 1 of 4 files differ\\n$`),
    );
    expect(result.stderr).toBe('');
  });

  it('names a deleted agents.csv as missing from the folder', async () => {
    const dir = await copyOfFresh();
    await rm(join(dir, 'agents.csv'));
    const result = await cli('verify', dir);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('agents.csv: missing from the folder\nnot reproduced: 1 of 4 files differ\n');
  });

  it('names every output the re-run changes when the manifest seed was edited, though the files match their hashes', async () => {
    const dir = await copyOfFresh();
    await writeManifestJson(dir, { ...(await readManifestJson(dir)), seed: 6 });
    const result = await cli('verify', dir);
    expect(result.code).toBe(3);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toContain('agents.csv: the re-run differs from the manifest');
    expect(lines).toContain('metrics.csv: the re-run differs from the manifest');
    expect(lines).toContain('summary.json: the re-run differs from the manifest');
    expect(result.stdout).not.toContain('folder sha256');
    expect(lines[lines.length - 1]).toBe(`not reproduced: ${lines.length - 1} of 4 files differ`);
  });

  it('gives both reasons on one line when a file is tampered and the run does not reproduce either', async () => {
    const dir = await copyOfFresh();
    await writeManifestJson(dir, { ...(await readManifestJson(dir)), seed: 6 });
    await writeFile(join(dir, 'agents.csv'), 'id\n');
    const result = await cli('verify', dir);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/^agents\.csv: differs from the manifest \(folder sha256 [0-9a-f]{12}…, manifest [0-9a-f]{12}…\); the re-run differs from the manifest$/m);
  });

  it('names an output the re-run produces that the manifest does not list', async () => {
    const dir = await copyOfFresh();
    const manifest = await readManifestJson(dir);
    const { 'summary.json': _dropped, ...outputs } = manifest.outputs as Record<string, string>;
    await writeManifestJson(dir, { ...manifest, outputs });
    const result = await cli('verify', dir);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('summary.json: the re-run produces it but the manifest does not list it\nnot reproduced: 1 of 4 files differ\n');
  });
});

describe('scorechase verify: bad input', () => {
  it('exits 2 naming manifest.json when the folder has none, or does not exist', async () => {
    const dir = await copyOfFresh();
    await rm(join(dir, 'manifest.json'));
    for (const folder of [dir, join(root, 'no-such-folder')]) {
      const result = await cli('verify', folder);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`scorechase: ${folder} is not a results folder: ${join(folder, 'manifest.json')} does not exist\n`);
    }
  });

  it('exits 2 naming the file and field for a manifest that is not JSON or has a bad field', async () => {
    const dir = await copyOfFresh();
    const manifest = await readManifestJson(dir);
    const path = join(dir, 'manifest.json');
    await writeFile(path, '{"engine": "scorechase",');
    const notJson = await cli('verify', dir);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(new RegExp(`^scorechase: ${path}: not valid JSON \\(`));
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...manifest, engine: 'other' }, 'engine: expected "scorechase", got "other"'],
      [{ ...manifest, seed: 1.5 }, 'seed: expected a whole number or a non-empty string'],
      [{ ...manifest, ticks: 0 }, 'ticks: expected a whole number from 1 to 100000'],
      [{ ...manifest, outputs: { '../escape.csv': 'a'.repeat(64) } }, 'outputs.../escape.csv: expected a plain file name'],
      [{ ...manifest, outputs: { 'metrics.csv': 'ab12' } }, 'outputs.metrics.csv: expected a sha256 hash'],
    ];
    for (const [edited, message] of cases) {
      await writeManifestJson(dir, edited);
      const result = await cli('verify', dir);
      expect(result.code, message).toBe(2);
      expect(result.stderr).toContain(`scorechase: ${path}: ${message}`);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('exits 2 with the scenario issue placed in the manifest when the written scenario is invalid', async () => {
    const dir = await copyOfFresh();
    const manifest = await readManifestJson(dir);
    await writeManifestJson(dir, { ...manifest, written: { ...(manifest.written as object), agents: { count: 3 } } });
    const result = await cli('verify', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${join(dir, 'manifest.json')}: written\\.agents\\.count: `, 'm'));
    expect(result.stdout).toBe('');
  });

  it('shows help with examples and rejects an empty --scenario-dir', async () => {
    const help = await cli('verify', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: scorechase verify');
    expect(help.stdout).toContain('Examples:');
    const empty = await cli('verify', fresh, '--scenario-dir', '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('the scenario folder must not be empty');
  });
});

describe('scorechase verify: edge lists', () => {
  const EDGE_SCENARIO = 'ticks: 3\nagents:\n  count: 10\nnetwork:\n  generator: edge-list\n  file: edges.csv\n';
  const EDGES = 'source,target\n0,1\n1,2\n2,0\n3,4\n4,5\n5,6\n6,7\n7,8\n8,9\n9,0\n';

  it('reads the edge list next to the results folder by default', async () => {
    const dir = join(root, 'edges-beside');
    await mkdir(dir);
    const file = await writeScenario(dir, 'edges.yaml', EDGE_SCENARIO);
    await writeFile(join(dir, 'edges.csv'), EDGES);
    const out = join(dir, 'run');
    expect((await cli('run', file, '--out', out)).code).toBe(0);
    const result = await cli('verify', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`reproduced: ${out} (4 files match; scenario edges, seed 1, 3 ticks)\n`);
  });

  it('exits 2 pointing to --scenario-dir when the edge list is not found, and reproduces with it', async () => {
    const dir = join(root, 'edges-apart');
    await mkdir(join(dir, 'scenarios'), { recursive: true });
    const file = await writeScenario(join(dir, 'scenarios'), 'edges.yaml', EDGE_SCENARIO);
    await writeFile(join(dir, 'scenarios', 'edges.csv'), EDGES);
    const out = join(dir, 'results', 'edges-seed1');
    expect((await cli('run', file, '--out', out)).code).toBe(0);
    const missing = await cli('verify', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`cannot read edge list ${join(dir, 'results', 'edges.csv')}: no such file or folder`);
    expect(missing.stderr).toContain('--scenario-dir');
    expect(missing.stdout).toBe('');
    const found = await cli('verify', out, '--scenario-dir', join(dir, 'scenarios'));
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toMatch(/^reproduced: /);
  });
});

describe('node bin/scorechase.js verify', () => {
  beforeAll(() => {
    expect(CLI_BUILT, 'the command line is not built: run `npm run build:cli` (npm test does it)').toBe(true);
  });

  it('exits 0 for a fresh run and 3 for a tampered folder, without a stack trace', async () => {
    const dir = await copyOfFresh();
    const good = await runCli(['verify', dir], root);
    expect(good).toMatchObject({ code: 0, stderr: '' });
    expect(good.stdout).toBe(`reproduced: ${dir} (4 files match; scenario tiny, seed 5, 20 ticks)\n`);
    await writeFile(join(dir, 'events.json'), '[1]\n');
    const bad = await runCli(['verify', dir], root);
    expect(bad.code).toBe(3);
    expect(bad.stdout).toMatch(/^events\.json: differs from the manifest /m);
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });
});
