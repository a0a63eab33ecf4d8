// A run's report as blocks and figures: title, findings, figures, tables, methods and reproduction.
import type { RunReportData } from './data/reportData.js';
import { block, type Block } from './doc/reportDoc.js';
import { runFigures, type Figure } from './figures/runFigures.js';
import { runFindings } from './sections/findings.js';
import { runMethods } from './sections/methods.js';
import { reproductionBlocks } from './sections/reproduction.js';
import { runTables } from './sections/tables.js';

/** A report ready to render: its blocks (figures referenced by id) and the drawn figures. */
export interface Report {
  title: string;
  blocks: Block[];
  figures: Figure[];
}

/**
 * Builds a run's report. `doc` is the document the figures are drawn in (jsdom's in the CLI, the page's in
 * a browser); `resultsDir` is the folder name the reproduction commands use.
 */
export function runReport(doc: Document, data: RunReportData, resultsDir: string): Report {
  const figures = runFigures(doc, data);
  const p = data.provenance;
  const title = `${data.name}: report`;
  const blocks: Block[] = [
    block.h1(title),
    ...(data.description ? [block.p(data.description)] : []),
    block.p(`Scenario `, { code: p.scenarioFile }, `, seed ${String(p.seed)}, ${p.ticks} days, ${data.agents?.active ?? '?'} active agents at the end; displayed score `, { code: data.displayed }, `; ${p.engine} ${p.version}.`),
    block.h2('Findings', 'findings'),
    block.list(runFindings(data)),
    block.h2('Figures', 'figures'),
    ...figures.map((f, i): Block => ({ kind: 'figure', figure: f.ref, number: i + 1 })),
    block.h2('Tables', 'tables'),
    ...runTables(data),
    block.h2('Methods', 'methods'),
    ...runMethods(data),
    block.h2('Reproduction', 'reproduction'),
    ...reproductionBlocks(p, data.written, resultsDir),
  ];
  return { title, blocks, figures };
}
