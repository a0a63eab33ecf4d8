// A table of correlations drawn as SVG (the Million Follower Fallacy table): cells shaded by value.
import { scaleLinear } from 'd3';
import { chartFrame, shortNumber } from './chartFrame.js';

/** A table: column headings, and rows of a label and one value per column (NaN shows as "n/a"). */
export interface RankTable {
  columns: readonly string[];
  rows: ReadonlyArray<{ label: string; values: readonly number[] }>;
}

/** Options of `rankTableChart`; defaults in `RANK_TABLE_DEFAULTS`. */
export interface RankTableOptions {
  title: string;
  /** A sentence under the table (method, reference values). */
  footnote: string;
  labelWidth: number;
  cellWidth: number;
  rowHeight: number;
}

/** Defaults: 230-px labels, 110-px cells, 30-px rows. */
export const RANK_TABLE_DEFAULTS: RankTableOptions = { title: '', footnote: '', labelWidth: 230, cellWidth: 110, rowHeight: 30 };

/** Draws the table with each cell shaded from white (0) to Okabe–Ito blue (1) or vermillion (−1). */
export function rankTableChart(doc: Document, table: RankTable, options: Partial<RankTableOptions> = {}): SVGSVGElement {
  const o = { ...RANK_TABLE_DEFAULTS, ...options };
  const width = o.labelWidth + table.columns.length * o.cellWidth + 16;
  const height = 40 + (table.rows.length + 1) * o.rowHeight + 30;
  const svg = chartFrame(doc, width, height, o.title, describe(table, o), 8);
  const positive = scaleLinear<string>().domain([0, 1]).range(['#ffffff', '#0072B2']);
  const negative = scaleLinear<string>().domain([0, 1]).range(['#ffffff', '#D55E00']);
  const top = 32;
  table.columns.forEach((c, j) => {
    svg.append('text').attr('x', o.labelWidth + j * o.cellWidth + o.cellWidth / 2).attr('y', top + o.rowHeight / 2 + 4)
      .attr('text-anchor', 'middle').attr('font-weight', 600).text(c);
  });
  table.rows.forEach((row, i) => {
    const y = top + (i + 1) * o.rowHeight;
    svg.append('text').attr('x', 8).attr('y', y + o.rowHeight / 2 + 4).text(row.label);
    row.values.forEach((v, j) => {
      const fill = !Number.isFinite(v) ? '#eeeeee' : v >= 0 ? positive(Math.min(1, v)) : negative(Math.min(1, -v));
      svg.append('rect').attr('x', o.labelWidth + j * o.cellWidth + 1).attr('y', y + 1)
        .attr('width', o.cellWidth - 2).attr('height', o.rowHeight - 2).attr('fill', fill);
      svg.append('text').attr('x', o.labelWidth + j * o.cellWidth + o.cellWidth / 2).attr('y', y + o.rowHeight / 2 + 4)
        .attr('text-anchor', 'middle').attr('fill', Math.abs(v) > 0.6 ? '#ffffff' : '#1a1a1a').text(shortNumber(v));
    });
  });
  svg.append('text').attr('x', 8).attr('y', height - 10).attr('fill', '#555555').text(o.footnote);
  return svg.node()!;
}

/** Text alternative: every row with its values by column. */
function describe(table: RankTable, o: RankTableOptions): string {
  const rows = table.rows.map((r) => `${r.label}: ${r.values.map((v, j) => `${table.columns[j]} ${shortNumber(v)}`).join(', ')}`);
  return `${o.title}. ${rows.join('; ')}. ${o.footnote}`.trim();
}
