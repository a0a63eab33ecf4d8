// Tests of scenario error formatting: formatIssue, field paths, and the did-you-mean suggestions.
import { describe, expect, it } from 'vitest';
import { closestName, didYouMean, editDistance } from '../../../sim/scenario/didYouMean.js';
import { ScenarioError, formatIssue, formatPath, parsePath, sortIssues } from '../../../sim/scenario/errors.js';

const issue = { file: 'scenarios/x.yaml', path: 'agents.types.chaser.react', line: 14, column: 5, message: 'must be at most 1 (got 1.5)' };

describe('formatIssue', () => {
  it('renders file:line:column: path: message', () => {
    expect(formatIssue(issue)).toBe('scenarios/x.yaml:14:5: agents.types.chaser.react: must be at most 1 (got 1.5)');
  });

  it('leaves out an unknown position and an empty path', () => {
    expect(formatIssue({ ...issue, line: null, column: null })).toBe(
      'scenarios/x.yaml: agents.types.chaser.react: must be at most 1 (got 1.5)',
    );
    expect(formatIssue({ ...issue, path: '', column: null, message: 'invalid YAML' })).toBe('scenarios/x.yaml:14: invalid YAML');
  });
});

describe('ScenarioError', () => {
  it('keeps its issues and formats one per line as its message', () => {
    const error = new ScenarioError([issue, { ...issue, line: 20, path: 'ticks', message: 'bad' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ScenarioError');
    expect(error.issues).toHaveLength(2);
    expect(error.message.split('\n')).toEqual([formatIssue(issue), 'scenarios/x.yaml:20:5: ticks: bad']);
  });
});

describe('sortIssues', () => {
  it('orders by line then column, unknown positions last, stable among equals', () => {
    const at = (line: number | null, column: number | null, message: string) => ({ ...issue, line, column, message });
    const sorted = sortIssues([at(null, null, 'a'), at(3, 2, 'b'), at(3, 1, 'c'), at(1, 9, 'd'), at(3, 2, 'e')]);
    expect(sorted.map((i) => i.message)).toEqual(['d', 'c', 'b', 'e', 'a']);
  });
});

describe('formatPath and parsePath', () => {
  it('write indices in brackets and keys with dots, and read them back', () => {
    expect(formatPath(['secondaryNetworks', 1, 'presence'])).toBe('secondaryNetworks[1].presence');
    expect(formatPath([])).toBe('');
    expect(parsePath('secondaryNetworks[1].presence')).toEqual(['secondaryNetworks', 1, 'presence']);
    expect(parsePath('agents.types.chaser.react')).toEqual(['agents', 'types', 'chaser', 'react']);
    expect(parsePath('')).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('suggests the closest option within two edits, ignoring case and counting swaps as one', () => {
    expect(didYouMean('reacts', ['postsPerDay', 'react', 'replyBack'])).toBe(' did you mean "react"?');
    expect(closestName('raect', ['react', 'reply'])).toBe('react');
    expect(closestName('postsperday', ['postsPerDay'])).toBe('postsPerDay');
    expect(closestName('wibble', ['react', 'reply'])).toBeNull();
    expect(didYouMean('wibble', ['react'])).toBe('');
  });

  it('does not suggest an option that every character would have to change', () => {
    expect(closestName('x', ['a', 'bc'])).toBeNull();
  });

  it('editDistance counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('topic', 'topics')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
