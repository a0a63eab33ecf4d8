// Tests of parseEdgeList: headers, comments, separators, id mapping, and errors that name the file and line.
import { describe, expect, it } from 'vitest';
import { EdgeListError, parseEdgeList } from '../../../sim/network/edgeList.js';

describe('parseEdgeList', () => {
  it('reads a file with a header, comments, blank lines, tabs and quotes, numbering ids by first appearance', () => {
    const text = [
      '# exported follows',
      'Source,Target',
      'alice,bob',
      '',
      'bob\tcarol',
      '  "carol" , "alice" ',
      '# a self-loop only declares an account',
      'dave,dave',
      'alice,bob',
      '',
    ].join('\r\n');
    const g = parseEdgeList(text, 'edges.csv');
    expect(g.ids).toEqual(['alice', 'bob', 'carol', 'dave']);
    expect(g.nodeCount).toBe(4);
    expect(Array.from(g.src)).toEqual([0, 1, 2, 0]);
    expect(Array.from(g.dst)).toEqual([1, 2, 0, 1]);
  });

  it('treats a first line as a header only when both fields are header names', () => {
    expect(parseEdgeList('from\tto\n1\t2\n', 'e.tsv').ids).toEqual(['1', '2']);
    expect(parseEdgeList('follower,followee\n', 'e.csv').nodeCount).toBe(0);
    expect(parseEdgeList('source,bob\nbob,carol\n', 'e.csv').ids).toEqual(['source', 'bob', 'carol']);
    expect(parseEdgeList('\uFEFF10,20\n20,10\n', 'e.csv').ids).toEqual(['10', '20']);
  });

  it('throws an EdgeListError naming the file and line for a row with the wrong number of fields', () => {
    const text = 'source,target\na,b\n\nb,c,d\n';
    expect(() => parseEdgeList(text, 'edges.csv')).toThrow('edges.csv:4: expected "source,target", got 3 fields');
    try {
      parseEdgeList(text, 'edges.csv');
    } catch (error) {
      expect(error).toBeInstanceOf(EdgeListError);
      expect(error).toMatchObject({ file: 'edges.csv', line: 4, name: 'EdgeListError' });
    }
    expect(() => parseEdgeList('a,b\nlonely\n', 'e.csv')).toThrow('e.csv:2: expected "source,target", got 1 field');
  });

  it('throws an EdgeListError for an empty id', () => {
    expect(() => parseEdgeList('a,b\na,\n', 'e.csv')).toThrow('e.csv:2: empty target id');
    expect(() => parseEdgeList(' ,b\n', 'e.csv')).toThrow('e.csv:1: empty source id');
  });
});
