// Loads a scenario file's text: parse the YAML, validate against the schema, normalise; every problem with its line.
import { LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { ScenarioError, formatPath, parsePath, sortIssues, type ScenarioIssue } from './errors.js';
import { yamlLocator, type Locator } from './locate.js';
import { normaliseScenario, type ScenarioOptions } from './normalise.js';
import type { LoadedScenario } from './resolved.js';
import { scenarioSchema } from './schema.js';
import { validKeysAt } from './schemaWalk.js';
import { describeZodIssues } from './zodIssues.js';

/**
 * Loads a scenario from its source text. `file` names it in messages and, when the scenario has no
 * `name`, gives the name. An empty file is the scenario of all defaults. Throws a `ScenarioError`
 * listing every problem found at the first stage that fails (YAML syntax, then the schema, then the
 * checks of `normaliseScenario`), sorted by line. `options.algorithms` defaults to `DEFAULT_ALGORITHMS`.
 */
export function loadScenario(source: string, file: string, options: ScenarioOptions = {}): LoadedScenario {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const locate: Locator = yamlLocator(doc, lineCounter);
  const issue = (path: string, message: string, position = locate(parsePath(path))): ScenarioIssue => ({
    file,
    path,
    line: position?.line ?? null,
    column: position?.column ?? null,
    message,
  });

  if (doc.errors.length > 0) {
    throw new ScenarioError(
      sortIssues(
        doc.errors.map((e) => {
          const { line, col } = lineCounter.linePos(e.pos[0]);
          const key = e.code === 'DUPLICATE_KEY' ? ` (key ${keyTextAt(source, e.pos[0])})` : '';
          return issue('', `invalid YAML: ${e.message}${key}`, { line, column: col });
        }),
      ),
    );
  }

  let written: unknown;
  try {
    written = doc.contents === null ? {} : doc.toJS();
  } catch (e) {
    const alias = unresolvedAlias(doc)?.range;
    const at = alias ? lineCounter.linePos(alias[0]) : undefined;
    const position = at ? { line: at.line, column: at.col } : null;
    throw new ScenarioError([issue('', `invalid YAML: ${(e as Error).message}`, position)]);
  }
  if (typeof written !== 'object' || written === null || Array.isArray(written)) {
    const got = Array.isArray(written) ? 'a list' : `the single value ${JSON.stringify(written)}`;
    throw new ScenarioError([
      issue('', `the top level must be a mapping of scenario keys (${validKeysAt([]).join(', ')}); got ${got}`),
    ]);
  }

  const parsed = scenarioSchema.safeParse(written, { reportInput: true });
  if (!parsed.success) {
    const messages = describeZodIssues(parsed.error.issues);
    throw new ScenarioError(sortIssues(messages.map((m) => issue(formatPath(m.segments), m.message))));
  }

  try {
    return { file, source, written, resolved: normaliseScenario(parsed.data, file, options) };
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    throw new ScenarioError(sortIssues(e.issues.map((i) => (i.line === null ? issue(i.path, i.message) : i))));
  }
}

/** The first alias whose anchor is not defined before it, if any. */
function unresolvedAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_key, alias) {
      if (alias.resolve(doc) !== undefined) return undefined;
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

/** The text of a plain key written at an offset: everything up to the colon. */
function keyTextAt(source: string, offset: number): string {
  const end = source.slice(offset).search(/[:\n]/);
  return source.slice(offset, end < 0 ? undefined : offset + end).trim();
}
