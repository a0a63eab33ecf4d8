// Tests of parseMetricsCsv: metrics.csv read back exactly as written, filtered, with empty cells as NaN.
import { describe, expect, it } from 'vitest';
import { metricsCsv } from '../../../sim/output/metricsCsv.js';
import { csvLineCells, parseMetricsCsv } from '../../../sim/sweep/metricsRows.js';

describe('parseMetricsCsv', () => {
  it('reads back what metricsCsv writes, quoted names and empty values included', () => {
    const rows = [
      { tick: 0, metric: 'score', group: 'p50', value: 12.5 },
      { tick: 7, metric: 'odd,name', group: 'say "hi"', value: NaN },
      { tick: 7, metric: 'reciprocity', group: 'all', value: -0.25 },
    ];
    expect(parseMetricsCsv(metricsCsv(rows))).toEqual(rows);
  });

  it('keeps only the rows the filter accepts', () => {
    const text = 'tick,metric,group,value\n0,a,x,1\n0,b,x,2\n';
    expect(parseMetricsCsv(text, (metric) => metric === 'b')).toEqual([{ tick: 0, metric: 'b', group: 'x', value: 2 }]);
  });

  it('throws on another header or a line of the wrong width, naming the line', () => {
    expect(() => parseMetricsCsv('a,b\n')).toThrow('expected the header');
    expect(() => parseMetricsCsv('tick,metric,group,value\n0,a,x\n')).toThrow('metrics.csv line 2: expected 4 cells, got 3');
  });
});

describe('csvLineCells', () => {
  it('splits on commas outside quotes and undoes doubled quotes', () => {
    expect(csvLineCells('1,"a,b","c""d",')).toEqual(['1', 'a,b', 'c"d', '']);
  });
});
