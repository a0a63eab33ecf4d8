// Tests of normaliseScenario: names, the population mix from counts and shares, type merging and cross-field checks.
import { describe, expect, it } from 'vitest';
import { SCORING_ALGORITHMS } from '../../../sim/scoring/registry.js';
import { ScenarioError, type ScenarioIssue } from '../../../sim/scenario/errors.js';
import { nameFromFile, normaliseScenario } from '../../../sim/scenario/normalise.js';
import { scenarioSchema, type ScenarioInput } from '../../../sim/scenario/schema.js';
import { TYPE_DEFAULTS } from '../../../sim/scenario/typeDefaults.js';

const FILE = 'scenarios/mix.yaml';
const normalise = (input: ScenarioInput, algorithms?: string[]) =>
  normaliseScenario(scenarioSchema.parse(input), FILE, { algorithms });

function issuesOf(input: ScenarioInput): ScenarioIssue[] {
  try {
    normalise(input);
  } catch (e) {
    if (e instanceof ScenarioError) return [...e.issues];
    throw e;
  }
  throw new Error('expected normaliseScenario to throw a ScenarioError');
}

describe('normaliseScenario name', () => {
  it('takes the name from the file when none is given, lower-cased with other characters as dashes', () => {
    expect(normalise({}).name).toBe('mix');
    expect(nameFromFile('scenarios/Klout 2011_Shock.yaml')).toBe('klout-2011-shock');
    expect(nameFromFile('C:\\runs\\baseline.v2.yml')).toBe('baseline-v2');
    expect(nameFromFile('README')).toBe('readme');
  });

  it('keeps a name that is given', () => {
    expect(normalise({ name: 'shock' }).name).toBe('shock');
  });
});

describe('normaliseScenario population', () => {
  it('takes counts first and splits the rest by the given shares with the largest remainder', () => {
    // 995 left, split 3:1 → 746.25 and 248.75; the one left over goes to engager (.75).
    const { counts } = normalise({
      agents: { count: 1000, counts: { celebrity: 3, bot: 2 }, shares: { lurker: 3, engager: 1 } },
    }).agents;
    expect(counts).toEqual({ lurker: 746, engager: 249, chaser: 0, communityManager: 0, celebrity: 3, farmer: 0, bot: 2 });
  });

  it('splits the rest by the default shares of the types not in counts when no shares are given', () => {
    // 20 left over engager .15, chaser .045, communityManager .02, celebrity .005 (sum .22):
    // quotas 13.64, 4.09, 1.82, 0.45 → floors 13, 4, 1, 0; the two left go to communityManager and engager.
    const { counts } = normalise({ agents: { count: 100, counts: { lurker: 80 } } }).agents;
    expect(counts).toEqual({ lurker: 80, engager: 14, chaser: 4, communityManager: 2, celebrity: 0, farmer: 0, bot: 0 });
  });

  it('breaks equal remainders by type order, whatever order the shares are written in', () => {
    const a = normalise({ agents: { count: 11, shares: { chaser: 1, engager: 1 } } }).agents.counts;
    expect([a.engager, a.chaser, a.lurker]).toEqual([6, 5, 0]);
    const b = normalise({ agents: { count: 11, shares: { engager: 1, chaser: 1 } } }).agents.counts;
    expect(b).toEqual(a);
  });

  it('uses counts alone when they add up to count', () => {
    const { counts } = normalise({ agents: { count: 10, counts: { farmer: 4, bot: 6 }, shares: {} } }).agents;
    expect(counts).toEqual({ lurker: 0, engager: 0, chaser: 0, communityManager: 0, celebrity: 0, farmer: 4, bot: 6 });
  });

  it('reports counts above count, a type in counts and shares, and no positive share, by path', () => {
    expect(issuesOf({ agents: { count: 10, counts: { bot: 11 } } })).toMatchObject([
      { path: 'agents.counts', line: null, message: 'counts add up to 11, more than agents.count (10); lower counts or raise count' },
    ]);
    expect(issuesOf({ agents: { counts: { chaser: 5 }, shares: { chaser: 1, lurker: 1 } } })).toMatchObject([
      { path: 'agents.shares.chaser', message: 'chaser is already fixed by agents.counts.chaser; give each type in counts or in shares, not both' },
    ]);
    expect(issuesOf({ agents: { count: 10, shares: { bot: 0 } } })[0].path).toBe('agents.shares');
    const covered = issuesOf({
      agents: { count: 100, counts: { lurker: 10, engager: 10, chaser: 10, communityManager: 10, celebrity: 10 } },
    });
    expect(covered).toMatchObject([{ path: 'agents.counts' }]);
    expect(covered[0].message).toContain('add agents.shares for the other 50');
  });
});

