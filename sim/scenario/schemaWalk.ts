// Reads the scenario schema as JSON Schema: the node at a field path, an object's keys, every field, a readable type.
import { z } from 'zod';
import { AGENT_TYPES } from '../core/agentTypes.js';
import type { PathSegment } from './errors.js';
import { scenarioSchema } from './schema.js';

/** The parts of a JSON Schema node (draft 2020-12, as `z.toJSONSchema` writes it) that scenario tools read. */
export interface SchemaNode {
  type?: string;
  description?: string;
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

/** One field of the schema, by dotted path (`agents.types.chaser.react`, `secondaryNetworks[].name`). */
export interface SchemaField {
  path: string;
  node: SchemaNode;
  /** True when the field must be written (it has no default and is not optional). */
  required: boolean;
}

/** Placeholder segment used when per-type maps are collapsed: `agents.types.<type>.react`. */
export const TYPE_PLACEHOLDER = '<type>';

let cached: SchemaNode | undefined;

/** The scenario schema as JSON Schema for input (what may be written), computed once. */
export function scenarioJsonSchema(): SchemaNode {
  cached ??= z.toJSONSchema(scenarioSchema, { io: 'input' }) as SchemaNode;
  return cached;
}

/** The schema node at a path of keys and indices, or undefined when the path leaves the schema. */
export function schemaNodeAt(segments: readonly PathSegment[], root: SchemaNode = scenarioJsonSchema()): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of segments) {
    if (node === undefined) return undefined;
    node = typeof segment === 'number' ? node.items : node.properties?.[segment];
  }
  return node;
}

/** The keys an object at this path accepts, in schema order (empty when it is not an object). */
export function validKeysAt(segments: readonly PathSegment[]): string[] {
  return Object.keys(schemaNodeAt(segments)?.properties ?? {});
}

/**
 * Every field in schema order, depth first. With `collapseTypeMaps` (default false) an object keyed by
 * every agent type is listed once under `<type>` instead of once per type.
 */
export function schemaFields(options: { collapseTypeMaps?: boolean } = {}): SchemaField[] {
  const fields: SchemaField[] = [];
  const visit = (node: SchemaNode, path: string) => {
    if (node.items) visit(node.items, `${path}[]`);
    const properties = node.properties ?? {};
    const collapse = options.collapseTypeMaps === true && isTypeMap(Object.keys(properties));
    const keys = collapse ? [AGENT_TYPES[0]] : Object.keys(properties);
    for (const key of keys) {
      const child = properties[key];
      const childPath = `${path === '' ? '' : `${path}.`}${collapse ? TYPE_PLACEHOLDER : key}`;
      fields.push({ path: childPath, node: child, required: (node.required ?? []).includes(key) });
      visit(child, childPath);
    }
  };
  visit(scenarioJsonSchema(), '');
  return fields;
}

function isTypeMap(keys: readonly string[]): boolean {
  return keys.length === AGENT_TYPES.length && AGENT_TYPES.every((t, i) => keys[i] === t);
}

/**
 * A short readable type: `number in [0, 1]`, `integer ≥ 1`, `non-empty string`, `one of "a", "b"`,
 * `mapping`. `literal` formats enum values and patterns (default: as they are; the reference uses code spans).
 */
export function describeType(node: SchemaNode, literal: (text: string) => string = (text) => text): string {
  if (node.anyOf) return node.anyOf.map((option) => describeType(option, literal)).join(' or ');
  if (node.enum) return `one of ${node.enum.map((v) => literal(JSON.stringify(v))).join(', ')}`;
  switch (node.type) {
    case 'number':
    case 'integer':
      return `${node.type}${describeBounds(node)}`;
    case 'string':
      if (node.pattern) return `string matching ${literal(node.pattern)}`;
      return node.minLength === 1 ? 'non-empty string' : 'string';
    case 'array': {
      const of = node.items ? ` of ${plural(describeType(node.items, literal))}` : '';
      return `list${of}${node.maxItems === undefined ? '' : ` (at most ${node.maxItems})`}`;
    }
    case 'object':
      return 'mapping';
    default:
      return node.type ?? 'value';
  }
}

/** `describeType` with an indefinite article, for messages: `an integer in [1, 32]`, `a mapping`. */
export function describeTypeWithArticle(node: SchemaNode): string {
  if (node.anyOf) return node.anyOf.map(describeTypeWithArticle).join(' or ');
  const type = describeType(node);
  if (type.startsWith('one of') || type.startsWith('list')) return type;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

function describeBounds(node: SchemaNode): string {
  const safe = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);
  const min = safe(node.minimum);
  const max = safe(node.maximum);
  if (min !== undefined && max !== undefined) return ` in [${min}, ${max}]`;
  if (min !== undefined) return ` ≥ ${min}`;
  if (max !== undefined) return ` ≤ ${max}`;
  if (node.exclusiveMinimum !== undefined) return ` > ${node.exclusiveMinimum}`;
  if (node.exclusiveMaximum !== undefined) return ` < ${node.exclusiveMaximum}`;
  return '';
}

function plural(type: string): string {
  return type.replace(/^(mapping|string|number|integer|list)/, '$1s');
}
