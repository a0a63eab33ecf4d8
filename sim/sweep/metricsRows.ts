// Reads a run's metrics.csv back into tidy rows (tick, metric, group, value); empty cells are NaN.
import type { MetricRow } from '../metrics/reporter.js';

const HEADER = 'tick,metric,group,value';

/** The cells of one CSV line, undoing RFC 4180 quoting (`"a,b"`, `"say ""hi"""`). */
export function csvLineCells(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted cell');
        cell += line.slice(i, quote);
        i = quote + 1;
        if (line[i] !== '"') break;
        cell += '"';
        i++;
      }
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      cell = line.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (i >= line.length) return cells;
    if (line[i] !== ',') throw new Error(`unexpected character after a quoted cell at column ${i + 1}`);
    i++;
  }
}

/**
 * The rows of a metrics.csv text (header `tick,metric,group,value`). `keep(metric, group)` (default:
 * every row) filters rows before they are stored. Throws on another header or a malformed line, with
 * its line number.
 */
export function parseMetricsCsv(text: string, keep: (metric: string, group: string) => boolean = () => true): MetricRow[] {
  const lines = text.split('\n');
  if (lines[0] !== HEADER) throw new Error(`metrics.csv: expected the header "${HEADER}", got "${lines[0]}"`);
  const rows: MetricRow[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n];
    if (line === '') continue;
    let cells: string[];
    try {
      cells = csvLineCells(line);
    } catch (error) {
      throw new Error(`metrics.csv line ${n + 1}: ${(error as Error).message}`);
    }
    if (cells.length !== 4) throw new Error(`metrics.csv line ${n + 1}: expected 4 cells, got ${cells.length}`);
    const [tick, metric, group, value] = cells;
    if (!keep(metric, group)) continue;
    rows.push({ tick: Number(tick), metric, group, value: value === '' ? NaN : Number(value) });
  }
  return rows;
}
