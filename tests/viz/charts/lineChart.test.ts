// Tests of lineChart under jsdom: its SVG matches the golden file and carries a title and a text alternative.
import { describe, expect, it } from 'vitest';
import { lineChart } from '../../../viz/charts/lineChart.js';
import { metricSeries } from '../../../viz/metricSeries.js';

const rows = [0, 7, 14].flatMap((tick) => [
  { tick, metric: 'score-median', group: 'lurker', value: 10 + tick },
  { tick, metric: 'score-median', group: 'chaser', value: 20 + 2 * tick },
  { tick, metric: 'other', group: 'lurker', value: 99 },
]);

describe('lineChart', () => {
  it('draws one line per group and matches the golden SVG', async () => {
    const svg = lineChart(document, metricSeries(rows, 'score-median'), { title: 'Median score', yLabel: 'score' });
    expect(svg.querySelectorAll('path[stroke-width="1.5"]')).toHaveLength(2);
    await expect(svg.outerHTML).toMatchFileSnapshot('./__golden__/lineChart.svg');
  });

  it('has a title and a description usable as alt text', () => {
    const svg = lineChart(document, metricSeries(rows, 'score-median'), { title: 'Median score', yLabel: 'score' });
    expect(svg.querySelector('title')?.textContent).toBe('Median score');
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Median score: score over ticks for 2 groups; lurker ends at 24 on tick 14; chaser ends at 48 on tick 14.',
    );
  });
});

describe('metricSeries', () => {
  it('keeps only the metric asked for, one series per group in tick order', () => {
    const series = metricSeries([...rows].reverse(), 'score-median');
    expect(series.map((s) => s.group)).toEqual(['chaser', 'lurker']);
    expect(series[1].points.map((p) => p.tick)).toEqual([0, 7, 14]);
  });
});
