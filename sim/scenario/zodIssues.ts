// Turns zod validation issues into scenario messages that say what was given and what would be valid.
import type { z } from 'zod';
import { didYouMean } from './didYouMean.js';
import type { PathSegment } from './errors.js';
import { describeTypeWithArticle, schemaNodeAt, validKeysAt } from './schemaWalk.js';

/** A message about one field, before it is placed on a line. */
export interface FieldMessage {
  segments: PathSegment[];
  message: string;
}

type Issue = z.core.$ZodIssue;

/**
 * One message per problem: an unrecognised-keys issue becomes one message per unknown key (its path
 * ends in that key), and of several bound issues on one field only the tightest is kept. Issues must
 * come from `safeParse(data, { reportInput: true })` so that messages can quote the value given.
 */
export function describeZodIssues(issues: readonly Issue[]): FieldMessage[] {
  const messages: FieldMessage[] = [];
  for (const issue of tightestBounds(issues)) {
    const segments = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
    if (issue.code === 'unrecognized_keys') {
      const valid = validKeysAt(segments);
      for (const key of issue.keys) {
        const hint = didYouMean(key, valid);
        const list = `valid keys: ${valid.join(', ')}`;
        messages.push({
          segments: [...segments, key],
          message: `unknown key "${key}";${hint === '' ? ` ${list}` : `${hint} ${capitalise(list)}`}`,
        });
      }
    } else {
      messages.push({ segments, message: issueMessage(issue, segments) });
    }
  }
  return messages;
}

function issueMessage(issue: Issue, segments: PathSegment[]): string {
  const input = (issue as { input?: unknown }).input;
  const node = schemaNodeAt(segments);
  const expected = node ? describeTypeWithArticle(node) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `missing required field; expected ${expected ?? issue.expected}`;
      return `expected ${expected ?? issue.expected}, got ${describeKindOf(input)}`;
    case 'invalid_union':
      return `expected ${expected ?? 'another value'}, got ${describeKindOf(input)}`;
    case 'too_big':
    case 'too_small':
      return boundMessage(issue, input);
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const hint = typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : '';
      return `must be one of ${options.join(', ')} (got ${describeValue(input)})${hint === '' ? '' : `;${hint}`}`;
    }
    case 'invalid_format': {
      const rule = issue.message.startsWith('Invalid') ? `match ${issue.pattern ?? issue.format}` : `be ${issue.message}`;
      return `must ${rule} (got ${describeValue(input)})`;
    }
    case 'custom':
      return isRecord(input) ? `${issue.message} (got ${describeEntries(input)})` : issue.message;
    default:
      return issue.message;
  }
}

function boundMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, input: unknown): string {
  const big = issue.code === 'too_big';
  const bound = Number(big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') {
    if (!big && bound === 1) return 'must not be empty';
    return `must be at ${big ? 'most' : 'least'} ${bound} characters long (got ${String(input).length})`;
  }
  if (issue.origin === 'array') {
    const length = Array.isArray(input) ? ` (got ${input.length})` : '';
    return `must have at ${big ? 'most' : 'least'} ${bound} entries${length}`;
  }
  const relation = big ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'greater than';
  return `must be ${relation} ${bound} (got ${describeValue(input)})`;
}

/** Of several too_big (too_small) issues on one field, keeps the one with the lowest maximum (highest minimum). */
function tightestBounds(issues: readonly Issue[]): Issue[] {
  const kept = new Map<string, Issue>();
  const result: Issue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'too_big' && issue.code !== 'too_small') {
      result.push(issue);
      continue;
    }
    const key = `${issue.code}\u0000${issue.path.map(String).join('\u0000')}`;
    const previous = kept.get(key);
    if (previous === undefined) {
      kept.set(key, issue);
      result.push(issue);
    } else if (tighter(issue, previous)) {
      kept.set(key, issue);
      result[result.indexOf(previous)] = issue;
    }
  }
  return result;
}

function tighter(a: Issue, b: Issue): boolean {
  if (a.code === 'too_big' && b.code === 'too_big') return Number(a.maximum) < Number(b.maximum);
  if (a.code === 'too_small' && b.code === 'too_small') return Number(a.minimum) > Number(b.minimum);
  return false;
}

/** A value as a message quotes it: `1.5`, `"high"`, `true (a boolean)`, `a list`, `a mapping`, `an empty value`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return truncate(JSON.stringify(value));
  if (typeof value === 'boolean') return `${value} (a boolean)`;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

/** A value for a wrong-type message, naming the kind when quoting alone would hide it: `"high" (a string)`. */
function describeKindOf(value: unknown): string {
  return typeof value === 'string' ? `${describeValue(value)} (a string)` : describeValue(value);
}

function describeEntries(record: Record<string, unknown>): string {
  return Object.entries(record)
    .map(([k, v]) => `${k} ${typeof v === 'object' && v !== null ? describeValue(v) : String(v)}`)
    .join(', ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function truncate(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
