// Scenario errors: every problem found in a scenario file, with its field path and line, reported together.

/** One problem in a scenario file. */
export interface ScenarioIssue {
  /** The scenario file as the user named it. */
  file: string;
  /** Dotted field path, e.g. `agents.types.chaser.react` or `secondaryNetworks[1].presence`; `''` for the whole file. */
  path: string;
  /** 1-based line of the offending node, or null when unknown. */
  line: number | null;
  /** 1-based column of the offending node, or null when unknown. */
  column: number | null;
  /** What is wrong and what would be valid. */
  message: string;
}

/** Thrown by `loadScenario` and `normaliseScenario`; carries every issue found, in line order. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';

  /** @param issues at least one issue; the error message is their `formatIssue` lines. */
  constructor(readonly issues: readonly ScenarioIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

/** Renders an issue as `file:line:column: path: message`; the position and the path are left out when unknown or empty. */
export function formatIssue(issue: ScenarioIssue): string {
  const where =
    issue.line === null ? issue.file : `${issue.file}:${issue.line}${issue.column === null ? '' : `:${issue.column}`}`;
  return issue.path === '' ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`;
}

/** A path segment: an object key or an array index. */
export type PathSegment = string | number;

/** Joins segments into a dotted path: `['secondaryNetworks', 1, 'name']` → `secondaryNetworks[1].name`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path;
}

/** Splits a dotted path back into segments (the inverse of `formatPath` for keys without dots or brackets). */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === undefined ? match[1] : Number(match[2]));
  }
  return segments;
}

/** Sorts issues by line then column (unknown positions last), keeping the original order among equals. */
export function sortIssues(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  const rank = (n: number | null) => (n === null ? Number.MAX_SAFE_INTEGER : n);
  return [...issues].sort((a, b) => rank(a.line) - rank(b.line) || rank(a.column) - rank(b.column));
}
