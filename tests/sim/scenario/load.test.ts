// Tests of loadScenario: defaults from an empty file, and every kind of error located at its line with what would be valid.
import { describe, expect, it } from 'vitest';
import { ScenarioError, formatIssue, type ScenarioIssue } from '../../../sim/scenario/errors.js';
import { loadScenario } from '../../../sim/scenario/load.js';
import type { ScenarioOptions } from '../../../sim/scenario/normalise.js';
import { TYPE_DEFAULTS } from '../../../sim/scenario/typeDefaults.js';

const FILE = 'scenarios/x.yaml';

/** The issues loadScenario throws for a source; fails the test when it does not throw a ScenarioError. */
function issuesOf(source: string, options?: ScenarioOptions): ScenarioIssue[] {
  try {
    loadScenario(source, FILE, options);
  } catch (e) {
    if (e instanceof ScenarioError) return [...e.issues];
    throw e;
  }
  throw new Error('expected loadScenario to throw a ScenarioError');
}

/** Lines of a YAML document, so sources in tests read like files. */
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('loadScenario defaults', () => {
  it('loads an empty file as the scenario of all defaults, named after the file', () => {
    const { resolved, written } = loadScenario('', FILE);
    expect(written).toEqual({});
    expect(resolved.name).toBe('x');
    expect(resolved.ticks).toBe(365);
    expect(resolved.seed).toBe(1);
    expect(resolved.agents.count).toBe(3000);
    expect(resolved.agents.counts).toEqual({
      lurker: 2340, engager: 450, chaser: 135, communityManager: 60, celebrity: 15, farmer: 0, bot: 0,
    });
    expect(resolved.agents.types).toEqual(TYPE_DEFAULTS);
    expect(resolved.secondaryNetworks.map((n) => n.name)).toEqual(['facebook', 'linkedin']);
    expect(resolved.scoring.displayed).toBe('followers');
  });

  it('loads a file of only comments like an empty one', () => {
    expect(loadScenario('# nothing here\n', FILE).resolved).toEqual(loadScenario('', FILE).resolved);
  });

  it('splits count 1000 by the default shares exactly', () => {
    const { resolved } = loadScenario(yaml('agents:', '  count: 1000'), FILE);
    expect(resolved.agents.counts).toEqual({
      lurker: 780, engager: 150, chaser: 45, communityManager: 20, celebrity: 5, farmer: 0, bot: 0,
    });
  });

  it('gives the agents left after flooring to the largest remainders (count 1010)', () => {
    // Quotas 787.8, 151.5, 45.45, 20.2, 5.05: floors sum to 1008, the two left go to lurker (.8) and engager (.5).
    const { resolved } = loadScenario(yaml('agents:', '  count: 1010'), FILE);
    expect(resolved.agents.counts).toEqual({
      lurker: 788, engager: 152, chaser: 45, communityManager: 20, celebrity: 5, farmer: 0, bot: 0,
    });
    const total = Object.values(resolved.agents.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(1010);
  });

  it('returns plain JSON-safe data in a stable key order', () => {
    const { resolved } = loadScenario(yaml('metrics:', '  interval: 3', 'ticks: 10', 'name: demo'), FILE);
    expect(JSON.parse(JSON.stringify(resolved))).toEqual(resolved);
    expect(Object.keys(resolved)).toEqual([
      'name', 'description', 'seed', 'ticks', 'topics', 'agents', 'network', 'secondaryNetworks', 'behaviour',
      'response', 'scoring', 'metrics', 'environment', 'shocks',
    ]);
    expect(Object.keys(resolved.agents)).toEqual(['count', 'counts', 'types']);
    expect('file' in resolved.network).toBe(false);
    expect(JSON.stringify(loadScenario(yaml('ticks: 10', 'name: demo', 'metrics:', '  interval: 3'), FILE).resolved))
      .toBe(JSON.stringify(resolved));
  });

  it('keeps the source and what was written', () => {
    const source = yaml('ticks: 10');
    const loaded = loadScenario(source, FILE);
    expect(loaded).toMatchObject({ file: FILE, source, written: { ticks: 10 } });
  });
});

describe('loadScenario unknown keys', () => {
  it('reports an unknown top-level key at its line with the valid keys and the closest one', () => {
    expect(issuesOf(yaml('ticks: 10', 'topic: 4'))).toEqual([
      {
        file: FILE, path: 'topic', line: 2, column: 1,
        message: 'unknown key "topic"; did you mean "topics"? Valid keys: name, description, seed, ticks, topics, agents, network, secondaryNetworks, behaviour, response, scoring, metrics, environment, shocks',
      },
    ]);
  });

  it('reports a nested unknown key at the key itself, listing that object\'s keys', () => {
    const [issue, ...rest] = issuesOf(yaml('agents:', '  types:', '    chaser:', '      react: 0.2', '      reacts: 0.3'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ path: 'agents.types.chaser.reacts', line: 5, column: 7 });
    expect(issue.message).toBe(
      'unknown key "reacts"; did you mean "react"? Valid keys: postsPerDay, baitShare, readsPerDay, minutesPerDay, react, reactionMix, replyBack, scoreSeeking, quality, topics, offlineInfluence, followPerDay, followBack, unfollowPerDay, linkNetworks',
    );
  });

  it('suggests nothing when no valid key is within two edits', () => {
    const [issue] = issuesOf(yaml('behaviour:', '  wibble: 1'));
    expect(issue.message).toMatch(/^unknown key "wibble"; valid keys: offTopicReact, mutualTieBoost, /);
  });

  it('reports each unknown key of one mapping separately, each on its own line', () => {
    const issues = issuesOf(yaml('agents:', '  types:', '    chasers: {}', '    lurkers: {}'));
    expect(issues.map((i) => [i.path, i.line, i.column])).toEqual([
      ['agents.types.chasers', 3, 5],
      ['agents.types.lurkers', 4, 5],
    ]);
    expect(issues[0].message).toContain('did you mean "chaser"?');
  });
});

describe('loadScenario invalid values', () => {
  it('reports a wrong type as expected versus got', () => {
    expect(issuesOf(yaml('topics: many'))).toEqual([
      { file: FILE, path: 'topics', line: 1, column: 1, message: 'expected an integer in [1, 32], got "many" (a string)' },
    ]);
    expect(issuesOf(yaml('network: [1, 2]'))[0].message).toBe('expected a mapping, got a list');
    expect(issuesOf(yaml('seed: 1.5'))[0].message).toBe('expected an integer or a non-empty string, got 1.5');
  });

  it('reports an out-of-range number with the bound and the value given', () => {
    const issues = issuesOf(yaml('agents:', '  types:', '    chaser:', '      react: 1.5'));
    expect(issues).toEqual([
      { file: FILE, path: 'agents.types.chaser.react', line: 4, column: 7, message: 'must be at most 1 (got 1.5)' },
    ]);
    expect(formatIssue(issues[0])).toBe('scenarios/x.yaml:4:7: agents.types.chaser.react: must be at most 1 (got 1.5)');
    expect(issuesOf(yaml('agents:', '  count: 5'))[0].message).toBe('must be at least 10 (got 5)');
    expect(issuesOf(yaml('behaviour:', '  maxCascadeDepth: 1e300'))[0].message).toBe('must be at most 20 (got 1e+300)');
  });

  it('reports a bad enum value with the options and the closest one', () => {
    expect(issuesOf(yaml('network:', '  generator: topic-block'))).toEqual([
      {
        file: FILE, path: 'network.generator', line: 2, column: 3,
        message: 'must be one of "preferential-attachment", "topic-blocks", "edge-list" (got "topic-block"); did you mean "topic-blocks"?',
      },
    ]);
  });

  it('reports a missing required key at the line of its mapping', () => {
    expect(issuesOf(yaml('secondaryNetworks:', '  - name: fb', '  - presence: 0.3'))).toEqual([
      {
        file: FILE, path: 'secondaryNetworks[1].name', line: 3, column: 5,
        message: 'missing required field; expected a string matching ^[a-z][a-z0-9-]*$',
      },
    ]);
  });

  it('checks a posting range after merging with the defaults, with the values and the line', () => {
    const [issue] = issuesOf(yaml('agents:', '  types:', '    bot:', '      postsPerDay: { min: 5, max: 1 }'));
    expect(issue).toMatchObject({ path: 'agents.types.bot.postsPerDay', line: 4, column: 7 });
    expect(issue.message).toBe('min (5) must not exceed max (1); with defaults filled in, set both so that min ≤ max');
    const [merged] = issuesOf(yaml('agents:', '  types:', '    lurker:', '      postsPerDay: { min: 0.5 }'));
    expect(merged).toMatchObject({ path: 'agents.types.lurker.postsPerDay', line: 4 });
  });

  it('merges a partial nested override with the type defaults', () => {
    const loaded = loadScenario(yaml('agents:', '  types:', '    chaser:', '      quality: { mean: 0.9 }'), FILE);
    expect(loaded.resolved.agents.types.chaser.quality).toEqual({ mean: 0.9, sd: 0.12 });
  });

  it('reports a pattern mismatch with the rule', () => {
    expect(issuesOf(yaml('name: My Run'))[0].message).toBe('must be lower-case letters, digits and dashes (got "My Run")');
  });
});

describe('loadScenario YAML and file shape', () => {
  it('reports a YAML syntax error with its line', () => {
    const issues = issuesOf(yaml('ticks: 10', 'agents: [1, 2', 'seed: 3'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: '', line: 3, column: 1 });
    expect(issues[0].message).toMatch(/^invalid YAML: /);
  });

  it('reports every YAML error, in line order', () => {
    const issues = issuesOf(yaml('ticks: 1', 'ticks: 2', 'seed: 1', 'seed: 2'));
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [2, 'invalid YAML: Map keys must be unique (key ticks)'],
      [4, 'invalid YAML: Map keys must be unique (key seed)'],
    ]);
  });

  it('reports an alias to an undefined anchor at the alias', () => {
    expect(issuesOf(yaml('ticks: 1', 'seed: *nothing'))[0]).toMatchObject({ path: '', line: 2, column: 7 });
  });

  it('rejects a top level that is not a mapping, listing the scenario keys', () => {
    const [issue] = issuesOf(yaml('- 1', '- 2'));
    expect(issue).toMatchObject({ path: '', line: 1, column: 1 });
    expect(issue.message).toBe(
      'the top level must be a mapping of scenario keys (name, description, seed, ticks, topics, agents, network, secondaryNetworks, behaviour, response, scoring, metrics, environment, shocks); got a list',
    );
  });
});

