// Tests of the million-follower-fallacy reporter: Cha et al.'s table on hand-built measures and on a run.
import { describe, expect, it } from 'vitest';
import { spearman } from '../../../sim/analysis/spearman.js';
import { millionFollowerTable } from '../../../sim/metrics/reporters/millionFollowerFallacy.js';
import { analysisScenario, rowsOf, runAnalysis } from './metricsFixture.js';

describe('millionFollowerTable', () => {
  it('correlates each pair over everyone and within the top by the pair\'s first measure', () => {
    // 200 agents: followers = id; shares rise with followers among the top 20 only in reverse; mentions = shares.
    const n = 200;
    const followers = Float64Array.from({ length: n }, (_, i) => i);
    const shares = Float64Array.from({ length: n }, (_, i) => (i >= 180 ? 1000 - i : i));
    const mentions = shares.slice();
    const [fs, fm, sm] = millionFollowerTable(followers, shares, mentions);
    expect([fs.pair, fm.pair, sm.pair]).toEqual(['followers-shares', 'followers-mentions', 'shares-mentions']);
    expect(fs.all).toBe(spearman(followers, shares));
    expect(fs.top10).toBe(-1); // the top 20 by followers: shares fall as followers rise
    expect(fs.top1).toBe(-1); // the top 2
    expect([sm.all, sm.top10, sm.top1]).toEqual([1, 1, 1]);
    expect(fm).toEqual({ ...fs, pair: 'followers-mentions' });
  });

  it('ranks the top by the first measure, ties to the lower id', () => {
    const followers = Float64Array.of(5, 5, 1, 1, 1, 1, 1, 1, 1, 1);
    const shares = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    const mentions = Float64Array.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    const [, , sm] = millionFollowerTable(followers, shares, mentions);
    expect(sm.top10).toBeNaN(); // one agent: id 9, the most shared
    expect(sm.all).toBe(-1);
    const [fs] = millionFollowerTable(followers, shares, mentions);
    expect(fs.top10).toBeNaN(); // one agent (id 0): too few to correlate
  });
});

describe('millionFollowerFallacyReporter', () => {
  it('emits the table at every record and on the last tick, from followers, shares and mentions received', () => {
    const sim = runAnalysis(analysisScenario({ ticks: 27, metrics: 'reporters: [million-follower-fallacy]' }));
    expect([...new Set(rowsOf(sim.recorder.rows, 'mff.spearman').map((r) => r.tick))]).toEqual([0, 5, 10, 15, 20, 25, 27]);
    const last = sim.recorder.rows.filter((r) => r.tick === 27);
    expect(last.map((r) => r.group)).toEqual([
      'followers-shares', 'followers-shares:top10', 'followers-shares:top1',
      'followers-mentions', 'followers-mentions:top10', 'followers-mentions:top1',
      'shares-mentions', 'shares-mentions:top10', 'shares-mentions:top1',
    ]);
    const { agents, graph } = sim.state;
    const ids = Array.from({ length: agents.count }, (_, i) => i).filter((i) => agents.active[i]);
    expect(last[0].value).toBe(spearman(ids.map((i) => graph.inLen[i]), ids.map((i) => agents.sharesReceived[i])));
    expect(last[0].value).toBeGreaterThan(0);
  });
});
