// The data of a run's report: everything the figures, the tables and the interactive page need, as plain JSON.
import { csvParse } from 'd3';
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';
import type { MetricRow } from '../../sim/metrics/reporter.js';
import { shockLabel } from '../../sim/shocks/shockLabel.js';
import { ReportInputError } from './reportInputError.js';

/** Who made the figures and from what: written into every SVG and the reproduction block. */
export interface Provenance {
  engine: string;
  /** The scorechase version that wrote the results. */
  version: string;
  /** sha256 of the resolved scenario as JSON (the manifest's `resolved`). */
  scenarioHash: string;
  /** sha256 of manifest.json, which holds the hash of every output. */
  manifestHash: string;
  scenarioFile: string;
  seed: number | string;
  ticks: number;
}

/** An applied shock: day, kind, a short label for chart markers, its options and effect. */
export interface ReportShock {
  tick: number;
  kind: string;
  label: string;
  options: unknown;
  effect: unknown;
}

/** Final per-agent values for the distribution and scatter figures (parallel arrays, active agents only). */
export interface AgentSample {
  /** Active agents at the end of the run. */
  active: number;
  /** Agents in the sample (every active agent up to `AGENT_SAMPLE_LIMIT`, else an even stride over ids). */
  size: number;
  type: number[];
  score: number[];
  trueInfluence: number[];
  followers: number[];
}

/** Everything a run's report shows. Serialisable with JSON.stringify (the interactive page embeds it). */
export interface RunReportData {
  kind: 'run';
  provenance: Provenance;
  name: string;
  description: string;
  /** Score shown to agents at the end of the run, and every algorithm scored. */
  displayed: string;
  algorithms: string[];
  /** Agent type names, in the engine's order (indices of `AgentSample.type`). */
  types: string[];
  /** Agents per type at the start, from the resolved scenario. */
  counts: Record<string, number>;
  /** metrics.csv rows of the metrics the report draws. */
  rows: MetricRow[];
  shocks: ReportShock[];
  agents: AgentSample | undefined;
  /** summary.json as written (validity, million-follower-fallacy, shock-analysis, cliques, experience, hiring). */
  summary: Record<string, unknown>;
  /** The scenario as written and with every default. */
  written: unknown;
  resolved: Record<string, unknown>;
}

/** At most this many agents go into the distribution and scatter figures. */
export const AGENT_SAMPLE_LIMIT = 5000;

/** metrics.csv metrics the report uses (prefix match for `clique.`). */
const REPORT_METRICS = ['score-median', 'score', 'validity.spearman', 'true-influence-share', 'mff.spearman', 'reciprocity', 'posts', 'agents'];

interface Manifest {
  engine?: unknown;
  version?: unknown;
  scenarioFile?: unknown;
  seed?: unknown;
  ticks?: unknown;
  written?: unknown;
  resolved?: unknown;
}

/**
 * Reads a results folder's files (by name: manifest.json, metrics.csv, agents.csv, events.json,
 * summary.json) into a run's report data. manifest.json and metrics.csv are required; a missing agents.csv
 * leaves out the agent figures, a missing summary.json the tables. Throws `ReportInputError` naming the
 * file for anything unreadable.
 */
