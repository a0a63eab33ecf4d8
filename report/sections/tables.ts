// The tables of a run's report: validity of every score, the Million Follower Fallacy, and each shock's winners and losers by type.
import type { RunReportData } from '../data/reportData.js';
import { summarySections } from '../data/summarySections.js';
import { block, fmt, percent, signed, type Block, type Text } from '../doc/reportDoc.js';
import { shockHorizon } from './findings.js';

const cell = (value: string): Text => [value];

/** The tables, each under a heading; sections with no data are left out. */
export function runTables(data: RunReportData): Block[] {
  const s = summarySections(data.summary);
  const blocks: Block[] = [];
  const validity = s.validity?.algorithms;
  if (validity && Object.keys(validity).length > 0) {
    blocks.push(block.h3('Validity against true influence'), block.p(`Rank correlation of each score with true influence (people converted) on day ${s.validity?.tick ?? data.provenance.ticks}, over all active agents and within the true top 10 % and 1 %; precision: the share of the true top 10 % in the score's top 10 %; hidden gems: agents of the true top 10 % below the score's median.`));
    blocks.push({
      kind: 'table',
      headers: ['score', 'ρ all', 'ρ top 10 %', 'ρ top 1 %', 'τ all', 'precision top 10 %', 'hidden gems'],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: Object.entries(validity).map(([name, v]) => [
        name === data.displayed ? [{ code: name }, ' (displayed)'] : [{ code: name }],
        cell(fmt(v.spearman)), cell(fmt(v.top10?.spearman)), cell(fmt(v.top1?.spearman)), cell(fmt(v.kendall)), cell(fmt(v.top10?.precision)), cell(fmt(v.hiddenGems)),
      ]),
    });
  }
  const pairs = s.fallacy?.pairs;
  if (pairs && pairs.length > 0) {
    blocks.push(block.h3('The Million Follower Fallacy'), block.p("Spearman's ρ between two measures of influence over all active agents, and over the agents in the top 10 % or 1 % by either measure."));
    blocks.push({
      kind: 'table',
      headers: ['measures', 'all', 'top 10 %', 'top 1 %'],
      align: ['left', 'right', 'right', 'right'],
      rows: pairs.map((p) => [cell(p.pair.replace(/-/g, ' – ')), cell(fmt(p.all)), cell(fmt(p.top10)), cell(fmt(p.top1))]),
    });
  }
  for (const shock of s.shocks) {
    const horizon = shockHorizon(shock);
    if (!horizon) continue;
    const what = shock.from && shock.to ? ` (${shock.from} → ${shock.to})` : '';
    blocks.push(block.h3(`Shock on day ${shock.tick}${what}: winners and losers by type`), block.p(`Change of each agent's displayed score from the day before the shock to ${horizon.daysAfter} days after (day ${horizon.tick}), by cohort; ${horizon.panel} agents active on both days.`));
    blocks.push({
      kind: 'table',
      headers: ['cohort', 'agents', 'median change', 'mean change', 'rose', 'fell', 'stayed'],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: Object.entries(horizon.cohorts).map(([name, c]) => [
        cell(COHORT_NAMES[name] ?? name), cell(fmt(c.agents)), cell(signed(c.median)), cell(signed(c.mean)), cell(percent(c.rose)), cell(percent(c.fell)), cell(percent(c.stayed)),
      ]),
    });
  }
  return blocks;
}

/** Readable names of the shock analysis's cohorts that are not agent types. */
const COHORT_NAMES: Record<string, string> = {
  all: 'everyone',
  top10: 'previous top 10 %',
  rest: 'the other 90 %',
  active: 'active before',
  quiet: 'quiet before',
};
