// The key scenario parameters the explorer shows as inputs, described from the scenario schema.
import { parsePath } from '../../sim/scenario/errors.js';
import type { ResolvedScenario } from '../../sim/scenario/resolved.js';
import { schemaNodeAt } from '../../sim/scenario/schemaWalk.js';
import { SCORING_ALGORITHMS } from '../../sim/scoring/registry.js';

/** An input for one parameter: its path, label, kind and bounds from the schema, and its help text. */
export interface ParameterField {
  path: string;
  label: string;
  kind: 'integer' | 'number' | 'choice';
  min?: number;
  max?: number;
  step?: number;
  /** Allowed values of a choice. */
  options?: readonly string[];
  description: string;
}

/** The parameters shown, in order, with their labels. */
export const KEY_PARAMETERS: ReadonlyArray<readonly [path: string, label: string]> = [
  ['agents.count', 'Agents'],
  ['ticks', 'Ticks (days)'],
  ['scoring.displayed', 'Displayed algorithm'],
  ['agents.types.chaser.scoreSeeking', 'Chaser score seeking α'],
  ['behaviour.credibilityGamma', 'Credibility cue γ'],
  ['network.meanOutDegree', 'Mean follows at start'],
  ['metrics.interval', 'Metrics every (ticks)'],
];

/** The field of a schema path (bounds, type and description from `sim/scenario/schema.ts`). */
export function parameterField(path: string, label: string): ParameterField {
  const node = schemaNodeAt(parsePath(path));
  if (!node) throw new Error(`parameterField: "${path}" is not a scenario field`);
  const description = node.description ?? '';
  if (path === 'scoring.displayed') return { path, label, kind: 'choice', options: SCORING_ALGORITHMS, description };
  if (node.enum) return { path, label, kind: 'choice', options: node.enum.map(String), description };
  const integer = node.type === 'integer';
  const safe = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);
  return {
    path, label, kind: integer ? 'integer' : 'number',
    min: safe(node.minimum ?? node.exclusiveMinimum), max: safe(node.maximum), step: integer ? 1 : undefined,
    description,
  };
}

/** Every key parameter's field. */
export function keyParameterFields(): ParameterField[] {
  return KEY_PARAMETERS.map(([path, label]) => parameterField(path, label));
}

/** A parameter's value in a resolved scenario (what the run will use when not overridden). */
export function resolvedValue(resolved: ResolvedScenario, path: string): number | string | undefined {
  let node: unknown = resolved;
  for (const segment of parsePath(path)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return typeof node === 'number' || typeof node === 'string' ? node : undefined;
}
