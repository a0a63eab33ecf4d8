// Tests of the parameter fields: generated from the scenario schema with bounds, choices and help text.
import { describe, expect, it } from 'vitest';
import { KEY_PARAMETERS, keyParameterFields, parameterField, resolvedValue } from '../../../viz/controls/parameterFields.js';
import { loadScenario } from '../../../sim/scenario/load.js';

describe('keyParameterFields', () => {
  it('describes every key parameter from the schema', () => {
    const fields = keyParameterFields();
    expect(fields.map((f) => f.path)).toEqual(KEY_PARAMETERS.map(([p]) => p));
    expect(fields[0]).toMatchObject({ path: 'agents.count', kind: 'integer', min: 10, max: 20_000_000, step: 1 });
    expect(fields.every((f) => f.description.length > 0)).toBe(true);
  });

  it('offers the registered algorithms as choices for the displayed score', () => {
    const field = parameterField('scoring.displayed', 'Displayed');
    expect(field.kind).toBe('choice');
    expect(field.options).toContain('followers');
  });

  it('rejects paths outside the schema', () => {
    expect(() => parameterField('agents.colour', 'x')).toThrow(/not a scenario field/);
  });
});

describe('resolvedValue', () => {
  it('reads a value, type defaults included, from a resolved scenario', () => {
    const { resolved } = loadScenario('agents:\n  count: 50\n', 'x.yaml');
    expect(resolvedValue(resolved, 'agents.count')).toBe(50);
    expect(typeof resolvedValue(resolved, 'agents.types.chaser.scoreSeeking')).toBe('number');
    expect(resolvedValue(resolved, 'agents.nothing')).toBeUndefined();
  });
});
