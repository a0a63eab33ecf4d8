// Tests of bandChart under jsdom: medians over interquartile bands per group, golden SVG, text alternative.
import { describe, expect, it } from 'vitest';
import { bandChart, type BandSeries } from '../../../viz/charts/bandChart.js';

const series: BandSeries[] = [
  { group: 'lurker', points: [0, 5, 10].map((tick) => ({ tick, low: 5 + tick / 5, mid: 10 + tick / 2, high: 15 + tick })) },
  { group: 'chaser', points: [0, 5, 10].map((tick) => ({ tick, low: 20, mid: 30 + tick, high: 45 + tick })) },
];

describe('bandChart', () => {
  it('draws a band and a median line per group and matches the golden SVG', async () => {
    const svg = bandChart(document, series, { title: 'Score by type', yLabel: 'score', yDomain: [0, 100], markers: [{ tick: 5, label: 'switch' }] });
    expect(svg.querySelectorAll('path[fill-opacity]')).toHaveLength(2);
    expect(svg.querySelectorAll('path[stroke-width="1.75"]')).toHaveLength(2);
    await expect(svg.outerHTML).toMatchFileSnapshot('./__golden__/bandChart.svg');
  });

  it('describes each group\'s last median and interquartile range', () => {
    const svg = bandChart(document, series, { title: 'Score by type', yLabel: 'score' });
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Score by type: score by group over ticks; lurker median 15 (IQR 7–25) on tick 10; chaser median 40 (IQR 20–55) on tick 10.',
    );
  });

  it('draws medians without bands when the quartiles are missing', () => {
    const bare: BandSeries[] = [{ group: 'lurker', points: [{ tick: 0, low: NaN, mid: 3, high: NaN }, { tick: 1, low: NaN, mid: 4, high: NaN }] }];
    const svg = bandChart(document, bare, {});
    expect(svg.querySelector('path[fill-opacity]')?.getAttribute('d')).toBe('');
    expect(svg.querySelector('path[stroke-width="1.75"]')?.getAttribute('d')).not.toBe('');
  });
});
