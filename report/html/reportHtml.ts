// report.html: one self-contained page — styles, script and data inline, no requests — with the figures and a timeline scrubber.
import type { Report } from '../runReport.js';
import type { RunReportData } from '../data/reportData.js';
import type { SweepReportData } from '../sweep/sweepReportData.js';
import { escapeHtml, scriptJson } from '../doc/escape.js';
import { renderHtml } from '../doc/html.js';
import { REPORT_CSS } from './reportStyles.js';

/**
 * The page's content security policy: nothing may be fetched (no default source); only the inline style
 * and script run, and images may only be data: URLs. A report opened offline or in a sandboxed iframe
 * therefore never reaches the network.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Options of `reportHtml`: the serialised SVG of each figure by id, and the page script (the built report page bundle). */
export interface ReportHtmlInput {
  report: Report;
  data: RunReportData | SweepReportData;
  figureSvg: ReadonlyMap<string, string>;
  pageScript: string;
}

/**
 * The whole page. Every text from the scenario is escaped by the block renderer; the data is embedded as
 * JSON in a `<script type="application/json">` with `<`, `>` and `&` escaped; the script text has any
 * `</script` broken so that it cannot end its element early.
 */
export function reportHtml(input: ReportHtmlInput): string {
  const { report, data, figureSvg } = input;
  const hasTimeline = report.figures.some((f) => f.timeline);
  const controls = hasTimeline
    ? `<div id="timeline-controls" hidden><button type="button">Play</button><label for="timeline">Day</label><input id="timeline" type="range" min="0" max="${data.provenance.ticks}" step="1" value="${data.provenance.ticks}"><output for="timeline">day ${data.provenance.ticks}</output></div><div id="snapshot" aria-live="polite"></div>`
    : '';
  const body = renderHtml(report.blocks, (id) => figureSvg.get(id) ?? '').replace('<h2 id="figures">Figures</h2>', (heading) => `${heading}\n${controls}`);
  const script = input.pageScript.replace(/<\/(script)/gi, '<\\/$1');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(`${data.provenance.engine} ${data.provenance.version}`)}">`,
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    `<footer>${escapeHtml(data.provenance.engine)} ${escapeHtml(data.provenance.version)} · manifest sha256 <code>${escapeHtml(data.provenance.manifestHash)}</code></footer>`,
    '</main>',
    `<script type="application/json" id="report-data">${scriptJson(data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
