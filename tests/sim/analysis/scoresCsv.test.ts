// Tests of parseScores: the header, separators and comments, and errors that name the file and line.
import { describe, expect, it } from 'vitest';
import { parseScores, ScoresFileError } from '../../../sim/analysis/scoresCsv.js';

const IDS = ['alice', 'bob', 'carol'];

describe('parseScores', () => {
  it('reads one score per node in the graph\'s node order, with comments, blank lines, tabs and quotes', () => {
    const text = '\uFEFF# scores\nID,Score\r\ncarol,3.5\n\n"alice" , 12\nbob\t-1e2\n';
    expect([...parseScores(text, 'scores.csv', IDS)]).toEqual([12, -100, 3.5]);
  });

  it.each([
    ['alice,1\nbob,2\ncarol,3\n', 1, 'expected the header "id,score", got "alice,1"'],
    ['id,score\nalice,1,2\n', 2, 'expected "id,score", got 3 fields'],
    ['id,score\nalice\n', 2, 'expected "id,score", got 1 field'],
    ['id,score\n,1\n', 2, 'empty id'],
    ['id,score\nalice,1\ndave,2\n', 3, 'id "dave" is not a node of the edge list'],
    ['id,score\nalice,abc\n', 2, 'score "abc" is not a finite number'],
    ['id,score\nalice,\n', 2, 'score "" is not a finite number'],
    ['id,score\nalice,Infinity\n', 2, 'score "Infinity" is not a finite number'],
    ['id,score\nalice,0x10\n', 2, 'score "0x10" is not a finite number'],
    ['id,score\n\nalice,1\n# x\nalice,2\n', 5, 'id "alice" already has a score (line 3)'],
  ])('reports a bad file with its line: %j', (text, line, reason) => {
    expect(() => parseScores(text, 'scores.csv', IDS)).toThrow(`scores.csv:${line}: ${reason}`);
    try {
      parseScores(text, 'scores.csv', IDS);
    } catch (error) {
      expect(error).toBeInstanceOf(ScoresFileError);
      expect(error).toMatchObject({ file: 'scores.csv', line, reason });
    }
  });

  it('reports nodes without a score, and an empty file, without a line number', () => {
    expect(() => parseScores('id,score\nbob,1\n', 's.csv', IDS)).toThrow('s.csv: no score for 2 nodes of the edge list: "alice", "carol"');
    const many = Array.from({ length: 6 }, (_, k) => `n${k}`);
    expect(() => parseScores('id,score\n', 's.csv', many)).toThrow('no score for 6 nodes of the edge list: "n0", "n1", "n2" and 3 more');
    expect(() => parseScores('', 's.csv', IDS)).toThrow('s.csv: the file is empty');
    expect(parseScores('', 's.csv', []).length).toBe(0);
  });
});
