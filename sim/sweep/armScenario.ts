// Each arm's scenario: the base as written with the arm's grid values set at their paths, loaded and validated.
import { plainCopy } from '../core/plainCopy.js';
import { ScenarioError, formatPath, parsePath, sortIssues, type PathSegment, type ScenarioIssue } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import type { ScenarioOptions } from '../scenario/normalise.js';
import type { LoadedScenario } from '../scenario/resolved.js';
import type { SweepArm } from './arms.js';
import type { LoadedSweep } from './loadSweep.js';

/** A path that cannot be set in a scenario (it runs through a value that is not a mapping or a list). */
export class GridPathError extends Error {
  override readonly name = 'GridPathError';
}

type Container = Record<string, unknown> | unknown[];

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The base scenario as written with `value` set at the dotted `path` (a copy; `written` is unchanged).
 * Missing mappings on the way are created; a missing list is copied from the resolved scenario first, so
 * `secondaryNetworks[0].presence` changes one field of the default networks. Throws `GridPathError`
 * when the path runs through a value of another kind or indexes past the end of a list.
 */
export function setScenarioPath(written: unknown, resolved: unknown, path: string, value: unknown): Record<string, unknown> {
  const root = plainCopy(isMapping(written) ? written : {});
  const segments = parsePath(path);
  let node: Container = root;
  let resolvedNode: unknown = resolved;
  segments.forEach((segment, depth) => {
    const last = depth === segments.length - 1;
    const where = formatPath(segments.slice(0, depth + 1));
    if (typeof segment === 'number') {
      if (!Array.isArray(node)) throw new GridPathError(`${where} indexes a list, but ${describeParent(segments, depth)} is a mapping`);
      if (segment > node.length || (!last && segment === node.length)) {
        throw new GridPathError(`${where} is past the end of the list (${node.length} entries)`);
      }
    } else if (!isMapping(node)) {
      throw new GridPathError(`${describeParent(segments, depth)} is not a mapping, so it has no field ${segment}`);
    }
    const container = node as Record<PathSegment, unknown>;
    resolvedNode = (resolvedNode as Record<PathSegment, unknown> | undefined)?.[segment];
    if (last) {
      container[segment] = plainCopy(value);
      return;
    }
    let child = container[segment];
    if (child === undefined || child === null) {
      const nextIsIndex = typeof segments[depth + 1] === 'number';
      if (nextIsIndex && isMapping(resolvedNode)) {
        throw new GridPathError(`${formatPath(segments.slice(0, depth + 2))} indexes a list, but ${where} is a mapping`);
      }
      child = nextIsIndex ? (Array.isArray(resolvedNode) ? plainCopy(resolvedNode) : []) : {};
      container[segment] = child;
    }
    if (typeof child !== 'object' || child === null) throw new GridPathError(`${where} is ${JSON.stringify(child)}, not a mapping or a list`);
    node = child as Container;
  });
  return root;
}

/** What holds segment `depth` of a path: `the scenario`, or the path up to it. */
function describeParent(segments: readonly PathSegment[], depth: number): string {
  return depth === 0 ? 'the scenario' : formatPath(segments.slice(0, depth));
}

/** The arm's scenario as written: the base with each of the arm's values set in grid order. */
export function armWritten(base: LoadedScenario, arm: SweepArm): Record<string, unknown> {
  let written: unknown = base.written;
  for (const { path, value } of arm.params) written = setScenarioPath(written, base.resolved, path, value);
  return isMapping(written) ? written : {};
}

/**
 * Builds and loads every arm's scenario (file name: the base's), so every grid path and value is checked
 * by the scenario schema; a path that cannot be set is reported and left out, and the rest still checked. Throws one `ScenarioError` with every distinct problem, each placed in the
 * sweep file: at the offending value of a grid list, at the key of a range, or — once, naming the
 * first arm it occurs in — at `grid` for a problem no grid path explains. `options.algorithms` as in `loadScenario`.
 */
export function loadArmScenarios(sweep: LoadedSweep, base: LoadedScenario, arms: readonly SweepArm[], options: ScenarioOptions = {}): LoadedScenario[] {
  const problems = new Map<string, ScenarioIssue>();
  const add = (issue: ScenarioIssue) => problems.set(`${issue.line}:${issue.column}:${issue.path}:${issue.message}`, issue);
  const unexplained = new Map<string, { label: string; arms: number }>();
  const loaded: LoadedScenario[] = [];
  for (const arm of arms) {
    const at = (g: number): PathSegment[] => (sweep.grid[g].range ? ['grid', sweep.grid[g].path] : ['grid', sweep.grid[g].path, arm.valueIndices[g]]);
    let written: unknown = base.written;
    arm.params.forEach(({ path, value }, g) => {
      try {
        written = setScenarioPath(written, base.resolved, path, value);
      } catch (error) {
        if (!(error instanceof GridPathError)) throw error;
        add(sweep.issueAt(at(g), error.message));
      }
    });
    try {
      const scenario = loadScenario(JSON.stringify(written), base.file, options);
      loaded.push(scenario);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      for (const issue of error.issues) {
        const g = sweep.grid.findIndex((entry) => related(entry.path, issue.path));
        if (g < 0) {
          const text = `${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`;
          const seen = unexplained.get(text);
          if (seen) seen.arms++;
          else unexplained.set(text, { label: arm.label, arms: 1 });
        } else add(sweep.issueAt(at(g), issue.path === sweep.grid[g].path ? issue.message : `${issue.path}: ${issue.message}`));
      }
    }
  }
  for (const [text, { label, arms: count }] of unexplained) {
    add(sweep.issueAt(['grid'], `in arm ${label}${count > 1 ? ` (and ${count - 1} more)` : ''}: ${text}`));
  }
  if (problems.size > 0) throw new ScenarioError(sortIssues([...problems.values()]));
  return loaded;
}

/** True when one path is the other or lies inside it (`a.b` and `a.b.c`, `a` and `a[0]`). */
function related(a: string, b: string): boolean {
  const inside = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return inside(a, b) || inside(b, a);
}
