// Test helper: the report fixture scenario run once into a temporary results folder, and its files read back for the report functions.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../sim/cli/resultsFolder.js';
import { main } from '../../sim/cli/main.js';
import { runReportData, type RunReportData } from '../../report/data/reportData.js';
import { captureIo } from '../sim/cli/captureIo.js';

/** The fixture scenario: 300 agents, 60 days, a switch from klout-2010 to klout-2011 on day 30. */
export const REPORT_FIXTURE = 'tests/fixtures/report/report-fixture.yaml';

/** The files of a results folder the report reads. */
export const RESULT_NAMES = ['manifest.json', 'metrics.csv', 'agents.csv', 'events.json', 'summary.json'];

/** Runs the fixture with the command line into a fresh temporary folder and returns the folder. */
export async function runFixture(extra: string[] = []): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'scorechase-report-')), 'results');
  const captured = captureIo();
  const code = await main(['run', REPORT_FIXTURE, '--out', dir, '--quiet', ...extra], captured.io);
  if (code !== 0) throw new Error(`the fixture run failed (${code}): ${captured.stderr}`);
  return dir;
}

/** A results folder's report inputs, by name. */
export async function readResults(dir: string): Promise<Map<string, string>> {
  return new Map(await Promise.all(RESULT_NAMES.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as [string, string])));
}

/** The report data of the files, with the hashes the report command computes. */
export function dataOf(files: ReadonlyMap<string, string>): RunReportData {
  const manifest = files.get('manifest.json')!;
  return runReportData(files, { manifestHash: sha256Hex(manifest), scenarioHash: sha256Hex(JSON.stringify(JSON.parse(manifest).resolved)) });
}
