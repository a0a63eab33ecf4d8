// Tests of the scenario reference: scenarios/REFERENCE.md is generated from the schema, and every field is described.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGENT_TYPES } from '../../../sim/core/agentTypes.js';
import { scenarioReferenceMarkdown } from '../../../sim/scenario/docs.js';
import { schemaFields } from '../../../sim/scenario/schemaWalk.js';
import { TYPE_DEFAULTS } from '../../../sim/scenario/typeDefaults.js';

const referenceFile = fileURLToPath(new URL('../../../scenarios/REFERENCE.md', import.meta.url));

describe('scenarioReferenceMarkdown', () => {
  it('matches scenarios/REFERENCE.md (regenerate it with `npm run docs:scenario`)', () => {
    const expected = scenarioReferenceMarkdown();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(referenceFile, expected);
    const actual = existsSync(referenceFile) ? readFileSync(referenceFile, 'utf8') : '';
    expect(actual, 'scenarios/REFERENCE.md is out of date: run `npm run docs:scenario` and commit it').toBe(expected);
  });

  it('lists every field once by dotted path, per-type maps under <type>', () => {
    const markdown = scenarioReferenceMarkdown();
    for (const path of ['seed', 'agents.counts.<type>', 'agents.types.<type>.postsPerDay.min', 'secondaryNetworks[].name']) {
      expect(markdown).toContain(`| \`${path}\` |`);
    }
    expect(markdown).not.toContain('`agents.types.chaser');
    expect(markdown).toContain('| `ticks` | integer in [1, 100000] | `365` | Number of simulated days;');
  });

  it('tabulates every type default, one column per type', () => {
    const markdown = scenarioReferenceMarkdown();
    expect(markdown).toContain(`| Parameter | ${AGENT_TYPES.join(' | ')} |`);
    const react = AGENT_TYPES.map((t) => TYPE_DEFAULTS[t].react).join(' | ');
    expect(markdown).toContain(`| \`react\` | ${react} |`);
    expect(markdown).toContain('| `postsPerDay.max` |');
  });
});

describe('scenario schema', () => {
  it('describes every field', () => {
    const undescribed = schemaFields()
      .filter((field) => !field.node.description)
      .map((field) => field.path);
    expect(undescribed).toEqual([]);
  });
});
