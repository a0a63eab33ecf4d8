// The report of a sweep folder: read sweep.json, summary.csv and differences.csv, draw the bands, write the files.
import { sweepReport } from '../../report/sweep/sweepReport.js';
import { sweepReportData } from '../../report/sweep/sweepReportData.js';
import type { ReportFile } from './reportFolder.js';
import { sha256Hex } from './resultsFolder.js';
import { readFolderFiles, reportFiles, type ReportFormat } from './reportFiles.js';

/** The report files of the sweep folder `dir` for the chosen formats. */
export async function sweepReportFiles(dir: string, formats: readonly ReportFormat[]): Promise<ReportFile[]> {
  const files = await readFolderFiles(dir, ['sweep.json', 'plan.json', 'summary.csv', 'differences.csv']);
  const data = sweepReportData(files, { manifestHash: sha256Hex(files.get('sweep.json') ?? ''), scenarioHash: sha256Hex(files.get('plan.json') ?? '') });
  return reportFiles((doc) => sweepReport(doc, data, dir), data, formats);
}
