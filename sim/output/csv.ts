// CSV serialisation: deterministic number formatting, RFC 4180 quoting, `\n` line ends and a trailing newline.

/** Significant digits kept by `formatNumber` for non-integers. */
export const CSV_SIGNIFICANT_DIGITS = 6;

/**
 * Formats a number compactly and identically on every machine:
 * integers as they are (`42`, `-7`), other values rounded to 6 significant digits with trailing zeros
 * dropped (`0.333333`, `1234.57`, `2.5`), `-0` as `0`, NaN as an empty string (an empty cell),
 * infinities as `Infinity` / `-Infinity`. Plain decimal notation is used for magnitudes from 1e-6 to
 * below 1e21; only values outside that range fall back to JavaScript's exponent form (`1e-7`, `1e+21`).
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return '';
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(x)) return String(x);
  const rounded = Number(x.toPrecision(CSV_SIGNIFICANT_DIGITS));
  return rounded === 0 ? '0' : String(rounded);
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell: numbers through `formatNumber`; strings as they are, or wrapped in double quotes
 * (inner quotes doubled) when they contain a comma, a double quote, CR or LF.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return formatNumber(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A whole CSV document: a header row of `columns`, then one line per row, each line ending in `\n`
 * (so the text ends with a newline). Every row must have exactly one cell per column; a row of another
 * length is a programming error and throws.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [columns.map(csvCell).join(',')];
  rows.forEach((row, index) => {
    if (row.length !== columns.length) {
      throw new Error(`toCsv: row ${index} has ${row.length} cells, expected ${columns.length} (${columns.join(',')})`);
    }
    lines.push(row.map(csvCell).join(','));
  });
  return `${lines.join('\n')}\n`;
}