export function runReportData(files: ReadonlyMap<string, string>, hashes: { scenarioHash: string; manifestHash: string }): RunReportData {
  const manifest = parseJson(files, 'manifest.json', true) as Manifest;
  if (typeof manifest.resolved !== 'object' || manifest.resolved === null || typeof manifest.ticks !== 'number') {
    throw new ReportInputError('manifest.json', 'has no "resolved" scenario or "ticks": is this a folder written by "scorechase run"?');
  }
  const resolved = manifest.resolved as Record<string, unknown>;
  const scoring = (resolved.scoring ?? {}) as { displayed?: string; shadow?: string[] };
  const metricsText = files.get('metrics.csv');
  if (metricsText === undefined) throw new ReportInputError('metrics.csv', 'is missing from the results folder');
  const rows = parseMetricRows(metricsText);
  const shocks = parseShocks(files);
  const lastSwitch = [...shocks].reverse().find((s) => s.kind === 'switch');
  const switchedTo = lastSwitch && typeof (lastSwitch.options as { to?: unknown })?.to === 'string' ? (lastSwitch.options as { to: string }).to : undefined;
  const displayed = switchedTo ?? scoring.displayed ?? 'followers';
  const agentsText = files.get('agents.csv');
  const counts = ((resolved.agents as { counts?: Record<string, number> } | undefined)?.counts) ?? {};
  return {
    kind: 'run',
    provenance: {
      engine: String(manifest.engine ?? 'scorechase'),
      version: String(manifest.version ?? 'unknown'),
      scenarioFile: String(manifest.scenarioFile ?? 'scenario.yaml'),
      seed: typeof manifest.seed === 'number' || typeof manifest.seed === 'string' ? manifest.seed : String(manifest.seed),
      ticks: manifest.ticks,
      ...hashes,
    },
    name: String(resolved.name ?? 'scenario'),
    description: String(resolved.description ?? ''),
    displayed,
    algorithms: [...new Set([displayed, ...(scoring.shadow ?? [])])],
    types: [...AGENT_TYPES],
    counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)),
    rows,
    shocks,
    agents: agentsText === undefined ? undefined : agentSample(agentsText, displayed),
    summary: files.has('summary.json') ? (parseJson(files, 'summary.json', false) as Record<string, unknown>) : {},
    written: manifest.written ?? null,
    resolved,
  };
}

function parseJson(files: ReadonlyMap<string, string>, name: string, required: boolean): unknown {
  const text = files.get(name);
  if (text === undefined) {
    if (required) throw new ReportInputError(name, 'is missing: is this a folder written by "scorechase run"?');
    return {};
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) throw new Error('not a JSON object');
    return value;
  } catch (error) {
    throw new ReportInputError(name, `is not valid JSON: ${(error as Error).message}`);
  }
}

/** The report's metric rows of metrics.csv (`tick,metric,group,value`; empty value → NaN). */
export function parseMetricRows(text: string): MetricRow[] {
  const table = csvParse(text);
  for (const column of ['tick', 'metric', 'group', 'value']) {
    if (!table.columns.includes(column)) throw new ReportInputError('metrics.csv', `has no "${column}" column (expected tick,metric,group,value)`);
  }
  const rows: MetricRow[] = [];
  table.forEach((r, i) => {
    const metric = r.metric ?? '';
    if (!REPORT_METRICS.includes(metric) && !metric.startsWith('clique.')) return;
    const tick = Number(r.tick);
    if (!Number.isInteger(tick)) throw new ReportInputError('metrics.csv', `line ${i + 2}: tick "${r.tick}" is not a whole number`);
    rows.push({ tick, metric, group: r.group ?? '', value: r.value === '' || r.value === undefined ? NaN : Number(r.value) });
  });
  return rows;
}

function parseShocks(files: ReadonlyMap<string, string>): ReportShock[] {
  const text = files.get('events.json');
  if (text === undefined) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ReportInputError('events.json', `is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new ReportInputError('events.json', 'is not a list of shocks');
  return raw.map((e: Record<string, unknown>) => {
    const kind = typeof e?.kind === 'string' ? e.kind : 'shock';
    const options = e?.options ?? null;
    return { tick: typeof e?.tick === 'number' ? e.tick : 0, kind, label: shockLabel(kind, options), options, effect: e?.effect ?? null };
  });
}

/** Active agents' type, displayed score, true influence and followers; an even stride when there are too many. */
function agentSample(text: string, displayed: string): AgentSample {
  const table = csvParse(text);
  const scoreColumn = `score_${displayed}`;
  for (const column of ['type', 'active', 'followers', 'true_influence', scoreColumn]) {
    if (!table.columns.includes(column)) throw new ReportInputError('agents.csv', `has no "${column}" column`);
  }
  const active = table.filter((r) => r.active === '1');
  const stride = Math.max(1, Math.ceil(active.length / AGENT_SAMPLE_LIMIT));
  const chosen = active.filter((_, i) => i % stride === 0);
  const types = AGENT_TYPES as readonly string[];
  return {
    active: active.length,
    size: chosen.length,
    type: chosen.map((r) => Math.max(0, types.indexOf(r.type ?? ''))),
    score: chosen.map((r) => Number(r[scoreColumn])),
    trueInfluence: chosen.map((r) => Number(r.true_influence)),
    followers: chosen.map((r) => Number(r.followers)),
  };
}
