// The files of a report: reading a folder's inputs, the chosen formats, and the SVG, PNG, Markdown and HTML outputs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderMarkdown } from '../../report/doc/markdown.js';
import type { RunReportData } from '../../report/data/reportData.js';
import { reportHtml } from '../../report/html/reportHtml.js';
import type { Report } from '../../report/runReport.js';
import type { SweepReportData } from '../../report/sweep/sweepReportData.js';
import { CliInputError } from './cliErrors.js';
import { describeFsError, isFsError } from './fsErrors.js';
import type { ReportFile } from './reportFolder.js';
import { headlessDocument, svgFileText, svgToPngBytes } from './svgRendering.js';
import { reportPageScript } from './reportPageScript.js';

/** The formats `--format` accepts; report.md links the SVG figures, so `md` writes them too. */
export const REPORT_FORMATS = ['md', 'html', 'svg', 'png'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Parses `--format`: a comma-separated subset of md, html, svg, png. */
export function parseFormats(value: string): ReportFormat[] {
  const parts = value.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const bad = parts.filter((p) => !(REPORT_FORMATS as readonly string[]).includes(p));
  if (parts.length === 0 || bad.length > 0) {
    throw new CliInputError(`--format: ${bad.length > 0 ? `unknown format "${bad[0]}"` : 'no format given'}; choose from ${REPORT_FORMATS.join(', ')} (comma-separated)`);
  }
  return [...new Set(parts)] as ReportFormat[];
}

/** Reads the named files of `dir` that exist, by name. */
export async function readFolderFiles(dir: string, names: readonly string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of names) {
    try {
      files.set(name, await readFile(join(dir, name), 'utf8'));
    } catch (error) {
      if (isFsError(error) && error.code === 'ENOENT') continue;
      throw new CliInputError(`cannot read ${join(dir, name)}: ${describeFsError(error)}`);
    }
  }
  return files;
}

/**
 * Draws a report in a fresh jsdom document (`build` turns the document into the report) and returns its
 * files for the chosen formats: each figure's SVG (also for `md`, which links them), its PNG at 2×,
 * report.md, and report.html with `data` embedded and the page script inlined.
 */
export function reportFiles(build: (doc: Document) => Report, data: RunReportData | SweepReportData, formats: readonly ReportFormat[]): ReportFile[] {
  const headless = headlessDocument();
  const report = build(headless.document);
  const svgs = new Map(report.figures.map((f) => [f.ref.id, headless.serialize(f.svg)]));
  const files: ReportFile[] = [];
  if (formats.includes('svg') || formats.includes('md')) for (const [id, xml] of svgs) files.push({ path: `figures/${id}.svg`, content: svgFileText(xml) });
  if (formats.includes('png')) for (const [id, xml] of svgs) files.push({ path: `figures/${id}.png`, content: svgToPngBytes(xml) });
  if (formats.includes('md')) files.push({ path: 'report.md', content: renderMarkdown(report.blocks) });
  if (formats.includes('html')) files.push({ path: 'report.html', content: reportHtml({ report, data, figureSvg: svgs, pageScript: reportPageScript() }) });
  return files;
}

