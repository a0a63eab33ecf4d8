// The methods section of a run's report, generated from the resolved scenario in the spirit of the ODD protocol.
import { DAY_PHASES } from '../../sim/engine/phases/index.js';
import type { ResolvedScenario } from '../../sim/scenario/resolved.js';
import type { RunReportData } from '../data/reportData.js';
import { block, fmt, type Block, type Text } from '../doc/reportDoc.js';
import { presentTypes } from './findings.js';

/** What each phase of the day does, by the engine's phase name (sim/engine/phases/index.ts holds the order). */
export const PHASE_SUMMARIES: Readonly<Record<string, string>> = {
  shocks: "the shocks scheduled for the day apply (a switch of the displayed score, a parameter change, perks, hiring, new agents, new links)",
  post: 'agents write posts within their time budget; bait is cheap and draws reactions',
  read: "agents read a budget-limited sample of their followees' posts; reading converts some readers (the ground truth of influence) and draws likes, replies, shares and mentions",
  cascade: 'followers of sharers read the shared posts and may share on, up to the maximum cascade depth',
  exposures: "the day's reads are added to each author's exposures",
  offline: 'offline influence converts people who leave no online trace',
  follow: 'follows through shares, deliberate follows, follow-backs and unfollows rewire the network',
  score: 'the scoring service recomputes the displayed score and the shadow scores',
  environment: 'perks follow the published scores; hiring policies hire on the score when due',
  respond: 'agents respond to the published scores: churn after a large drop, tactic learning and copying, perk effort',
};

/** Per-type parameters shown in the entities table, with their labels. */
const TYPE_FIELDS: ReadonlyArray<[string, string]> = [
  ['postsPerDay', 'posts per day'],
  ['baitShare', 'share of bait posts'],
  ['readsPerDay', 'reads per day'],
  ['minutesPerDay', 'minutes per day'],
  ['react', 'reaction probability'],
  ['scoreSeeking', 'score seeking'],
  ['quality', 'post quality'],
  ['offlineInfluence', 'offline influence'],
  ['followPerDay', 'follows per day'],
  ['followBack', 'follow-back probability'],
  ['linkNetworks', 'linked networks'],
];

