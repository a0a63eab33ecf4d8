// Opens a results folder written by `scorechase run` (manifest.json, metrics.csv, agents.csv, events.json) as a RunStore.
import { csvParse } from 'd3';
import { stringify } from 'yaml';
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';
import type { MetricRow } from '../../sim/metrics/reporter.js';
import type { ResolvedScenario } from '../../sim/scenario/resolved.js';
import type { AgentFrame, ScenarioSummary } from '../worker/protocol.js';
import { toShockEvent } from '../worker/shockEvents.js';
import { RunStore } from './runStore.js';

/** The files a results folder holds; manifest.json is required, the others are read when present. */
export const RESULTS_FILES = ['manifest.json', 'metrics.csv', 'agents.csv', 'events.json'] as const;

/** A results folder that could not be opened, with what to do about it. */
export class ResultsFolderError extends Error {
  override readonly name = 'ResultsFolderError';
}

interface Manifest {
  engine?: string;
  scenarioFile?: string;
  seed: number | string;
  ticks: number;
  written?: unknown;
  resolved: ResolvedScenario;
  outputs?: Record<string, string>;
}

/** Parses metrics.csv rows `tick,metric,group,value` (empty value → NaN). */
export function parseMetricsCsv(text: string): MetricRow[] {
  return csvParse(text).map((r) => ({ tick: Number(r.tick), metric: r.metric ?? '', group: r.group ?? '', value: r.value === '' ? NaN : Number(r.value) }));
}

/** agents.csv as a frame at the last tick (no edges: the results folder holds no network), and the algorithms found. */
export function parseAgentsCsv(text: string, tick: number, displayed: string): { frame: AgentFrame; algorithms: string[] } {
  const table = csvParse(text);
  const n = table.length;
  const algorithms = table.columns.filter((c) => c.startsWith('score_')).map((c) => c.slice('score_'.length));
  const column = <T extends Float32Array | Float64Array | Int32Array | Uint32Array | Uint8Array>(make: new (n: number) => T, name: string) => {
    const out = new make(n);
    table.forEach((r, i) => (out[i] = Number(r[name] ?? 0)));
    return out;
  };
  const scores = algorithms.map((a) => column(Float32Array, `score_${a}`));
  const shown = Math.max(0, algorithms.indexOf(displayed));
  const frame: AgentFrame = {
    tick, count: n,
    type: Uint8Array.from(table, (r) => Math.max(0, (AGENT_TYPES as readonly string[]).indexOf(r.type ?? ''))),
    active: column(Uint8Array, 'active'), score: scores[shown] ?? new Float32Array(n), displayed, scores,
    followers: column(Int32Array, 'followers'), trueInfluence: column(Float64Array, 'true_influence'),
    sharesReceived: column(Uint32Array, 'shares_received'), mentionsReceived: column(Uint32Array, 'mentions_received'),
    posts: column(Uint32Array, 'posts'), edgeSrc: new Int32Array(0), edgeDst: new Int32Array(0),
  };
  return { frame, algorithms };
}

/** Builds a saved run from the folder's file texts by name; throws `ResultsFolderError` when it cannot. */
export function openResultsFolder(files: ReadonlyMap<string, string>): RunStore {
  const manifestText = files.get('manifest.json');
  if (manifestText === undefined) {
    throw new ResultsFolderError(`manifest.json is missing: choose every file of a results folder written by "scorechase run" (${RESULTS_FILES.join(', ')})`);
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
  } catch (error) {
    throw new ResultsFolderError(`manifest.json is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof manifest.resolved !== 'object' || manifest.resolved === null || typeof manifest.ticks !== 'number') {
    throw new ResultsFolderError('manifest.json has no "resolved" scenario or "ticks": is it a scorechase results folder?');
  }
  const displayed = manifest.resolved.scoring?.displayed ?? '';
  const agents = files.has('agents.csv') ? parseAgentsCsv(files.get('agents.csv')!, manifest.ticks, displayed) : undefined;
  const summary: ScenarioSummary = {
    name: manifest.resolved.name, description: manifest.resolved.description ?? '', file: manifest.scenarioFile ?? 'manifest.json',
    seed: manifest.seed, ticks: manifest.ticks, agentCount: agents?.frame.count ?? manifest.resolved.agents?.count ?? 0,
    algorithms: agents?.algorithms ?? [...(manifest.resolved.scoring?.shadow ?? [])], displayed, frameEvery: 0,
    resolved: manifest.resolved, source: stringify(manifest.written ?? manifest.resolved),
  };
  const store = new RunStore('saved', summary);
  store.rows = files.has('metrics.csv') ? parseMetricsCsv(files.get('metrics.csv')!) : [];
  if (agents) store.addFrame(agents.frame);
  if (files.has('events.json')) {
    const raw: unknown = JSON.parse(files.get('events.json')!);
    store.events = Array.isArray(raw) ? raw.map((e) => toShockEvent(e, 0)) : [];
  }
  store.head = manifest.ticks;
  store.done = true;
  return store;
}
