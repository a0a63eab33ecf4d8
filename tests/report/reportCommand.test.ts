// `scorechase report` and `run --report`: the files written for each format, PNGs at twice the size, sweeps with bands, and bad input.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../sim/cli/main.js';
import { captureIo } from '../sim/cli/captureIo.js';
import { makeSweepDir, runIn } from '../sim/cli/sweepFixtures.js';
import { makeTempDir } from '../sim/cli/scenarioFixtures.js';
import { runFixture } from './reportFixture.js';

async function cli(...args: string[]) {
  const captured = captureIo();
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout, stderr: captured.stderr };
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let results: string;

beforeAll(async () => {
  results = await runFixture(['--report']);
});

describe('scorechase run --report', () => {
  it('writes the results folder and its report', async () => {
    expect((await readdir(results)).sort()).toEqual(['agents.csv', 'events.json', 'manifest.json', 'metrics.csv', 'report', 'summary.json']);
    expect((await readdir(join(results, 'report'))).sort()).toEqual(['figures', 'report.html', 'report.md']);
    const figures = (await readdir(join(results, 'report', 'figures'))).sort();
    expect(figures).toContain('validity.svg');
    expect(figures).toContain('validity.png');
    expect(figures.filter((f) => f.endsWith('.svg'))).toHaveLength(figures.filter((f) => f.endsWith('.png')).length);
  });
});

describe('scorechase report', () => {
  it('draws each PNG at twice the size of its SVG', async () => {
    const folder = join(results, 'report', 'figures');
    for (const name of ['score-by-type', 'million-follower-fallacy']) {
      const svg = await readFile(join(folder, `${name}.svg`), 'utf8');
      const [, width, height] = svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/)!;
      expect(pngSize(await readFile(join(folder, `${name}.png`)))).toEqual({ width: 2 * Number(width), height: 2 * Number(height) });
    }
  });

  it('writes the same bytes twice', async () => {
    const out = join(await makeTempDir(), 'again');
    expect((await cli('report', results, '--out', out)).code).toBe(0);
    for (const name of ['report.md', 'report.html', 'figures/validity.svg', 'figures/validity.png']) {
      expect((await readFile(join(out, name))).equals(await readFile(join(results, 'report', name))), name).toBe(true);
    }
  });

  it('writes only the formats asked for; Markdown brings its SVG figures', async () => {
    const out = join(await makeTempDir(), 'md');
    const result = await cli('report', results, '--out', out, '--format', 'md');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`report: ${join(out, 'report.md')}\nfigures: ${join(out, 'figures')} (9 files)\n`);
    expect((await readdir(join(out, 'figures'))).every((f) => f.endsWith('.svg'))).toBe(true);
    const html = join(await makeTempDir(), 'html');
    expect((await cli('report', results, '--out', html, '--format', 'html')).code).toBe(0);
    expect(await readdir(html)).toEqual(['report.html']);
  });

  it('rejects an unknown format, a folder that is not a results folder, and a foreign --out folder', async () => {
    const bad = await cli('report', results, '--format', 'md,pdf');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown format "pdf"');
    const empty = await makeTempDir();
    await writeFile(join(empty, 'notes.txt'), 'mine');
    const notResults = await cli('report', empty);
    expect(notResults.code).toBe(2);
    expect(notResults.stderr).toContain('has no manifest.json');
    expect(notResults.stderr).not.toMatch(/\n\s+at /);
    const foreign = await cli('report', results, '--out', empty);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('is not a scorechase report folder');
    expect(await readFile(join(empty, 'notes.txt'), 'utf8')).toBe('mine');
    const missing = await cli('report', join(empty, 'nowhere'));
    expect(missing.code).toBe(2);
  });

  it('names the file at fault in a damaged results folder', async () => {
    const copy = await makeTempDir();
    for (const name of ['manifest.json', 'metrics.csv', 'agents.csv', 'events.json', 'summary.json']) {
      await writeFile(join(copy, name), await readFile(join(results, name)));
    }
    await writeFile(join(copy, 'summary.json'), '{ not json');
    const result = await cli('report', copy);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(copy, 'summary.json')}: is not valid JSON`);
    await expect(readdir(join(copy, 'report'))).rejects.toThrow();
  });
});

describe('scorechase report on a sweep folder', () => {
  it('draws every arm with its 95 % band and the paired differences', async () => {
    const dir = await makeSweepDir();
    expect((await runIn(dir, 'sweep', 'sweep.yaml', '--out', 'out', '--workers', '1', '--quiet')).code).toBe(0);
    const result = await cli('report', join(dir, 'out'));
    expect(result.code).toBe(0);
    const figures = (await readdir(join(dir, 'out', 'report', 'figures'))).filter((f) => f.endsWith('.svg')).sort();
    expect(figures).toEqual(['difference-reciprocity-all.svg', 'difference-score-p50.svg', 'sweep-reciprocity-all.svg', 'sweep-score-p50.svg']);
    const svg = await readFile(join(dir, 'out', 'report', 'figures', 'sweep-score-p50.svg'), 'utf8');
    expect(svg).toContain('band: 95 % interval');
    expect(svg.match(/fill-opacity="0.2"/g)).toHaveLength(2);
    const markdown = await readFile(join(dir, 'out', 'report', 'report.md'), 'utf8');
    expect(markdown).toContain('2 arms × 3 seeds shared by every arm');
    expect(markdown).toMatch(/\*\*score \(p50\)\*\* on day 10: scoreSeeking=0\.5 [\d.]+ \(95 % [\d.−]+ to [\d.−]+\)/);
    expect(markdown).toContain('| arm | runs | mean | sd | 95 % interval | minus scoreSeeking=0.5 | 95 % interval of the difference |');
  });

  it('refuses a sweep folder that has not been aggregated', async () => {
    const dir = await makeSweepDir();
    expect((await runIn(dir, 'sweep', 'sweep.yaml', '--out', 'out', '--shard', '1/2', '--quiet')).code).toBe(0);
    await mkdir(join(dir, 'out'), { recursive: true });
    await writeFile(join(dir, 'out', 'sweep.json'), JSON.stringify({ arms: [{ arm: 'a' }] }));
    const result = await cli('report', join(dir, 'out'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('summary.csv: is missing');
  });
});
