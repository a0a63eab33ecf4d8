// The scenario file reference (scenarios/REFERENCE.md), generated from the schema and the agent type defaults.
import { AGENT_TYPES } from '../core/agentTypes.js';
import { describeType, schemaFields, TYPE_PLACEHOLDER, type SchemaField } from './schemaWalk.js';
import { TYPE_DEFAULTS } from './typeDefaults.js';

const TYPE_PARAMS_PATH = `agents.types.${TYPE_PLACEHOLDER}.`;

/**
 * Markdown listing every scenario field by dotted path with its type, default and description
 * (per-type maps listed once under `<type>`), then a table of `TYPE_DEFAULTS`: one row per parameter,
 * one column per agent type. Deterministic: the same schema gives the same bytes.
 */
export function scenarioReferenceMarkdown(): string {
  const lines = [
    '# Scenario file reference',
    '',
    '<!-- Generated from sim/scenario/schema.ts and sim/scenario/typeDefaults.ts by scenarioReferenceMarkdown(); do not edit. Regenerate with `npm run docs:scenario`. -->',
    '',
    'A scenario is a YAML mapping. Every field is optional unless marked required; an empty file is a valid',
    'scenario of all defaults. `<type>` stands for any agent type: ' +
      `${AGENT_TYPES.map((t) => `\`${t}\``).join(', ')}.`,
    '',
    '## Fields',
    '',
    '| Field | Type | Default | Description |',
    '|---|---|---|---|',
    ...schemaFields({ collapseTypeMaps: true }).map(fieldRow),
    '',
    '## Agent type defaults',
    '',
    'What each `agents.types.<type>` field is when a scenario does not override it.',
    '',
    `| Parameter | ${AGENT_TYPES.join(' | ')} |`,
    `|---|${AGENT_TYPES.map(() => '---:|').join('')}`,
    ...typeDefaultRows(),
    '',
  ];
  return lines.join('\n');
}

function fieldRow(field: SchemaField): string {
  const { node, path } = field;
  let fallback = '—';
  if (field.required) fallback = '**required**';
  else if (path.startsWith(TYPE_PARAMS_PATH)) fallback = 'by type, see below';
  const value = node.default === undefined || node.type === 'object' ? fallback : `\`${JSON.stringify(node.default)}\``;
  return `| \`${path}\` | ${cell(describeType(node, (text) => `\`${text}\``))} | ${cell(value)} | ${cell(node.description ?? '')} |`;
}

function typeDefaultRows(): string[] {
  const rows: string[] = [];
  const first = TYPE_DEFAULTS[AGENT_TYPES[0]];
  for (const [key, value] of Object.entries(first)) {
    const subKeys = typeof value === 'object' && value !== null ? Object.keys(value) : [null];
    for (const sub of subKeys) {
      const values = AGENT_TYPES.map((t) => {
        const v = (TYPE_DEFAULTS[t] as unknown as Record<string, unknown>)[key];
        return String(sub === null ? v : (v as Record<string, unknown>)[sub]);
      });
      rows.push(`| \`${sub === null ? key : `${key}.${sub}`}\` | ${values.join(' | ')} |`);
    }
  }
  return rows;
}

/** Escapes a table cell: pipes and line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
