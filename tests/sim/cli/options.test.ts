// Tests of the option parsers: valid values pass, bad ones are commander usage errors saying what is valid.
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseOutOption, parseSeedOption, parseTicksOption } from '../../../sim/cli/options.js';

describe('parseSeedOption', () => {
  it('turns whole numbers into numbers and keeps word seeds', () => {
    expect(parseSeedOption('7')).toBe(7);
    expect(parseSeedOption('007')).toBe(7);
    expect(parseSeedOption('-3')).toBe(-3);
    expect(parseSeedOption('run-a')).toBe('run-a');
  });

  it('rejects empty values, spaces, odd characters and unsafe integers', () => {
    for (const bad of ['', ' ', '7 8', 'a/b', '99999999999999999999']) {
      expect(() => parseSeedOption(bad)).toThrow(InvalidArgumentError);
    }
  });
});

describe('parseTicksOption', () => {
  it('accepts whole numbers from 1 to 100000', () => {
    expect(parseTicksOption('1')).toBe(1);
    expect(parseTicksOption('365')).toBe(365);
    expect(parseTicksOption('100000')).toBe(100000);
  });

  it('rejects anything else', () => {
    for (const bad of ['abc', '', '0', '-5', '2.5', '1e3', '100001', ' 5']) {
      expect(() => parseTicksOption(bad)).toThrow(/whole number from 1 to 100000/);
    }
  });
});

describe('parseOutOption', () => {
  it('accepts a path and rejects an empty one', () => {
    expect(parseOutOption('results/x')).toBe('results/x');
    expect(() => parseOutOption('')).toThrow(InvalidArgumentError);
  });
});
