// Tests of ResponseState: the score history ring, growth when agents join, and snapshots.
import { describe, expect, it } from 'vitest';
import { ResponseState } from '../../../sim/response/responseState.js';
import { TACTIC_COUNT } from '../../../sim/response/tactics.js';

describe('ResponseState', () => {
  it('keeps the last ringLength days of scores; earlier ticks give the starting score', () => {
    const score = Float32Array.from([10, 20, 30]);
    const R = ResponseState.create(3, score, 3);
    expect(R.pastScore(1, -5)).toBe(20);
    for (let tick = 1; tick <= 5; tick++) {
      score[1] = 20 + tick;
      R.recordScores(score, tick);
    }
    expect([R.pastScore(1, 3), R.pastScore(1, 4), R.pastScore(1, 5)]).toEqual([23, 24, 25]);
    expect(R.pastScore(0, 5)).toBe(10);
  });

  it('grows for new agents: no estimates, no last reactor, effort 1, history from their first published score', () => {
    const R = ResponseState.create(2, Float32Array.from([5, 6]), 2);
    R.q[1 * TACTIC_COUNT + 3] = 0.5;
    R.recordScores(Float32Array.from([7, 8]), 1);
    const grown = Float32Array.from([7, 8, 0, 0, 0]);
    R.ensureAgents(5, grown);
    expect(R.count).toBe(5);
    expect(R.q[1 * TACTIC_COUNT + 3]).toBe(0.5);
    expect(R.pastScore(1, 1)).toBe(8);
    expect(R.pastScore(0, 0)).toBe(5);
    expect(Array.from(R.lastReactor.subarray(0, 5))).toEqual([-1, -1, -1, -1, -1]);
    expect(R.postEffort[4]).toBe(1);
    grown.set([40, 41, 42], 2);
    R.startHistories(grown);
    expect([R.pastScore(3, 0), R.pastScore(3, 1)]).toEqual([41, 41]);
    expect(R.pastScore(0, 0)).toBe(5);
  });

  it('a snapshot restores an equal state that shares no memory', () => {
    const R = ResponseState.create(4, Float32Array.from([1, 2, 3]), 3);
    R.q[7] = 0.25;
    R.lastReactor[2] = 0;
    R.churned = 4;
    R.ensureAgents(4, Float32Array.from([1, 2, 3, 9]));
    const copy = ResponseState.fromSnapshot(structuredClone(R.snapshot()));
    expect(copy.snapshot()).toEqual(R.snapshot());
    copy.q[7] = 1;
    expect(R.q[7]).toBe(0.25);
    expect(copy.pastScore(3, 2)).toBe(9);
  });
});
