// Checks of the shock timeline against the resolved scenario: ticks inside the run, algorithms, parameter paths and values, networks.
import { plainCopy } from '../core/plainCopy.js';
import { scoringAlgorithms } from '../scoring/registry.js';
import { formatParameterPath, parseParameterPath, readParameter, writeParameter } from '../shocks/parameterPath.js';
import { shockKindOf } from '../shocks/registry.js';
import { fixedParameterReason } from '../shocks/set.js';
import { didYouMean } from './didYouMean.js';
import { formatPath } from './errors.js';
import { closestParameterPath, describeKind, sameKind } from './parameterSuggestions.js';
import type { ResolvedScenario } from './resolved.js';
import { scenarioSchema } from './schema.js';
import { describeValue, describeZodIssues } from './zodIssues.js';

/** A problem at a field path, before `loadScenario` places it on a line. */
export interface ShockProblem {
  path: string;
  message: string;
}

/** The cross-field checks on the merged type parameters (`normaliseScenario`'s), re-run on a scenario edited by `set`. */
export type TypeChecks = (types: ResolvedScenario['agents']['types']) => ShockProblem[];

/**
 * Every problem of `resolved.shocks`, by path (`shocks[2].switch.to`):
 * - `at` beyond `ticks` (a later `--ticks` that shortens the run is not an error: such shocks never apply);
 * - `switch.to` not registered (with the closest name), or registered but not computed in this run;
 * - `set.path` not a parameter of the resolved scenario (with the closest valid path), a parameter fixed
 *   at the start, or a mapping; `set.value` of another type than the current value, changing an
 *   algorithm's window, or leaving the scenario invalid. Sets apply cumulatively in timeline order
 *   (by `at`, then file order), each checked on the scenario as the earlier ones left it; one that fails
 *   is left out of the later checks;
 * - `link.network` not one of `secondaryNetworks`.
 * Agent types and value ranges are checked by the schema before this runs.
 */
export function shockProblems(resolved: ResolvedScenario, algorithms: readonly string[], typeChecks: TypeChecks): ShockProblem[] {
  const problems: ShockProblem[] = [];
  const running = [resolved.scoring.displayed, ...resolved.scoring.shadow.filter((name) => name !== resolved.scoring.displayed)];
  const networks = resolved.secondaryNetworks.map((net) => net.name);
  resolved.shocks.forEach((shock, i) => {
    const at = `shocks[${i}]`;
    if (shock.at > resolved.ticks) {
      problems.push({
        path: `${at}.at`,
        message: `tick ${shock.at} is after the run's last tick; a shock applies at the start of a tick from 1 to ticks (${resolved.ticks})`,
      });
    }
    if (shock.switch) problems.push(...switchProblems(shock.switch.to, `${at}.switch.to`, algorithms, running));
    if (shock.link && !networks.includes(shock.link.network)) {
      const hint = didYouMean(shock.link.network, networks);
      const valid = networks.length ? `this scenario's networks: ${networks.join(', ')}` : 'this scenario has no secondary networks';
      problems.push({ path: `${at}.link.network`, message: `unknown secondary network "${shock.link.network}";${hint} ${valid}` });
    }
  });
  problems.push(...setProblems(resolved, typeChecks));
  return problems.sort((a, b) => shockIndex(a.path) - shockIndex(b.path));
}

function shockIndex(path: string): number {
  return Number(/^shocks\[(\d+)\]/.exec(path)?.[1] ?? -1);
}

function switchProblems(to: string, path: string, algorithms: readonly string[], running: readonly string[]): ShockProblem[] {
  if (!algorithms.includes(to)) {
    const hint = didYouMean(to, algorithms);
    return [{ path, message: `unknown scoring algorithm "${to}";${hint} registered algorithms: ${algorithms.join(', ')}` }];
  }
  if (!running.includes(to)) {
    return [{
      path,
      message: `scoring algorithm "${to}" is not computed in this run, so there is nothing to switch to; add it to scoring.shadow (this run computes ${running.join(', ')})`,
    }];
  }
  return [];
}

