// Applies the explorer's parameter inputs to a scenario file's text, keeping its comments and layout.
import { Document, parseDocument } from 'yaml';
import { parsePath } from '../../sim/scenario/errors.js';
import type { ParameterOverrides } from './protocol.js';

/**
 * The scenario text with each override written at its dotted path (`agents.types.chaser.scoreSeeking`),
 * creating missing mappings. Invalid values are written as given: `loadScenario` then reports them with
 * their line, exactly as the CLI would. Text without overrides is returned unchanged.
 */
export function applyOverrides(source: string, overrides: ParameterOverrides): string {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return source;
  const parsed = parseDocument(source);
  if (parsed.errors.length > 0) return source;
  const doc: Document = parsed.contents === null ? new Document({}) : parsed;
  for (const [path, value] of entries) doc.setIn(parsePath(path), value);
  return doc.toString();
}