describe('normaliseScenario types', () => {
  it('merges a type override field by field and leaves other types at their defaults', () => {
    const { types } = normalise({
      agents: { types: { chaser: { react: 0.3, quality: { mean: 0.9, sd: 0.1 } } } },
    }).agents;
    expect(types.chaser).toEqual({ ...TYPE_DEFAULTS.chaser, react: 0.3, quality: { mean: 0.9, sd: 0.1 } });
    expect(types.lurker).toEqual(TYPE_DEFAULTS.lurker);
    expect(TYPE_DEFAULTS.chaser.react).toBe(0.25);
  });

  it('returns fresh objects that share nothing with TYPE_DEFAULTS', () => {
    const { types } = normalise({}).agents;
    expect(types.bot.postsPerDay).toEqual(TYPE_DEFAULTS.bot.postsPerDay);
    expect(types.bot.postsPerDay).not.toBe(TYPE_DEFAULTS.bot.postsPerDay);
  });

  it('keeps the key order of TYPE_DEFAULTS', () => {
    const { types } = normalise({ agents: { types: { engager: { linkNetworks: 1, postsPerDay: { max: 2, min: 1 } } } } }).agents;
    expect(Object.keys(types.engager)).toEqual(Object.keys(TYPE_DEFAULTS.engager));
    expect(Object.keys(types.engager.postsPerDay)).toEqual(['min', 'max']);
  });
});

describe('normaliseScenario cross-field checks', () => {
  it('requires the displayed algorithm to be registered, naming the valid ones', () => {
    expect(issuesOf({ scoring: { displayed: 'no-such-score' } })).toMatchObject([
      { path: 'scoring.displayed', message: `unknown scoring algorithm "no-such-score"; registered algorithms: ${SCORING_ALGORITHMS.join(', ')}` },
    ]);
    expect(normalise({ scoring: { displayed: 'kred' } }, ['followers', 'kred']).scoring.displayed).toBe('kred');
    expect(issuesOf({ scoring: { shadow: ['followers', 'nope'] } })).toMatchObject([{ path: 'scoring.shadow[1]' }]);
  });

  it('requires network.file with the edge-list generator and rejects it with another', () => {
    expect(issuesOf({ network: { generator: 'edge-list' } })).toMatchObject([{ path: 'network.file' }]);
    expect(issuesOf({ network: { generator: 'topic-blocks', file: 'e.csv' } })[0].message).toBe(
      'only read by generator "edge-list" (generator is "topic-blocks"); remove file or set generator: edge-list',
    );
  });

  it('requires unique secondary network names', () => {
    expect(issuesOf({ secondaryNetworks: [{ name: 'a' }, { name: 'b' }, { name: 'a' }] })).toMatchObject([
      { path: 'secondaryNetworks[2].name', message: 'duplicate network name "a" (also secondaryNetworks[0].name); names must be unique' },
    ]);
  });

  it('reports every problem at once, each with the file', () => {
    const issues = issuesOf({ agents: { count: 10, counts: { bot: 11 } }, scoring: { displayed: 'x' } });
    expect(issues.map((i) => [i.file, i.path])).toEqual([
      [FILE, 'agents.counts'],
      [FILE, 'scoring.displayed'],
    ]);
  });
});