/** Checks every `set` on a copy of the scenario, applying the valid ones in timeline order. */
function setProblems(resolved: ResolvedScenario, typeChecks: TypeChecks): ShockProblem[] {
  const problems: ShockProblem[] = [];
  const edited = plainCopy(resolved);
  const order = resolved.shocks
    .map((shock, index) => ({ shock, index }))
    .filter(({ shock }) => shockKindOf(shock) === 'set')
    .sort((a, b) => a.shock.at - b.shock.at || a.index - b.index);
  for (const { shock, index } of order) {
    const { path, value } = shock.set!;
    const at = `shocks[${index}].set`;
    const segments = parseParameterPath(path);
    if (segments === null) {
      problems.push({ path: `${at}.path`, message: `"${path}" is not a parameter path; join keys with dots and write list items as [n], e.g. agents.types.chaser.react or secondaryNetworks[0].presence` });
      continue;
    }
    const found = readParameter(edited, segments);
    if (!found.found) {
      problems.push({ path: `${at}.path`, message: missingMessage(edited, segments, found) });
      continue;
    }
    const fixed = fixedParameterReason(segments);
    if (fixed !== null) {
      problems.push({ path: `${at}.path`, message: `${path} cannot change during a run: ${fixed}` });
      continue;
    }
    if (typeof found.value === 'object' && found.value !== null && !Array.isArray(found.value)) {
      const keys = Object.keys(found.value);
      problems.push({ path: `${at}.path`, message: `${path} is a mapping; set one of its fields: ${keys.join(', ')}` });
      continue;
    }
    if (!sameKind(found.value, value)) {
      problems.push({ path: `${at}.value`, message: `${path} is ${describeKind(found.value)}; got ${describeValue(value)}` });
      continue;
    }
    const before = plainCopy(edited);
    writeParameter(edited, segments, value);
    const broken = [...windowProblems(before, edited, segments), ...validityProblems(edited, typeChecks)];
    if (broken.length > 0) {
      writeParameter(edited, segments, found.value);
      problems.push({ path: `${at}.value`, message: `setting ${path} to ${describeValue(value)} ${broken.join('; ')}` });
    }
  }
  return problems;
}

function missingMessage(root: unknown, segments: ReturnType<typeof parseParameterPath> & object, missing: { at: number; keys: string[]; length: number }): string {
  const path = formatParameterPath(segments);
  const parent = formatParameterPath(segments.slice(0, missing.at)) || 'the scenario';
  const segment = segments[missing.at];
  const suggestion = closestParameterPath(root, segments);
  const hint = suggestion !== null && suggestion !== path ? ` did you mean ${suggestion}?` : '';
  if (missing.length >= 0) {
    return `no parameter ${path}: ${parent} is a list of ${missing.length} (indices 0 to ${missing.length - 1});${hint}`;
  }
  if (missing.keys.length === 0) return `no parameter ${path}: ${parent} is a single value, not a mapping;${hint}`;
  return `no parameter ${path}: ${parent} has no key "${segment}";${hint} valid keys there: ${missing.keys.join(', ')}`;
}

/** An algorithm's rolling window is fixed when the run starts: a set that changes `windowDays(params)` is refused. */
function windowProblems(before: ResolvedScenario, after: ResolvedScenario, segments: readonly (string | number)[]): string[] {
  if (segments[0] !== 'scoring' || segments[1] !== 'params' || typeof segments[2] !== 'string') return [];
  const name = segments[2];
  if (!scoringAlgorithms.has(name)) return [];
  const algorithm = scoringAlgorithms.get(name);
  const params = (s: ResolvedScenario) => (s.scoring.params as Record<string, object>)[name];
  const from = algorithm.windowDays(params(before));
  const to = algorithm.windowDays(params(after));
  return from === to ? [] : [`would change ${name}'s window from ${from} to ${to} days; windows are fixed when the run starts`];
}

/** What the schema and the type checks say about an edited scenario, as `makes path invalid: message` phrases. */
function validityProblems(edited: ResolvedScenario, typeChecks: TypeChecks): string[] {
  const { name: _name, ...rest } = edited;
  const parsed = scenarioSchema.safeParse(rest, { reportInput: true });
  const messages = parsed.success
    ? []
    : describeZodIssues(parsed.error.issues).map((m) => `makes ${formatPath(m.segments)} invalid: ${m.message}`);
  for (const problem of typeChecks(edited.agents.types)) messages.push(`makes ${problem.path} invalid: ${problem.message}`);
  return messages;
}
