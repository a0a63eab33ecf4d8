// Tests of formatTable: aligned columns, numbers right-aligned, title and rule.
import { describe, expect, it } from 'vitest';
import { formatTable, looksNumeric } from '../../../sim/cli/formatTable.js';

describe('formatTable', () => {
  it('aligns text left and numbers right under a header and a rule', () => {
    const text = formatTable({
      title: 'Summary',
      columns: ['type', 'agents', 'median score'],
      rows: [
        ['lurker', '156', '12.5'],
        ['communityManager', '4', '61'],
      ],
    });
    expect(text).toBe(
      [
        'Summary',
        'type              agents  median score',
        '----------------  ------  ------------',
        'lurker               156          12.5',
        'communityManager       4            61',
        '',
      ].join('\n'),
    );
  });

  it('treats missing cells as empty', () => {
    expect(formatTable({ title: 'T', columns: ['a', 'b'], rows: [['x']] })).toBe('T\na  b\n-  -\nx\n');
  });
});

describe('looksNumeric', () => {
  it('recognises numbers, thousands separators and percentages but not words', () => {
    for (const cell of ['12', '-0.5', '1,234', '45%', '+3', '1e-7']) expect(looksNumeric(cell)).toBe(true);
    for (const cell of ['', 'lurker', '-', 'n/a', '12 agents']) expect(looksNumeric(cell)).toBe(false);
  });
});
