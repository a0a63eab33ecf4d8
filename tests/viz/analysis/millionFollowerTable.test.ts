// Tests of the Million Follower Fallacy table: pairs of measures over all agents and the top shares.
import { describe, expect, it } from 'vitest';
import { FALLACY_COLUMNS, millionFollowerTable, topIds } from '../../../viz/analysis/millionFollowerTable.js';

describe('topIds', () => {
  it('takes the top share by value, at least two, ties broken by id', () => {
    expect(topIds([5, 9, 9, 1], [0, 1, 2, 3], 0.25)).toEqual([1, 2]);
    expect(topIds([5, 9, 7, 1], [0, 1, 2, 3], 0.5)).toEqual([1, 2]);
  });
});

describe('millionFollowerTable', () => {
  it('has one row per pair and one column per population', () => {
    const n = 200;
    const followers = Float64Array.from({ length: n }, (_, i) => i);
    const shares = Float64Array.from({ length: n }, (_, i) => i * 2);
    const mentions = Float64Array.from({ length: n }, (_, i) => n - i);
    const table = millionFollowerTable({ followers, sharesReceived: shares, mentionsReceived: mentions });
    expect(table.columns).toEqual([...FALLACY_COLUMNS]);
    expect(table.rows.map((r) => r.label)).toEqual(['followers – shares received', 'followers – mentions received', 'shares – mentions received']);
    expect(table.rows[0].values.map((v) => Math.round(v * 1000) / 1000)).toEqual([1, 1, 1]);
    expect(table.rows[1].values[0]).toBeCloseTo(-1, 12);
  });

  it('leaves out inactive agents', () => {
    const table = millionFollowerTable({ followers: [1, 2, 3, 100], sharesReceived: [1, 2, 3, 0], mentionsReceived: [3, 2, 1, 0], active: [1, 1, 1, 0] });
    expect(table.rows[0].values[0]).toBeCloseTo(1, 12);
  });
});
