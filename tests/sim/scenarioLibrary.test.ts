// Every scenario file in scenarios/ validates and runs (at a small size), and starts with its documentation comments.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/engine/simulation.js';
import { loadScenario } from '../../sim/scenario/load.js';

const folder = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));

describe('the scenario library', () => {
  it('has scenario files', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  for (const name of files) {
    it(`${name} documents its question, mechanism, expected outcome, sources and command`, () => {
      const text = readFileSync(new URL(name, folder), 'utf8');
      for (const heading of ['Question:', 'Mechanism:', 'Expected:', 'Sources:', 'Run:']) expect(text).toContain(`# ${heading}`);
    });

    it(`${name} validates and runs at 300 agents for 40 ticks, shocks included`, () => {
      const loaded = loadScenario(readFileSync(new URL(name, folder), 'utf8'), `scenarios/${name}`);
      const resolved = loaded.resolved;
      resolved.agents.count = 300;
      resolved.shocks = resolved.shocks.map((shock) => ({ ...shock, at: Math.min(shock.at, 20) }));
      const sim = Simulation.create(resolved, { ticks: 40 }).tick(40);
      expect(sim.done).toBe(true);
      expect(sim.recorder.rows.length).toBeGreaterThan(0);
      expect(sim.state.events.length).toBe(resolved.shocks.length);
    });
  }
});
