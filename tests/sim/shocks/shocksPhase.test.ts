// Tests of the shock timeline in a run: shocks apply at their tick in file order, and events.json and metrics.csv record them.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/engine/simulation.js';
import { simulationOutputs } from '../../../sim/run/runScenario.js';
import { runTimeline, timelineScenario } from './timelineScenario.js';

const TIMELINE = [
  'shocks:',
  '  - { at: 7, hire: { employer: acme, topK: 2 } }',
  '  - { at: 3, perks: {} }',
  '  - { at: 7, set: { path: behaviour.conversion, value: 0.01 } }',
];

describe('shocksPhase', () => {
  it('applies each shock at the start of its tick, shocks of one tick in file order', () => {
    const sim = runTimeline(timelineScenario(...TIMELINE), 10);
    expect(sim.state.events.map((e) => [e.tick, e.shock, e.kind])).toEqual([[3, 1, 'perks'], [7, 0, 'hire'], [7, 2, 'set']]);
  });

  it('writes the applied shocks to events.json as pretty JSON', () => {
    const sim = runTimeline(timelineScenario(...TIMELINE), 10);
    const events = simulationOutputs(sim).files.find((f) => f.name === 'events.json')!.content;
    expect(events.endsWith('}\n]\n')).toBe(true);
    expect(events).toContain('\n  {\n    "tick": 3,\n    "shock": 1,\n    "kind": "perks",\n');
    const parsed = JSON.parse(events);
    expect(parsed).toEqual(sim.state.events);
    expect(parsed[1]).toEqual({ tick: 7, shock: 0, kind: 'hire', options: { employer: 'acme', topK: 2 }, effect: { employer: 'acme', hired: 2, lowestScore: parsed[1].effect.lowestScore } });
    expect(parsed[2]).toEqual({ tick: 7, shock: 2, kind: 'set', options: { path: 'behaviour.conversion', value: 0.01 }, effect: { path: 'behaviour.conversion', from: 0.004, to: 0.01 } });
  });

  it('records a `shock` row by kind at the shock\'s own tick, between metric intervals too', () => {
    const rows = runTimeline(timelineScenario(...TIMELINE), 10).recorder.rows;
    expect(rows.filter((r) => r.metric === 'shock')).toEqual([
      { tick: 3, metric: 'shock', group: 'perks', value: 1 },
      { tick: 7, metric: 'shock', group: 'hire', value: 1 },
      { tick: 7, metric: 'shock', group: 'set', value: 1 },
    ]);
    const ticks = rows.map((r) => r.tick);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
  });

  it('never applies a shock past the end of a run shortened by --ticks, and writes [] without shocks', () => {
    const sim = Simulation.create(timelineScenario(...TIMELINE), { seed: 5, ticks: 5 }).tick(5);
    expect(sim.state.events.map((e) => e.tick)).toEqual([3]);
    const none = runTimeline(timelineScenario(), 2);
    expect(simulationOutputs(none).files.find((f) => f.name === 'events.json')!.content).toBe('[]\n');
  });

  it('draws only from its own stream: a run with a timeline matches one without up to the first shock', () => {
    const rows = (lines: string[]) => runTimeline(timelineScenario(...lines), 10).recorder.rows.filter((r) => r.tick < 3);
    expect(rows(TIMELINE).filter((r) => r.metric !== 'hired')).toEqual(rows([]));
  });
});
