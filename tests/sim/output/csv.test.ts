// Tests of the CSV helpers: compact deterministic numbers, RFC 4180 quoting, `\n` line ends.
import { describe, expect, it } from 'vitest';
import { csvCell, formatNumber, toCsv } from '../../../sim/output/csv.js';

describe('formatNumber', () => {
  it('writes integers as they are', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(-7)).toBe('-7');
    expect(formatNumber(123456789012)).toBe('123456789012');
  });

  it('rounds other values to 6 significant digits and drops trailing zeros', () => {
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(2 / 3)).toBe('0.666667');
    expect(formatNumber(1234.56789)).toBe('1234.57');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-0.000123456789)).toBe('-0.000123457');
    expect(formatNumber(1999999.7)).toBe('2000000');
  });

  it('uses no exponent for ordinary magnitudes', () => {
    expect(formatNumber(0.0000123)).toBe('0.0000123');
    expect(formatNumber(98765432.1)).toBe('98765400');
    expect(formatNumber(1e20 + 0.5)).not.toMatch(/e/);
  });

  it('writes -0 as 0, NaN as an empty cell and infinities by name', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-1e-30 * 1e-300)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Infinity)).toBe('Infinity');
    expect(formatNumber(-Infinity)).toBe('-Infinity');
  });

  it('round-trips through Number within 6 significant digits', () => {
    for (const x of [Math.PI, Math.E * 1000, 1 / 7, -123.456789, 0.000987654321]) {
      expect(Math.abs(Number(formatNumber(x)) - x) / Math.abs(x)).toBeLessThan(5e-6);
    }
  });
});

describe('csvCell', () => {
  it('leaves plain text alone and formats numbers', () => {
    expect(csvCell('chaser')).toBe('chaser');
    expect(csvCell('')).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
  });

  it('quotes text with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
  });
});

describe('toCsv', () => {
  it('writes a header, one line per row, \\n line ends and a trailing newline', () => {
    const text = toCsv(['tick', 'metric', 'group', 'value'], [
      [1, 'gini', 'all', 0.123456789],
      [2, 'median score', 'chaser, top', Number.NaN],
    ]);
    expect(text).toBe('tick,metric,group,value\n1,gini,all,0.123457\n2,median score,"chaser, top",\n');
  });

  it('writes just the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\n');
  });

  it('throws on a row with the wrong number of cells', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/row 0 has 1 cells, expected 2/);
  });
});
