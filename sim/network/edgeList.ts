// Parses an edge-list file (one "source,target" follow per line) into id-mapped edge arrays.

/** An edge list read from a file: edges `src[i] → dst[i]` over nodes 0 .. nodeCount − 1, `ids[k]` being node k's name in the file. */
export interface EdgeListGraph {
  nodeCount: number;
  src: Int32Array;
  dst: Int32Array;
  ids: string[];
}

/** A malformed row in an edge-list file; the message reads `edges.csv:17: expected "source,target", got 3 fields`. */
export class EdgeListError extends Error {
  /** The file as the caller named it. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** What is wrong, without the location. */
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'EdgeListError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Header names recognised on the first data line (case-insensitive). */
export const EDGE_LIST_HEADER_NAMES: ReadonlySet<string> = new Set([
  'source', 'target', 'src', 'dst', 'from', 'to', 'follower', 'followee', 'source_id', 'target_id',
]);

/**
 * Reads "source,target" rows: "source follows target". Rules:
 * - Lines are split on a tab if they contain one, otherwise on commas; fields are trimmed and one pair of
 *   surrounding double quotes is removed (no other CSV quoting).
 * - Blank lines and lines whose first non-blank character is `#` are skipped.
 * - The first remaining line is a header, and skipped, when both of its fields are header names
 *   (EDGE_LIST_HEADER_NAMES: source/target, src/dst, from/to, follower/followee, …, in any case).
 * - Ids are arbitrary strings, numbered 0 .. n − 1 in order of first appearance.
 * - A self-loop ("a,a") adds its id as a node but no edge, so a file can list accounts that follow nobody.
 * - Repeated edges are kept here; FollowGraph.fromEdges ignores repeats.
 * A row without exactly two fields, or with an empty id, throws an EdgeListError naming the file and line.
 */
export function parseEdgeList(text: string, file: string): EdgeListGraph {
  const lines = text.split('\n');
  const idOf = new Map<string, number>();
  const ids: string[] = [];
  const nodeFor = (id: string): number => {
    let k = idOf.get(id);
    if (k === undefined) {
      k = ids.length;
      idOf.set(id, k);
      ids.push(id);
    }
    return k;
  };
  let src = new Int32Array(Math.max(16, lines.length));
  let dst = new Int32Array(Math.max(16, lines.length));
  let count = 0;
  let seenData = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (i === 0 ? lines[i].replace(/^\uFEFF/, '') : lines[i]).trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(line.includes('\t') ? '\t' : ',').map(unquote);
    if (!seenData) {
      seenData = true;
      if (fields.length === 2 && fields.every((f) => EDGE_LIST_HEADER_NAMES.has(f.toLowerCase()))) continue;
    }
    if (fields.length !== 2) {
      const got = fields.length === 1 ? '1 field' : `${fields.length} fields`;
      throw new EdgeListError(file, i + 1, `expected "source,target", got ${got}`);
    }
    if (fields[0] === '') throw new EdgeListError(file, i + 1, 'empty source id');
    if (fields[1] === '') throw new EdgeListError(file, i + 1, 'empty target id');
    const u = nodeFor(fields[0]);
    const v = nodeFor(fields[1]);
    if (u === v) continue;
    src[count] = u;
    dst[count++] = v;
  }
  src = src.slice(0, count);
  dst = dst.slice(0, count);
  return { nodeCount: ids.length, src, dst, ids };
}

/** A trimmed field without one pair of surrounding double quotes. */
function unquote(field: string): string {
  const f = field.trim();
  return f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1) : f;
}
