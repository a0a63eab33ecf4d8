// Tests of the slope, histogram, scatter and table charts under jsdom: golden SVGs and text alternatives.
import { describe, expect, it } from 'vitest';
import { histogramChart } from '../../../viz/charts/histogramChart.js';
import { rankTableChart } from '../../../viz/charts/rankTableChart.js';
import { scatterChart, symlogTicks } from '../../../viz/charts/scatterChart.js';
import { slopeChart } from '../../../viz/charts/slopeChart.js';

describe('slopeChart', () => {
  const rows = [
    { group: 'communityManager', before: 72, after: 60, count: 3 },
    { group: 'lurker', before: 12, after: 15, count: 90 },
  ];
  it('joins each group\'s before and after and matches the golden SVG', async () => {
    const svg = slopeChart(document, rows, { title: 'By type', beforeLabel: 'tick 99', afterLabel: 'tick 130' });
    expect(svg.querySelectorAll('line[stroke-width="2"]')).toHaveLength(2);
    expect(svg.querySelector('desc')?.textContent).toBe('By type: median score, tick 99 vs tick 130; communityManager 72 → 60 (n=3); lurker 12 → 15 (n=90).');
    await expect(svg.outerHTML).toMatchFileSnapshot('./__golden__/slopeChart.svg');
  });
});

describe('histogramChart', () => {
  it('bins values, marks zero and matches the golden SVG', async () => {
    const values = [-12, -8, -8, -3, 0, 1, 2, 2, 3, 9, NaN];
    const svg = histogramChart(document, values, { title: 'Change', xLabel: 'score change', bins: 8 });
    expect(svg.querySelectorAll('line[stroke-dasharray]')).toHaveLength(1);
    expect(svg.querySelector('desc')?.textContent).toBe('Change: 10 values of score change; median 0; 40 % below zero, 50 % above.');
    await expect(svg.outerHTML).toMatchFileSnapshot('./__golden__/histogramChart.svg');
  });
});

describe('scatterChart', () => {
  it('draws one circle per finite point with a legend of the groups present', async () => {
    const data = { x: [0, 3, 40, NaN], y: [10, 50, 90, 5], group: [0, 2, 4, 0], groups: ['lurker', 'engager', 'chaser', 'communityManager', 'celebrity'] };
    const svg = scatterChart(document, data, { title: 'Score against influence', xLabel: 'influence', yLabel: 'score', note: 'ρ = 0.5.' });
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('chaser');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).not.toContain('engager');
    await expect(svg.outerHTML).toMatchFileSnapshot('./__golden__/scatterChart.svg');
  });

  it('symlogTicks spreads ticks over decades', () => {
    expect(symlogTicks(350)).toEqual([0, 1, 3, 10, 30, 100, 300]);
    expect(symlogTicks(0.5)).toEqual([0]);
  });
});

describe('rankTableChart', () => {
  it('draws a cell per value and states every value in the description', async () => {
    const table = { columns: ['all', 'top 10 %'], rows: [{ label: 'followers – shares', values: [0.55, 0.11] }, { label: 'shares – mentions', values: [-0.7, NaN] }] };
    const svg = rankTableChart(document, table, { title: 'Fallacy', footnote: 'Spearman.' });
    expect(svg.querySelectorAll('rect')).toHaveLength(5);
    expect(svg.querySelector('desc')?.textContent).toBe('Fallacy. followers – shares: all 0.55, top 10 % 0.11; shares – mentions: all -0.7, top 10 % n/a. Spearman.');
    await expect(svg.outerHTML).toMatchFileSnapshot('./__golden__/rankTableChart.svg');
  });
});
