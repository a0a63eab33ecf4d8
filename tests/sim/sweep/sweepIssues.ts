// Test helper: the issues a sweep loader throws, rendered as `file:line:column: path: message` lines.
import { ScenarioError, formatIssue } from '../../../sim/scenario/errors.js';

/** The formatted issues `load()` throws as a ScenarioError; fails the test when it throws nothing or something else. */
export function issueLines(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

/** Lines of a YAML document, so sources in tests read like files. */
export const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
