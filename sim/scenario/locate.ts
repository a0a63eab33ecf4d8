// Finds where a field path was written in a parsed YAML document, as a 1-based line and column.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from './errors.js';

/** A 1-based position in the source. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Maps a field path to where it was written, or null when nothing of it was (an empty file). */
export type Locator = (segments: readonly PathSegment[]) => SourcePosition | null;

/**
 * A locator over one document. A mapping entry is found at its key (so a nested block points at the
 * line that names it, and an unknown key at the key itself); a list item at the item; a path that was
 * not written (a missing key) at the nearest written ancestor.
 */
export function yamlLocator(doc: Document, lineCounter: LineCounter): Locator {
  const positionOf = (node: unknown): SourcePosition | null => {
    const range = (node as Node | null | undefined)?.range;
    if (!range) return null;
    const { line, col } = lineCounter.linePos(range[0]);
    return { line, column: col };
  };

  const exact = (segments: readonly PathSegment[]): SourcePosition | null => {
    if (segments.length === 0) return positionOf(doc.contents);
    const parent = doc.getIn(segments.slice(0, -1), true);
    const last = segments[segments.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && keyText(p.key.value) === String(last));
      return pair ? (positionOf(pair.key) ?? positionOf(pair.value)) : null;
    }
    if (isSeq(parent) && typeof last === 'number') return positionOf(parent.items[last]);
    return null;
  };

  return (segments) => {
    for (let n = segments.length; n >= 0; n--) {
      const position = exact(segments.slice(0, n));
      if (position) return position;
    }
    return null;
  };
}

/** A scalar key as `toJS()` names it (a null key becomes the empty string). */
function keyText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
