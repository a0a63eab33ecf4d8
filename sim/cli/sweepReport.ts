// The report of a sweep folder: read sweep.json, summary.csv and differences.csv, draw the bands, write the files.
import { reportHtml } from '../../report/html/reportHtml.js';
import { sweepReport } from '../../report/sweep/sweepReport.js';
import { sweepReportData } from '../../report/sweep/sweepReportData.js';
import type { ReportFile } from './reportFolder.js';
import { reportPageScript } from './reportPageScript.js';
import { sha256Hex } from './resultsFolder.js';
import { readFolderFiles, reportFiles, type ReportFormat } from './reportFiles.js';
import { headlessDocument } from './svgRendering.js';

/** The report files of the sweep folder `dir` for the chosen formats. */
export async function sweepReportFiles(dir: string, formats: readonly ReportFormat[]): Promise<ReportFile[]> {
  const files = await readFolderFiles(dir, ['sweep.json', 'plan.json', 'summary.csv', 'differences.csv']);
  const data = sweepReportData(files, { manifestHash: sha256Hex(files.get('sweep.json') ?? ''), scenarioHash: sha256Hex(files.get('plan.json') ?? '') });
  const headless = headlessDocument();
  const report = sweepReport(headless.document, data, dir);
  const svgs = new Map(report.figures.map((f) => [f.ref.id, headless.serialize(f.svg)]));
  return reportFiles(report, svgs, formats, () => reportHtml({ report, data, figureSvg: svgs, pageScript: reportPageScript() }));
}