describe('loadScenario several errors', () => {
  it('reports every schema error together, sorted by line', () => {
    const source = yaml('metrics:', '  interval: 0', 'agents:', '  count: 5', 'ticks: -1', 'name: Bad');
    let error: unknown;
    try {
      loadScenario(source, FILE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as Error).message).toBe(
      [
        'scenarios/x.yaml:2:3: metrics.interval: must be at least 1 (got 0)',
        'scenarios/x.yaml:4:3: agents.count: must be at least 10 (got 5)',
        'scenarios/x.yaml:5:1: ticks: must be at least 1 (got -1)',
        'scenarios/x.yaml:6:1: name: must be lower-case letters, digits and dashes (got "Bad")',
      ].join('\n'),
    );
  });

  it('places the cross-field errors of normaliseScenario on their lines', () => {
    const source = yaml(
      'scoring:',
      '  displayed: klout-2011',
      'agents:',
      '  count: 100',
      '  counts:',
      '    chaser: 60',
      '    lurker: 50',
      'network:',
      '  generator: edge-list',
      'secondaryNetworks:',
      '  - name: fb',
      '  - name: fb',
    );
    expect(issuesOf(source, { algorithms: ['followers', 'klout-2010'] })).toEqual([
      {
        file: FILE, path: 'scoring.displayed', line: 2, column: 3,
        message: 'unknown scoring algorithm "klout-2011"; did you mean "klout-2010"? registered algorithms: followers, klout-2010',
      },
      {
        file: FILE, path: 'agents.counts', line: 5, column: 3,
        message: 'counts add up to 110, more than agents.count (100); lower counts or raise count',
      },
      {
        file: FILE, path: 'network.file', line: 8, column: 1,
        message: 'required by generator "edge-list": the edge list CSV (source,target per line), relative to the scenario file',
      },
      {
        file: FILE, path: 'secondaryNetworks[1].name', line: 12, column: 5,
        message: 'duplicate network name "fb" (also secondaryNetworks[0].name); names must be unique',
      },
    ]);
  });

  it('places the population errors on the offending entry', () => {
    const both = issuesOf(yaml('agents:', '  counts: { chaser: 5 }', '  shares:', '    lurker: 1', '    chaser: 1'));
    expect(both.map((i) => [i.path, i.line, i.column])).toEqual([['agents.shares.chaser', 5, 5]]);
    const zero = issuesOf(yaml('agents:', '  shares:', '    lurker: 0'));
    expect(zero.map((i) => [i.path, i.line, i.column])).toEqual([['agents.shares', 2, 3]]);
    expect(zero[0].message).toContain('3000 agents are not fixed by counts');
  });

  it('accepts a displayed algorithm from the registered list and a file only with edge-list', () => {
    const source = yaml('scoring:', '  displayed: klout-2011', 'network:', '  generator: edge-list', '  file: edges.csv');
    const { resolved } = loadScenario(source, FILE, { algorithms: ['followers', 'klout-2011'] });
    expect(resolved.network.file).toBe('edges.csv');
    expect(issuesOf(yaml('network:', '  file: edges.csv'))).toMatchObject([{ path: 'network.file', line: 2, column: 3 }]);
  });
});
