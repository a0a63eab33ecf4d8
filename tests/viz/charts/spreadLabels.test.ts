// The slope chart's end labels never overlap: spreadLabels keeps neighbours a gap apart and stays near the wanted positions.
import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../viz/charts/slopeChart.js';

describe('spreadLabels', () => {
  it('keeps labels that are far enough apart where they are', () => {
    expect(spreadLabels([100, 10, 50], 13)).toEqual([100, 10, 50]);
  });

  it('pushes close labels apart and centres the cluster on where they wanted to be', () => {
    expect(spreadLabels([100, 102], 13)).toEqual([94.5, 107.5]);
    expect(spreadLabels([50, 50, 50], 10)).toEqual([40, 50, 60]);
  });

  it('never moves a cluster up into the label above it', () => {
    const placed = spreadLabels([0, 14, 15, 16], 13);
    const sorted = [...placed].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(13 - 1e-9);
    expect(placed[0]).toBe(0);
  });
});
