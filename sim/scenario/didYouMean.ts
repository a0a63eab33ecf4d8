// "Did you mean …?" suggestions: the valid name closest to a misspelt one, by edit distance.

/** Suggestions further than this many edits away are not offered. Default 2. */
export const MAX_SUGGESTION_DISTANCE = 2;

/**
 * The option closest to `word` within `maxDistance` edits (insertions, deletions, substitutions and
 * swaps of neighbours, ignoring case), or null. Ties go to the earlier option; an option is never
 * suggested when the distance is as long as the option itself.
 */
export function closestName(
  word: string,
  options: readonly string[],
  maxDistance: number = MAX_SUGGESTION_DISTANCE,
): string | null {
  let best: string | null = null;
  let bestDistance = maxDistance + 1;
  for (const option of options) {
    const distance = editDistance(word.toLowerCase(), option.toLowerCase());
    if (distance < bestDistance && distance < option.length) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` did you mean "x"?` for the closest option, or `''` when none is close; ready to append to a message. */
export function didYouMean(word: string, options: readonly string[]): string {
  const closest = closestName(word, options);
  return closest === null || closest === word ? '' : ` did you mean "${closest}"?`;
}

/** Optimal-string-alignment distance: Levenshtein plus swaps of two neighbouring characters. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2] + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1];
}
