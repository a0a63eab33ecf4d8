// Normalises a parsed scenario into the resolved form the engine builds from: names, counts, full type parameters.
import { AGENT_TYPES, type AgentTypeName } from '../core/agentTypes.js';
import { SCORING_ALGORITHMS } from '../scoring/registry.js';
import { didYouMean } from './didYouMean.js';
import { ScenarioError, type ScenarioIssue } from './errors.js';
import { populationCounts } from './population.js';
import type { ResolvedScenario } from './resolved.js';
import type { ScenarioParsed } from './schema.js';
import { shockProblems } from './shockChecks.js';
import { TYPE_DEFAULTS, type TypeParams } from './typeDefaults.js';

/** Options of `loadScenario` and `normaliseScenario`. */
export interface ScenarioOptions {
  /** Names of the registered scoring algorithms `scoring.displayed` may choose. Default `DEFAULT_ALGORITHMS`. */
  algorithms?: readonly string[];
}

/** The scoring algorithms assumed when none are passed: every registered one. */
export const DEFAULT_ALGORITHMS: readonly string[] = SCORING_ALGORITHMS;

/**
 * Resolves a parsed scenario: the name (from the file when not given), agents per type (see
 * `populationCounts`), each type's full parameters (`TYPE_DEFAULTS` merged field by field with the
 * overrides), and the checks across fields (displayed algorithm registered, edge-list file, unique
 * secondary network names), then — on the resolved scenario, once everything else passed — the checks
 * of the shock timeline (`shockProblems`). Returns plain JSON-safe data in schema key order; throws a
 * `ScenarioError` listing every problem, with paths but no lines (`loadScenario` adds those).
 */
export function normaliseScenario(parsed: ScenarioParsed, file: string, options: ScenarioOptions = {}): ResolvedScenario {
  const population = populationCounts(parsed.agents);
  const types = Object.fromEntries(
    AGENT_TYPES.map((t) => [t, mergeFieldByField(TYPE_DEFAULTS[t], parsed.agents.types[t])]),
  ) as Record<AgentTypeName, TypeParams>;
  const problems = [
    ...(population.ok ? [] : population.problems),
    ...typeProblems(types),
    ...crossFieldProblems(parsed, options.algorithms ?? DEFAULT_ALGORITHMS),
  ];
  if (!population.ok || problems.length > 0) {
    throw new ScenarioError(problems.map((p): ScenarioIssue => ({ file, line: null, column: null, ...p })));
  }
  const agents: ResolvedScenario['agents'] = {
    count: parsed.agents.count,
    counts: population.counts,
    types,
  };
  const scoring = { ...parsed.scoring, shadow: parsed.scoring.shadow ?? [...(options.algorithms ?? DEFAULT_ALGORITHMS)] };
  const resolved: Record<string, unknown> = { name: parsed.name ?? nameFromFile(file) };
  for (const [key, value] of Object.entries(parsed)) {
    if (key !== 'name') resolved[key] = plainCopy(key === 'agents' ? agents : key === 'scoring' ? scoring : value);
  }
  const timeline = shockProblems(resolved as unknown as ResolvedScenario, options.algorithms ?? DEFAULT_ALGORITHMS, typeProblems);
  if (timeline.length > 0) throw new ScenarioError(timeline.map((p): ScenarioIssue => ({ file, line: null, column: null, ...p })));
  return resolved as unknown as ResolvedScenario;
}

/** A scenario name from a file path: the base name without extension, lower-cased, other characters than [a-z0-9-] as '-'. */
export function nameFromFile(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem.toLowerCase().replace(/[^a-z0-9-]/g, '-') || 'scenario';
}

/** Checks on each type's merged parameters: a non-empty posting range and some reaction weight. */
function typeProblems(types: Record<AgentTypeName, TypeParams>) {
  const problems: Array<{ path: string; message: string }> = [];
  for (const t of AGENT_TYPES) {
    const { min, max } = types[t].postsPerDay;
    if (min > max) {
      problems.push({
        path: `agents.types.${t}.postsPerDay`,
        message: `min (${min}) must not exceed max (${max}); with defaults filled in, set both so that min ≤ max`,
      });
    }
    const mix = types[t].reactionMix;
    if (mix.like + mix.reply + mix.share + mix.mention <= 0) {
      problems.push({
        path: `agents.types.${t}.reactionMix`,
        message: 'weights must not all be zero; give at least one of like, reply, share, mention a positive weight',
      });
    }
  }
  return problems;
}

function crossFieldProblems(parsed: ScenarioParsed, algorithms: readonly string[]) {
  const problems: Array<{ path: string; message: string }> = [];
  const checkAlgorithm = (name: string, path: string) => {
    if (algorithms.includes(name)) return;
    const hint = didYouMean(name, algorithms);
    problems.push({ path, message: `unknown scoring algorithm "${name}";${hint} registered algorithms: ${algorithms.join(', ')}` });
  };
  checkAlgorithm(parsed.scoring.displayed, 'scoring.displayed');
  parsed.scoring.shadow?.forEach((name, i) => checkAlgorithm(name, `scoring.shadow[${i}]`));
  const { generator, file } = parsed.network;
  if (generator === 'edge-list' && file === undefined) {
    problems.push({
      path: 'network.file',
      message: 'required by generator "edge-list": the edge list CSV (source,target per line), relative to the scenario file',
    });
  }
  if (generator !== 'edge-list' && file !== undefined) {
    problems.push({
      path: 'network.file',
      message: `only read by generator "edge-list" (generator is "${generator}"); remove file or set generator: edge-list`,
    });
  }
  const firstIndex = new Map<string, number>();
  parsed.secondaryNetworks.forEach((network, i) => {
    const first = firstIndex.get(network.name);
    if (first === undefined) firstIndex.set(network.name, i);
    else {
      problems.push({
        path: `secondaryNetworks[${i}].name`,
        message: `duplicate network name "${network.name}" (also secondaryNetworks[${first}].name); names must be unique`,
      });
    }
  });
  return problems;
}

/** Defaults with overrides applied field by field: nested objects merge recursively, in the defaults' key order. */
function mergeFieldByField<T>(defaults: T, overrides: unknown): T {
  if (!isRecord(defaults)) return plainCopy(overrides === undefined ? defaults : overrides) as T;
  const given = isRecord(overrides) ? overrides : {};
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) merged[key] = mergeFieldByField(defaults[key], given[key]);
  return merged as T;
}

/** A deep copy with `undefined` entries dropped, so the result is plain JSON-safe data. */
function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) copy[key] = plainCopy(item);
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
