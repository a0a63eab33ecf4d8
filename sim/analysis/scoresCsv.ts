// Parses a scores file ("id,score" per node of an edge list) into one score per node, with errors naming the line.

/** A problem in a scores file; the message reads `scores.csv:7: score "abc" is not a number`, or `scores.csv: …` without a line. */
export class ScoresFileError extends Error {
  /** The file as the caller named it. */
  readonly file: string;
  /** 1-based line number, or null for a problem of the whole file (e.g. nodes without a score). */
  readonly line: number | null;
  /** What is wrong, without the location. */
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'ScoresFileError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** A decimal number: `12`, `-0.5`, `.5`, `1e3` (no hex, no `Infinity`). */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A trimmed field without one pair of surrounding double quotes. */
function unquote(field: string): string {
  const f = field.trim();
  return f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1) : f;
}

/**
 * One score per node of a graph whose node k is named `ids[k]` (an edge list's `ids`), read from a file
 * of `id,score` rows. Rules, like the edge-list reader's: fields split on a tab if the line has one,
 * else on commas, trimmed, one pair of double quotes removed; blank lines and `#` comments skipped. The
 * first other line must be the header `id,score` (any case). Every row needs exactly two fields, an id
 * of the graph not given before, and a finite number (`12`, `-0.5`, `1e3`). Every node needs a score
 * (declare an account without edges in the edge list by a self-loop row `id,id`). Any problem throws a
 * ScoresFileError naming the file and, where there is one, the line.
 */
export function parseScores(text: string, file: string, ids: readonly string[]): Float64Array {
  const nodeOf = new Map<string, number>();
  ids.forEach((id, k) => nodeOf.set(id, k));
  const scores = new Float64Array(ids.length).fill(NaN);
  const lineOf = new Int32Array(ids.length);
  const lines = text.split('\n');
  let seenHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (i === 0 ? lines[i].replace(/^\uFEFF/, '') : lines[i]).trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(line.includes('\t') ? '\t' : ',').map(unquote);
    if (!seenHeader) {
      if (fields.length !== 2 || fields[0].toLowerCase() !== 'id' || fields[1].toLowerCase() !== 'score') {
        throw new ScoresFileError(file, i + 1, `expected the header "id,score", got "${line}"`);
      }
      seenHeader = true;
      continue;
    }
    if (fields.length !== 2) {
      throw new ScoresFileError(file, i + 1, `expected "id,score", got ${fields.length === 1 ? '1 field' : `${fields.length} fields`}`);
    }
    const [id, value] = fields;
    if (id === '') throw new ScoresFileError(file, i + 1, 'empty id');
    const node = nodeOf.get(id);
    if (node === undefined) throw new ScoresFileError(file, i + 1, `id "${id}" is not a node of the edge list`);
    const score = DECIMAL.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(score)) throw new ScoresFileError(file, i + 1, `score "${value}" is not a finite number`);
    if (lineOf[node] !== 0) throw new ScoresFileError(file, i + 1, `id "${id}" already has a score (line ${lineOf[node]})`);
    lineOf[node] = i + 1;
    scores[node] = score;
  }
  if (!seenHeader && ids.length > 0) throw new ScoresFileError(file, null, 'the file is empty; expected the header "id,score" and one row per node');
  const missing = ids.filter((_, k) => lineOf[k] === 0);
  if (missing.length > 0) {
    const shown = missing.slice(0, 3).map((id) => `"${id}"`).join(', ');
    const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
    throw new ScoresFileError(file, null, `no score for ${missing.length} node${missing.length === 1 ? '' : 's'} of the edge list: ${shown}${more}`);
  }
  return scores;
}
