// Tests of the shock timeline's validation: every problem names the file, the field path and the line, and what would be valid.
import { describe, expect, it } from 'vitest';
import { ScenarioError, type ScenarioIssue } from '../../../sim/scenario/errors.js';
import { loadScenario } from '../../../sim/scenario/load.js';

const FILE = 'scenarios/timeline.yaml';
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
/** A scenario of 10 ticks whose shocks list starts on line 3 (the first shock's `at` is on line 3). */
const withShocks = (...shockLines: string[]) => yaml('ticks: 10', 'shocks:', ...shockLines);

function issuesOf(source: string): ScenarioIssue[] {
  try {
    loadScenario(source, FILE);
  } catch (e) {
    if (e instanceof ScenarioError) return [...e.issues];
    throw e;
  }
  throw new Error('expected loadScenario to throw a ScenarioError');
}

describe('loadScenario shocks: kinds', () => {
  it('reports a misspelt kind as an unknown shock kind at its line, with the closest kind and every valid kind', () => {
    expect(issuesOf(withShocks('  - at: 3', '    swtich: { to: followers }'))).toEqual([
      {
        file: FILE, path: 'shocks[0].swtich', line: 4, column: 5,
        message: 'unknown shock kind "swtich"; did you mean "switch"? a shock is `at` plus exactly one of switch, set, perks, hire, addAgents, link',
      },
    ]);
  });

  it('reports a shock with no kind, and one with two kinds, on the shock itself', () => {
    const [none] = issuesOf(withShocks('  - at: 3'));
    expect(none).toMatchObject({ path: 'shocks[0]', line: 3 });
    expect(none.message).toContain('a shock needs a kind besides `at`: one of switch, set, perks, hire, addAgents, link');
    const [two] = issuesOf(withShocks('  - at: 3', '    perks: {}', '    hire: { employer: acme, topK: 3 }'));
    expect(two).toMatchObject({ path: 'shocks[0]', line: 3 });
    expect(two.message).toContain('a shock has exactly one kind, this one has perks and hire');
  });

  it('checks each kind\'s options with the schema: agent types, hiring rules, perk thresholds', () => {
    expect(issuesOf(withShocks('  - at: 3', '    addAgents: { type: celebrety }'))[0]).toMatchObject({
      path: 'shocks[0].addAgents.type', line: 4,
      message: expect.stringContaining('did you mean "celebrity"?'),
    });
    expect(issuesOf(withShocks('  - at: 3', '    hire: { employer: acme }'))[0]).toMatchObject({
      path: 'shocks[0].hire', message: expect.stringContaining('needs threshold'),
    });
    expect(issuesOf(withShocks('  - at: 3', '    perks: { thresholds: [40, 35] }'))[0]).toMatchObject({
      path: 'shocks[0].perks.thresholds', message: expect.stringContaining('must increase strictly'),
    });
  });
});

