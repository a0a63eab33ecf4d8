// The data of a sweep's report: each arm's mean and 95 % interval per metric and tick, and the paired differences.
import { csvParse } from 'd3';
import type { Provenance } from '../data/reportData.js';
import { ReportInputError } from '../data/reportInputError.js';

/** One aggregated value: an arm (or a difference of two arms), a metric and group, a tick, and its statistics. */
export interface SweepPoint {
  arm: string;
  /** For a paired difference, the arm it is compared with; '' in the summary. */
  versus: string;
  metric: string;
  group: string;
  tick: number;
  n: number;
  mean: number;
  sd: number;
  low: number;
  high: number;
}

/** Everything a sweep's report shows; JSON-serialisable (the interactive page embeds it). */
export interface SweepReportData {
  kind: 'sweep';
  provenance: Provenance;
  name: string;
  description: string;
  /** Arms in plan order, each with the parameter values it sets. */
  arms: Array<{ arm: string; params: Record<string, unknown> }>;
  seeds: Array<number | string>;
  runs: { planned: number; completed: number; missing: number };
  summary: SweepPoint[];
  differences: SweepPoint[];
  written: unknown;
  /** The base scenario's file name. */
  baseFile: string;
}

interface SweepRecord {
  engine?: unknown;
  version?: unknown;
  sweepFile?: unknown;
  name?: unknown;
  description?: unknown;
  runs?: { planned?: number; completed?: number; missing?: unknown[] };
  written?: unknown;
  resolved?: { seeds?: Array<number | string>; ticks?: number | null };
  base?: { file?: string };
  arms?: Array<{ arm: string; params?: Record<string, unknown>; ticks?: number }>;
}

/** Reads sweep.json, summary.csv and differences.csv (by name) into a sweep's report data; throws `ReportInputError` naming the file. */
export function sweepReportData(files: ReadonlyMap<string, string>, hashes: { scenarioHash: string; manifestHash: string }): SweepReportData {
  const text = files.get('sweep.json');
  if (text === undefined) throw new ReportInputError('sweep.json', 'is missing');
  let record: SweepRecord;
  try {
    record = JSON.parse(text) as SweepRecord;
  } catch (error) {
    throw new ReportInputError('sweep.json', `is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(record.arms) || record.arms.length === 0) throw new ReportInputError('sweep.json', 'lists no arms: is this a folder written by "scorechase sweep"?');
  const summaryText = files.get('summary.csv');
  if (summaryText === undefined) throw new ReportInputError('summary.csv', 'is missing: the sweep has not been aggregated (run "scorechase sweep" or "scorechase merge" to finish it)');
  const summary = parsePoints(summaryText, 'summary.csv');
  const differences = files.has('differences.csv') ? parsePoints(files.get('differences.csv')!, 'differences.csv') : [];
  const ticks = Math.max(0, ...summary.map((p) => p.tick));
  return {
    kind: 'sweep',
    provenance: {
      engine: String(record.engine ?? 'scorechase'),
      version: String(record.version ?? 'unknown'),
      scenarioFile: String(record.sweepFile ?? 'sweep.yaml'),
      seed: (record.resolved?.seeds ?? []).join(' '),
      ticks,
      ...hashes,
    },
    name: String(record.name ?? 'sweep'),
    description: String(record.description ?? ''),
    arms: record.arms.map((a) => ({ arm: String(a.arm), params: a.params ?? {} })),
    seeds: record.resolved?.seeds ?? [],
    runs: { planned: record.runs?.planned ?? 0, completed: record.runs?.completed ?? 0, missing: record.runs?.missing?.length ?? 0 },
    summary,
    differences,
    written: record.written ?? null,
    baseFile: String(record.base?.file ?? ''),
  };
}

const NUMBER_COLUMNS = ['tick', 'n', 'mean', 'sd', 'ci_low', 'ci_high'] as const;

/** Parses summary.csv or differences.csv (`arm[,versus],metric,group,tick,n,mean,sd,ci_low,ci_high`). */
export function parsePoints(text: string, file: string): SweepPoint[] {
  const table = csvParse(text);
  for (const column of ['arm', 'metric', 'group', ...NUMBER_COLUMNS]) {
    if (!table.columns.includes(column)) throw new ReportInputError(file, `has no "${column}" column`);
  }
  const number = (value: string | undefined) => (value === undefined || value === '' ? NaN : Number(value));
  return table.map((r, i) => {
    const tick = Number(r.tick);
    if (!Number.isInteger(tick)) throw new ReportInputError(file, `line ${i + 2}: tick "${r.tick}" is not a whole number`);
    return {
      arm: r.arm ?? '', versus: r.versus ?? '', metric: r.metric ?? '', group: r.group ?? '', tick,
      n: number(r.n), mean: number(r.mean), sd: number(r.sd), low: number(r.ci_low), high: number(r.ci_high),
    };
  });
}

/** The distinct `metric:group` keys of the points, in first-seen order. */
export function metricKeys(points: readonly SweepPoint[]): Array<{ metric: string; group: string }> {
  const seen = new Map<string, { metric: string; group: string }>();
  for (const p of points) if (!seen.has(`${p.metric}\u0000${p.group}`)) seen.set(`${p.metric}\u0000${p.group}`, { metric: p.metric, group: p.group });
  return [...seen.values()];
}
