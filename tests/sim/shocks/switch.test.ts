// Tests of the switch shock: the displayed algorithm changes at its tick; history is recomputed only when asked.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/engine/simulation.js';
import type { MetricRow } from '../../../sim/metrics/reporter.js';
import { switchRecomputesHistory } from '../../../sim/shocks/switch.js';
import { runTimeline, timelineScenario } from './timelineScenario.js';

const switchAt = (tick: number, extra = '') => timelineScenario('shocks:', `  - { at: ${tick}, switch: { to: followers${extra} } }`);
const scoreRows = (rows: MetricRow[], metric: string) => rows.filter((r) => r.metric === metric);

describe('switch shock', () => {
  it('switches the displayed algorithm at the start of its tick: agents see the new scores that day', () => {
    const sim = Simulation.create(switchAt(4), { seed: 5 }).tick(3);
    expect(sim.state.scoring.displayed).toBe('log-proxy');
    expect(sim.state.events).toEqual([]);
    sim.tick(1);
    const { scoring, agents, scenario } = sim.state;
    expect(scoring.displayed).toBe('followers');
    expect(scenario.scoring.displayed).toBe('log-proxy'); // the algorithm the run started with
    expect([...agents.score.subarray(0, agents.count)]).toEqual([...scoring.scores.get('followers')!.subarray(0, agents.count)]);
    expect(sim.state.events).toEqual([
      { tick: 4, shock: 0, kind: 'switch', options: { to: 'followers' }, effect: { from: 'log-proxy', to: 'followers', recomputeHistory: false } },
    ]);
  });

  it('leaves the loaded scenario as it was: the run changes its own copy', () => {
    const scenario = switchAt(2);
    runTimeline(scenario, 3);
    expect(scenario.scoring.displayed).toBe('log-proxy');
  });
});

describe('switch shock recomputeHistory', () => {
  it('recomputed history changes past scores only when asked', () => {
    const T = 12;
    const plain = runTimeline(switchAt(T)).recorder.rows;
    const recomputed = runTimeline(switchAt(T, ', recomputeHistory: true')).recorder.rows;
    const untouched = runTimeline(timelineScenario()).recorder.rows;
    // Without recomputeHistory the displayed score's past is what was displayed: log-proxy, as in a run without the switch.
    const before = (rows: MetricRow[], metric: string) => scoreRows(rows, metric).filter((r) => r.tick < T);
    expect(before(plain, 'score')).toEqual(before(untouched, 'score'));
    // With it, every past `score` and `score-median` row is the new algorithm's shadow row of that tick and group.
    expect(before(recomputed, 'score').map((r) => r.value)).toEqual(before(recomputed, 'score.followers').map((r) => r.value));
    expect(before(recomputed, 'score-median').map((r) => r.value)).toEqual(before(recomputed, 'score.followers-median').map((r) => r.value));
    expect(before(recomputed, 'score')).not.toEqual(before(plain, 'score'));
    // From the switch on the two runs are the same: recomputing rewrites rows, not the simulation.
    expect(recomputed.filter((r) => r.tick >= T)).toEqual(plain.filter((r) => r.tick >= T));
    expect(recomputed.filter((r) => r.metric !== 'score' && r.metric !== 'score-median')).toEqual(
      plain.filter((r) => r.metric !== 'score' && r.metric !== 'score-median'),
    );
  });

  it('defaults to the target algorithm\'s own recomputeHistory parameter, else false', () => {
    const params = { 'klout-2011': { recomputeHistory: true }, followers: {} };
    expect(switchRecomputesHistory({ to: 'klout-2011' }, params)).toBe(true);
    expect(switchRecomputesHistory({ to: 'klout-2011', recomputeHistory: false }, params)).toBe(false);
    expect(switchRecomputesHistory({ to: 'followers' }, params)).toBe(false);
    expect(switchRecomputesHistory({ to: 'followers', recomputeHistory: true }, params)).toBe(true);
  });
});
