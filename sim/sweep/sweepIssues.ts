// Turns zod issues of a sweep file into messages that say what was given and what would be valid.
import type { z } from 'zod';
import { didYouMean } from '../scenario/didYouMean.js';
import type { PathSegment } from '../scenario/errors.js';
import { describeValue, type FieldMessage } from '../scenario/zodIssues.js';
import { bootstrapSchema, gridRangeSchema, MAX_SEEDS, sweepSchema } from './schema.js';

type Issue = z.core.$ZodIssue;

const SEED = 'a whole number or a word of letters, digits, ".", "_" and "-"';

/** What a union field accepts, by where it is. */
function expectedAt(segments: readonly PathSegment[]): string {
  if (segments[0] === 'grid') return 'a list of values or a range {from, to, step}';
  if (segments[0] === 'seeds' && segments.length === 1) return `a whole number from 1 to ${MAX_SEEDS} (the seeds 1..n) or a list of seeds`;
  return SEED;
}

/** The keys a mapping at this path accepts. */
function validKeysAt(segments: readonly PathSegment[]): string[] {
  if (segments.length === 0) return Object.keys(sweepSchema.shape);
  if (segments[0] === 'bootstrap') return Object.keys(bootstrapSchema.shape);
  if (segments[0] === 'grid') return Object.keys(gridRangeSchema.shape);
  return [];
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  array: 'a list',
  object: 'a mapping',
  boolean: 'true or false',
};

/**
 * One message per problem. A union that failed (a grid entry, the seeds) is explained through the
 * alternative that matches the kind of value given (a mapping → the range's own problems), or else
 * as what it accepts. Issues must come from `safeParse(data, { reportInput: true })`.
 */
export function describeSweepIssues(issues: readonly Issue[], prefix: readonly PathSegment[] = []): FieldMessage[] {
  const messages: FieldMessage[] = [];
  for (const issue of issues) {
    const segments = [...prefix, ...issue.path.map((s) => (typeof s === 'number' ? s : String(s)))];
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'unrecognized_keys') {
      const valid = validKeysAt(segments);
      for (const key of issue.keys) {
        messages.push({ segments: [...segments, key], message: `unknown key "${key}";${didYouMean(key, valid)} valid keys: ${valid.join(', ')}` });
      }
    } else if (issue.code === 'invalid_union') {
      const matching = issue.errors.find((branch) => !branch.some((e) => e.path.length === 0 && e.code === 'invalid_type'));
      if (matching) messages.push(...describeSweepIssues(matching, segments));
      else messages.push({ segments, message: `expected ${expectedAt(segments)}, got ${describeValue(input)}` });
    } else if (issue.code === 'invalid_type') {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      messages.push({ segments, message: input === undefined ? `missing required field; expected ${expected}` : `expected ${expected}, got ${describeValue(input)}` });
    } else if (issue.code === 'too_small' || issue.code === 'too_big') {
      messages.push({ segments, message: boundMessage(issue, input) });
    } else if (issue.code === 'invalid_format') {
      messages.push({ segments, message: `must be ${issue.message} (got ${describeValue(input)})` });
    } else {
      messages.push({ segments, message: issue.message });
    }
  }
  return messages;
}

function boundMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, input: unknown): string {
  const big = issue.code === 'too_big';
  const bound = Number(big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  if (issue.origin === 'string') return 'must not be empty';
  if (issue.origin === 'array') return `must have at ${big ? 'most' : 'least'} ${bound} entries`;
  const inclusive = issue.inclusive !== false;
  const relation = big ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'greater than';
  return `must be ${relation} ${bound} (got ${describeValue(input)})`;
}
