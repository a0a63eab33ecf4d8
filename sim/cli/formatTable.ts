// Plain-text rendering of a summary table with aligned columns: text left-aligned, numbers right-aligned.
import type { SummaryTable } from '../run/types.js';

const NUMERIC = /^[-+]?(\d[\d,]*)?(\.\d+)?(e[-+]?\d+)?%?$/i;

const width = (text: string) => [...text].length;

/** True when a cell reads as a number (`12`, `-0.5`, `1,234`, `45%`), so it is right-aligned. */
export function looksNumeric(cell: string): boolean {
  return cell !== '' && /\d/.test(cell) && NUMERIC.test(cell);
}

/**
 * The table as lines of text: the title, the header, a rule of dashes, then the rows; columns are two
 * spaces apart, and a column is right-aligned when all its non-empty cells look numeric. Ends with a newline.
 */
export function formatTable(table: SummaryTable): string {
  const { columns, rows } = table;
  const widths = columns.map((column, c) => Math.max(width(column), ...rows.map((row) => width(row[c] ?? ''))));
  const rightAligned = columns.map((_, c) => {
    const cells = rows.map((row) => row[c] ?? '').filter((cell) => cell !== '');
    return cells.length > 0 && cells.every(looksNumeric);
  });
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - width(cell));
        return rightAligned[c] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const lines = [table.title, line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((row) => line(columns.map((_, c) => row[c] ?? '')))];
  return `${lines.join('\n')}\n`;
}
