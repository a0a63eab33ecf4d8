// Tests of parameter paths: parse, format, read and write in place.
import { describe, expect, it } from 'vitest';
import { formatParameterPath, parseParameterPath, readParameter, writeParameter } from '../../../sim/shocks/parameterPath.js';

const data = { agents: { types: { chaser: { react: 0.25 } } }, secondaryNetworks: [{ name: 'facebook', presence: 0.6 }], scoring: { params: { 'klout-2011': { p: 2 } } } };

describe('parseParameterPath and formatParameterPath', () => {
  it('split keys and list indices and join them back', () => {
    expect(parseParameterPath('secondaryNetworks[0].presence')).toEqual(['secondaryNetworks', 0, 'presence']);
    expect(parseParameterPath('scoring.params.klout-2011.p')).toEqual(['scoring', 'params', 'klout-2011', 'p']);
    expect(formatParameterPath(['secondaryNetworks', 0, 'presence'])).toBe('secondaryNetworks[0].presence');
  });

  it('rejects text that is no path', () => {
    for (const bad of ['', 'a..b', '.a', 'a.', 'a[x]', 'a b', 'a[0']) expect(parseParameterPath(bad)).toBeNull();
  });
});

describe('readParameter', () => {
  it('finds a value, or says where the path leaves the data and what is there', () => {
    expect(readParameter(data, ['agents', 'types', 'chaser', 'react'])).toEqual({ found: true, value: 0.25 });
    expect(readParameter(data, ['agents', 'typs', 'chaser'])).toEqual({ found: false, at: 1, keys: ['types'], length: -1 });
    expect(readParameter(data, ['secondaryNetworks', 3])).toEqual({ found: false, at: 1, keys: [], length: 1 });
    expect(readParameter(data, ['agents', 'types', 'chaser', 'react', 'x'])).toMatchObject({ found: false, at: 4 });
  });
});

describe('writeParameter', () => {
  it('replaces the value in place and returns the old one', () => {
    const copy = structuredClone(data);
    const types = copy.agents.types;
    expect(writeParameter(copy, ['agents', 'types', 'chaser', 'react'], 0.5)).toBe(0.25);
    expect(copy.agents.types).toBe(types);
    expect(types.chaser.react).toBe(0.5);
  });
});
