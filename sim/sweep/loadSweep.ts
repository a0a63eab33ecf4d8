// Loads a sweep file's text: parse the YAML, validate against the sweep schema, resolve the grid and the seeds.
import { LineCounter, parseDocument } from 'yaml';
import { ScenarioError, formatPath, sortIssues, type PathSegment, type ScenarioIssue } from '../scenario/errors.js';
import { yamlLocator } from '../scenario/locate.js';
import { nameFromFile } from '../scenario/normalise.js';
import { expandGridValues, rangeLength, valueLabel, type GridEntry } from './gridValues.js';
import { MAX_GRID_VALUES, MAX_RUNS, sweepSchema, type SweepParsed } from './schema.js';
import { describeSweepIssues } from './sweepIssues.js';

/** A dotted scenario path: keys separated by dots, list items as [n]. */
const SCENARIO_PATH = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*|\[\d+\])*$/;

/** A sweep file as loaded: its text, what was written, the parsed sweep, its grid and seeds resolved. */
export interface LoadedSweep {
  /** The sweep file as the user named it. */
  file: string;
  source: string;
  /** The parsed YAML as written, before defaults. */
  written: unknown;
  /** The sweep with defaults filled in. */
  parsed: SweepParsed;
  /** `name`, or the file's base name. */
  name: string;
  /** The grid entries in the order written, ranges expanded. */
  grid: GridEntry[];
  /** The seeds every arm runs: the list as written, or 1..n. */
  seeds: Array<number | string>;
  /** An issue at a path of the sweep file, placed on the line where that path was written. */
  issueAt(segments: readonly PathSegment[], message: string): ScenarioIssue;
}

/**
 * Loads a sweep from its source text; `file` names it in messages and, without `name`, gives the name.
 * Throws a `ScenarioError` listing every problem (YAML syntax; then the schema; then bad grid paths,
 * empty or oversized ranges, duplicate values or seeds, a grid `seed`, `ticks` both in the grid and
 * as an override, more than `MAX_RUNS` runs), each with its line in the sweep file.
 */
export function loadSweep(source: string, file: string): LoadedSweep {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const locate = yamlLocator(doc, lineCounter);
  // Grid keys are scenario paths themselves, so an issue's path reads `grid.agents.count[1]`.
  const issueAt = (segments: readonly PathSegment[], message: string): ScenarioIssue => {
    const position = locate(segments);
    return { file, path: formatPath(segments), line: position?.line ?? null, column: position?.column ?? null, message };
  };
  if (doc.errors.length > 0) {
    throw new ScenarioError(
      sortIssues(
        doc.errors.map((e) => {
          const { line, col } = lineCounter.linePos(e.pos[0]);
          return { file, path: '', line, column: col, message: `invalid YAML: ${e.message}` };
        }),
      ),
    );
  }
  let written: unknown;
  try {
    written = doc.contents === null ? {} : doc.toJS();
  } catch (e) {
    throw new ScenarioError([issueAt([], `invalid YAML: ${(e as Error).message}`)]);
  }
  if (typeof written !== 'object' || written === null || Array.isArray(written)) {
    throw new ScenarioError([issueAt([], `the top level must be a mapping of sweep keys (${Object.keys(sweepSchema.shape).join(', ')})`)]);
  }
  const result = sweepSchema.safeParse(written, { reportInput: true });
  if (!result.success) {
    throw new ScenarioError(sortIssues(describeSweepIssues(result.error.issues).map((m) => issueAt(m.segments, m.message))));
  }
  const parsed = result.data;
  const problems: ScenarioIssue[] = [];
  const grid: GridEntry[] = [];
  for (const [path, values] of Object.entries(parsed.grid)) {
    const at = (...more: PathSegment[]) => ['grid', path, ...more];
    if (!SCENARIO_PATH.test(path)) {
      problems.push(issueAt(at(), 'not a scenario path: write keys separated by dots and list items as [n], e.g. agents.types.chaser.scoreSeeking'));
      continue;
    }
    if (path === 'seed') problems.push(issueAt(at(), 'the seed of every run comes from `seeds`; remove this entry and list the seeds there'));
    if (path === 'ticks' && parsed.ticks !== undefined) problems.push(issueAt(['ticks'], 'ticks is both in the grid and set here; keep one'));
    if (!Array.isArray(values)) {
      const count = rangeLength(values);
      if (count === 0) problems.push(issueAt(at('to'), `must be at least from (${values.from}); got ${values.to}`));
      if (count > MAX_GRID_VALUES) problems.push(issueAt(at(), `the range gives ${count} values; at most ${MAX_GRID_VALUES}`));
      if (count === 0 || count > MAX_GRID_VALUES) continue;
    }
    const expanded = expandGridValues(values);
    problems.push(...duplicates(expanded.map(valueLabel), (i, j, label) => issueAt(at(i), `duplicate value ${label} (also item ${j})`)));
    grid.push({ path, values: expanded, range: !Array.isArray(values) });
  }
  const seeds = typeof parsed.seeds === 'number' ? Array.from({ length: parsed.seeds }, (_, i) => i + 1) : parsed.seeds;
  problems.push(...duplicates(seeds.map(String), (i, j, label) => issueAt(['seeds', i], `duplicate seed ${label} (also item ${j})`)));
  const arms = grid.reduce((product, entry) => product * entry.values.length, 1);
  if (arms * seeds.length > MAX_RUNS) {
    problems.push(issueAt(['grid'], `${arms} arms × ${seeds.length} seeds = ${arms * seeds.length} runs; at most ${MAX_RUNS}`));
  }
  if (problems.length > 0) throw new ScenarioError(sortIssues(problems));
  return { file, source, written, parsed, name: parsed.name ?? nameFromFile(file), grid, seeds, issueAt };
}

/** An issue for every label seen before, made by `issue(index, firstIndex, label)`. */
function duplicates(labels: readonly string[], issue: (index: number, first: number, label: string) => ScenarioIssue): ScenarioIssue[] {
  const first = new Map<string, number>();
  const found: ScenarioIssue[] = [];
  labels.forEach((label, i) => {
    const earlier = first.get(label);
    if (earlier === undefined) first.set(label, i);
    else found.push(issue(i, earlier, label));
  });
  return found;
}