/** The methods blocks: purpose, entities, process, initialisation, parameters, shocks. */
export function runMethods(data: RunReportData): Block[] {
  // The manifest's resolved scenario; read defensively (optional chaining) since an older folder may lack fields.
  const r = data.resolved as unknown as ResolvedScenario;
  const types = presentTypes(data);
  const blocks: Block[] = [block.h3('Purpose')];
  blocks.push(block.p(
    'Scenario ', { code: data.name }, data.description ? `: ${data.description.trim().replace(/[.!?]$/, '')}. ` : '. ',
    'scorechase simulates people who chase an influence score and people who just engage on a follow network, scores them with one displayed algorithm and several shadow algorithms, and measures how far each score drifts from true influence: the people an agent\'s posts actually convert.',
  ));
  blocks.push(block.h3('Entities, state variables and scales'));
  blocks.push(block.p(
    `${fmt(r.agents?.count)} agents (${types.map((t) => `${data.counts[t]} ${t}`).join(', ')}) on one directed follow network with ${fmt(r.topics)} topics; `,
    `one tick is a day, and the run lasts ${data.provenance.ticks} days. Each agent has a type, a time budget, post quality, topics, offline influence, a displayed score and its true influence. Per type:`,
  ));
  blocks.push({
    kind: 'table',
    headers: ['parameter', ...types],
    align: ['left', ...types.map(() => 'right' as const)],
    rows: TYPE_FIELDS.map(([field, label]) => [[label], ...types.map((t): Text => [typeValue((r.agents?.types as unknown as Record<string, Record<string, unknown> | undefined> | undefined)?.[t]?.[field])])]),
  });
  blocks.push(block.h3('Process overview and scheduling'));
  blocks.push(block.p('Every day runs the same phases in a fixed order; metrics are collected after the last phase.'));
  blocks.push(block.ol(DAY_PHASES.map((phase) => [{ code: phase.name }, ` — ${PHASE_SUMMARIES[phase.name] ?? 'see the engine documentation'}.`])));
  blocks.push(block.h3('Design concepts'));
  const algorithms = [...new Set([r.scoring?.displayed, ...(r.scoring?.shadow ?? [])].filter((a): a is string => typeof a === 'string'))];
  blocks.push(block.list([
    ['Scoring: agents see ', { code: String(r.scoring?.displayed) }, ` at the start${data.shocks.some((s) => s.kind === 'switch') ? ' (until a switch shock)' : ''}; the scores computed alongside are ${algorithms.map((a) => a).join(', ')}, recomputed every ${fmt(r.scoring?.shadowEvery ?? 1)} day(s).`],
    [`Adaptation: ${r.response?.learning ? `score seekers learn tactics by softmax reinforcement (learning rate ${fmt(r.response?.learningRate)}, temperature ${fmt(r.response?.temperature)}) and copy higher scorers` : 'tactic learning is off'}; churn after a drop of ${fmt(r.response?.churnDrop)} points within ${fmt(r.response?.churnWindow)} days.`],
    [`Observation: metrics every ${fmt(r.metrics?.interval)} days, cliques every ${fmt(r.metrics?.cliqueInterval)} days, shock effects after ${(r.metrics?.shockHorizons ?? []).join(' and ')} days.`],
    ['Stochasticity: every random draw comes from one seeded generator, forked by name; the same scenario and seed give byte-identical results.'],
  ]));
  blocks.push(block.h3('Initialisation and input'));
  const network = r.network ?? {};
  blocks.push(block.p(
    `Seed ${String(data.provenance.seed)}. The follow network is generated by `, { code: String(network.generator) },
    ` (${Object.entries(network).filter(([k]) => k !== 'generator').map(([k, v]) => `${k} ${typeValue(v)}`).join(', ')}).`,
    network.generator === 'edge-list' ? ' The edge list is an input file next to the scenario.' : ' No input data.',
  ));
  blocks.push(block.h3('Parameters'));
  blocks.push(block.p('Every other parameter of the resolved scenario; "file" marks the values the scenario file sets, the rest are defaults.'));
  const rows = parameterRows(data.resolved, data.written, algorithms);
  blocks.push({ kind: 'table', headers: ['parameter', 'value', 'source'], align: ['left', 'right', 'left'], rows: rows.map(([path, value, source]) => [[{ code: path }], [value], [source]]) });
  blocks.push(block.h3('Shocks'));
  if (data.shocks.length === 0) blocks.push(block.p('None.'));
  else {
    blocks.push({
      kind: 'table',
      headers: ['day', 'kind', 'options', 'effect'],
      align: ['right', 'left', 'left', 'left'],
      rows: data.shocks.map((s) => [[String(s.tick)], [s.kind], [{ code: JSON.stringify(s.options) }], [{ code: JSON.stringify(s.effect) }]]),
    });
  }
  return blocks;
}

/** A parameter value as table text: ranges `min–max`, distributions `mean (sd)`, lists joined, objects as key value pairs. */
export function typeValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return fmt(value, 4);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return value.map(typeValue).join(value.some((v) => typeof v === 'object' && v !== null) ? '; ' : ', ');
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('min' in v && 'max' in v && Object.keys(v).length === 2) return `${typeValue(v.min)}–${typeValue(v.max)}`;
    if ('mean' in v && 'sd' in v && Object.keys(v).length === 2) return `${typeValue(v.mean)} (sd ${typeValue(v.sd)})`;
    return Object.entries(v).map(([k, x]) => `${k} ${typeValue(x)}`).join(', ');
  }
  return String(value);
}

/** Sections of the resolved scenario listed elsewhere in the methods, not in the parameters table. */
const ELSEWHERE = new Set(['name', 'description', 'seed', 'ticks', 'agents', 'network', 'shocks']);

/** `[dotted path, value, source]` for every leaf of the resolved scenario outside `ELSEWHERE` (empty mappings skipped); scoring params only for the algorithms used. */
export function parameterRows(resolved: Record<string, unknown>, written: unknown, algorithms: readonly string[]): Array<[string, string, string]> {
  const rows: Array<[string, string, string]> = [];
  const walk = (value: unknown, path: string[]) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (path.length === 0 && ELSEWHERE.has(key)) continue;
        if (path.length === 2 && path[0] === 'scoring' && path[1] === 'params' && !algorithms.includes(key)) continue;
        walk(child, [...path, key]);
      }
      return;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return;
    rows.push([path.join('.'), typeValue(value), hasPath(written, path) ? 'file' : 'default']);
  };
  walk(resolved, []);
  return rows;
}

function hasPath(value: unknown, path: readonly string[]): boolean {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !(key in (at as object))) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}
