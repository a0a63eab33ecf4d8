// Tests of lineChart under jsdom: its SVG matches the golden file, carries a text alternative, and marks shocks.
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

  it('colours agent types with their fixed type colours', () => {
    const svg = lineChart(document, metricSeries(rows, 'score-median'), {});
    const strokes = [...svg.querySelectorAll('path[stroke-width="1.5"]')].map((p) => p.getAttribute('stroke'));
    expect(strokes).toEqual(['#56B4E9', '#D55E00']);
  });

  it('marks every shock with a dashed line and names it in the description', async () => {
    const svg = lineChart(document, metricSeries(rows, 'score-median'), {
      title: 'Median score', yLabel: 'score', markers: [{ tick: 7, label: 'switch to klout-2011' }], cursor: 14,
    });
    expect(svg.querySelectorAll('.markers line[stroke-dasharray]')).toHaveLength(1);
    expect(svg.querySelector('line.cursor')).not.toBeNull();
    expect(svg.querySelector('desc')?.textContent).toContain('Shocks: switch to klout-2011 on tick 7.');
    await expect(svg.outerHTML).toMatchFileSnapshot('./__golden__/lineChart-markers.svg');
  });

  it('leaves markers outside the time range out', () => {
    const svg = lineChart(document, metricSeries(rows, 'score-median'), { markers: [{ tick: 99, label: 'later' }] });
    expect(svg.querySelectorAll('.markers line')).toHaveLength(0);
  });
});

describe('metricSeries', () => {
  it('keeps only the metric asked for, one series per group in tick order', () => {
    const series = metricSeries([...rows].reverse(), 'score-median');
    expect(series.map((s) => s.group)).toEqual(['chaser', 'lurker']);
    expect(series[1].points.map((p) => p.tick)).toEqual([0, 7, 14]);
  });
});