describe('loadScenario shocks: the timeline against the scenario', () => {
  it('reports a tick after the run\'s last tick with the valid range', () => {
    expect(issuesOf(withShocks('  - at: 30', '    perks: {}'))).toEqual([
      {
        file: FILE, path: 'shocks[0].at', line: 3, column: 5,
        message: 'tick 30 is after the run\'s last tick; a shock applies at the start of a tick from 1 to ticks (10)',
      },
    ]);
    expect(issuesOf(withShocks('  - at: 0', '    perks: {}'))[0]).toMatchObject({ path: 'shocks[0].at', message: 'must be at least 1 (got 0)' });
  });

  it('reports an unknown algorithm with the closest registered one, and one the run does not compute', () => {
    const [unknown] = issuesOf(withShocks('  - at: 2', '    switch: { to: log-proxi }'));
    expect(unknown).toMatchObject({ path: 'shocks[0].switch.to', line: 4 });
    expect(unknown.message).toMatch(/^unknown scoring algorithm "log-proxi"; did you mean "log-proxy"\? registered algorithms: followers, log-proxy/);
    const [idle] = issuesOf(yaml('ticks: 10', 'scoring: { displayed: followers, shadow: [followers] }', 'shocks:', '  - { at: 2, switch: { to: log-proxy } }'));
    expect(idle).toMatchObject({ path: 'shocks[0].switch.to', line: 4 });
    expect(idle.message).toContain('"log-proxy" is not computed in this run');
    expect(idle.message).toContain('add it to scoring.shadow (this run computes followers)');
  });

  it('reports a bad parameter path with the closest valid path and the keys at that level', () => {
    const [issue] = issuesOf(withShocks('  - at: 2', '    set:', '      path: agents.typs.chaser.reac', '      value: 0.3'));
    expect(issue).toMatchObject({ file: FILE, path: 'shocks[0].set.path', line: 5 });
    expect(issue.message).toBe(
      'no parameter agents.typs.chaser.reac: agents has no key "typs"; did you mean agents.types.chaser.react? valid keys there: count, counts, types',
    );
    const [index] = issuesOf(withShocks('  - at: 2', '    set: { path: "secondaryNetworks[5].presence", value: 0.3 }'));
    expect(index.message).toContain('secondaryNetworks is a list of 2 (indices 0 to 1)');
  });

  it('refuses parameters fixed at the start, mappings, and values of another type', () => {
    expect(issuesOf(withShocks('  - { at: 2, set: { path: agents.count, value: 5000 } }'))[0].message).toBe(
      'agents.count cannot change during a run: the population is built at the start; add agents with an addAgents shock',
    );
    expect(issuesOf(withShocks('  - { at: 2, set: { path: scoring.displayed, value: log-proxy } }'))[0].message).toContain('with a switch shock');
    expect(issuesOf(withShocks('  - { at: 2, set: { path: behaviour, value: 1 } }'))[0].message).toMatch(/^behaviour is a mapping; set one of its fields: offTopicReact/);
    expect(issuesOf(withShocks('  - { at: 2, set: { path: agents.types.chaser.react, value: high } }'))[0]).toMatchObject({
      path: 'shocks[0].set.value',
      message: 'agents.types.chaser.react is a number (now 0.25); got "high"',
    });
  });

  it('re-validates the edited scenario: a value out of range, a broken cross-field rule, a changed window', () => {
    expect(issuesOf(withShocks('  - { at: 2, set: { path: agents.types.chaser.react, value: 1.5 } }'))[0].message).toBe(
      'setting agents.types.chaser.react to 1.5 makes agents.types.chaser.react invalid: must be at most 1 (got 1.5)',
    );
    expect(issuesOf(withShocks('  - { at: 2, set: { path: agents.types.lurker.postsPerDay.min, value: 3 } }'))[0].message).toContain(
      'makes agents.types.lurker.postsPerDay invalid: min (3) must not exceed max (0.2)',
    );
    expect(issuesOf(withShocks('  - { at: 2, set: { path: scoring.params.klout-2011.windowDays, value: 30 } }'))[0].message).toContain(
      'would change klout-2011\'s window from 90 to 30 days',
    );
  });

  it('applies sets cumulatively in timeline order, so a later max makes an earlier min valid', () => {
    const ok = withShocks(
      '  - { at: 3, set: { path: agents.types.lurker.postsPerDay.min, value: 3 } }',
      '  - { at: 2, set: { path: agents.types.lurker.postsPerDay.max, value: 4 } }',
    );
    expect(() => loadScenario(ok, FILE)).not.toThrow();
  });

  it('reports an unknown secondary network with the closest name', () => {
    expect(issuesOf(withShocks('  - { at: 2, link: { network: facebok } }'))).toEqual([
      {
        file: FILE, path: 'shocks[0].link.network', line: 3, column: 22,
        message: 'unknown secondary network "facebok"; did you mean "facebook"? this scenario\'s networks: facebook, linkedin',
      },
    ]);
  });

  it('lists every problem of the timeline, in file order', () => {
    const issues = issuesOf(withShocks('  - { at: 20, perks: {} }', '  - { at: 2, switch: { to: nope } }', '  - { at: 2, link: { network: x } }'));
    expect(issues.map((i) => i.path)).toEqual(['shocks[0].at', 'shocks[1].switch.to', 'shocks[2].link.network']);
  });
});

describe('loadScenario environment and shocks defaults', () => {
  it('gives no shocks, perks at 35, 40, 50, 55 not launched, and no employers', () => {
    const { resolved } = loadScenario('', FILE);
    expect(resolved.shocks).toEqual([]);
    expect(resolved.environment).toEqual({ perks: { thresholds: [35, 40, 50, 55], active: false }, hiring: [] });
  });

  it('fills each kind\'s defaults in', () => {
    const { resolved } = loadScenario(withShocks('  - { at: 2, addAgents: {} }', '  - { at: 3, link: { network: linkedin } }'), FILE);
    expect(resolved.shocks).toEqual([
      { at: 2, addAgents: { type: 'celebrity', count: 1, followers: 0, follows: 0 } },
      { at: 3, link: { network: 'linkedin', share: 1 } },
    ]);
  });
});
