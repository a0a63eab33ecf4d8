// A sweep's report as blocks and figures: design, findings at the last tick, figures with bands, tables and reproduction.
import { stringify } from 'yaml';
import { block, fmt, signed, type Block, type Text } from '../doc/reportDoc.js';
import { shellWord } from '../doc/escape.js';
import type { Report } from '../runReport.js';
import { sweepFigures } from './sweepFigures.js';
import { metricKeys, type SweepPoint, type SweepReportData } from './sweepReportData.js';

/** The points of one metric and group at its last tick. */
function lastPoints(points: readonly SweepPoint[], metric: string, group: string): SweepPoint[] {
  const mine = points.filter((p) => p.metric === metric && p.group === group);
  const last = Math.max(-1, ...mine.map((p) => p.tick));
  return mine.filter((p) => p.tick === last);
}

const interval = (p: SweepPoint) => `${fmt(p.low)} to ${fmt(p.high)}`;

/** Whether a difference's 95 % interval excludes zero. */
function clear(p: SweepPoint): boolean {
  return p.low > 0 || p.high < 0;
}

/** Builds a sweep's report; `sweepDir` is the folder name the reproduction commands use. */
export function sweepReport(doc: Document, data: SweepReportData, sweepDir: string): Report {
  const figures = sweepFigures(doc, data);
  const title = `${data.name}: sweep report`;
  const arms = data.arms.map((a) => a.arm);
  const findings: Text[] = [];
  const tables: Block[] = [];
  for (const { metric, group } of metricKeys(data.summary)) {
    const label = group === 'all' || group === '' ? metric : `${metric} (${group})`;
    const means = lastPoints(data.summary, metric, group);
    const diffs = lastPoints(data.differences, metric, group);
    if (means.length === 0) continue;
    const tick = means[0].tick;
    const clearDiffs = diffs.filter(clear);
    findings.push([
      { strong: label }, ` on day ${tick}: `, means.map((p) => `${p.arm} ${fmt(p.mean)} (95 % ${interval(p)})`).join('; '), '. ',
      diffs.length === 0 ? '' : clearDiffs.length === 0
        ? `No arm differs clearly from ${arms[0]} (every paired 95 % interval includes 0).`
        : `Clear paired differences from ${arms[0]}: ${clearDiffs.map((p) => `${p.arm} ${signed(p.mean)} (${interval(p)})`).join('; ')}.`,
    ]);
    const byArm = new Map(diffs.map((p) => [p.arm, p]));
    tables.push(block.h3(`${label} on day ${tick}`));
    tables.push({
      kind: 'table',
      headers: ['arm', 'runs', 'mean', 'sd', '95 % interval', `minus ${arms[0]}`, '95 % interval of the difference'],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: means.map((p) => {
        const d = byArm.get(p.arm);
        return [[p.arm], [fmt(p.n)], [fmt(p.mean)], [fmt(p.sd)], [interval(p)], [d ? signed(d.mean) : '—'], [d ? interval(d) : '—']] as Text[];
      }),
    });
  }
  const p = data.provenance;
  const blocks: Block[] = [
    block.h1(title),
    ...(data.description ? [block.p(data.description)] : []),
    block.p(`Sweep `, { code: p.scenarioFile }, ` on the base scenario `, { code: data.baseFile || 'unknown' }, `: ${arms.length} arm${arms.length === 1 ? '' : 's'} × ${data.seeds.length} seeds shared by every arm (common random numbers); ${data.runs.completed} of ${data.runs.planned} runs completed${data.runs.missing > 0 ? `, ${data.runs.missing} missing` : ''}; ${p.engine} ${p.version}.`),
    block.h2('Findings', 'findings'),
    block.p('Means over seeds with seeded bootstrap 95 % intervals; differences are paired seed by seed against the first arm.'),
    block.list(findings),
    block.h2('Figures', 'figures'),
    ...figures.map((f, i): Block => ({ kind: 'figure', figure: f.ref, number: i + 1 })),
    block.h2('Tables', 'tables'),
    ...tables,
    block.h2('Methods', 'methods'),
    block.p('Every arm is the base scenario as written with the values below set, validated like a scenario file; every arm runs the same seeds, so an arm minus the first is computed seed by seed. Each metric is the metrics.csv row of each run at each tick; the interval is a bootstrap over seeds.'),
    {
      kind: 'table',
      headers: ['arm', 'parameters'],
      rows: data.arms.map((a) => [[a.arm], Object.entries(a.params).flatMap(([k, v], i): Text => [...(i > 0 ? ['; '] : []), { code: k }, ` = ${JSON.stringify(v)}`])]),
    },
    block.p(`Seeds: ${data.seeds.map(String).join(', ')}.`),
    block.h2('Reproduction', 'reproduction'),
    block.p('Save the sweep file below as ', { code: p.scenarioFile }, ' next to its base scenario and run:'),
    block.code('sh', `npx scorechase sweep ${shellWord(p.scenarioFile)} --out ${shellWord(sweepDir)}`),
    block.list([['sweep.json sha256: ', { code: p.manifestHash }], ['sweep plan sha256: ', { code: p.scenarioHash }]]),
    block.p('The sweep file as written:'),
    block.code('yaml', stringify(data.written ?? {}).trimEnd()),
  ];
  return { title, blocks, figures };
}
