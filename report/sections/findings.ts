// The headline findings of a run's report: each a sentence with the numbers measured.
import type { RunReportData } from '../data/reportData.js';
import { summarySections, type ShockAnalysis } from '../data/summarySections.js';
import { fmt, percent, signed, type Text } from '../doc/reportDoc.js';
import { SHOCK_HORIZON_DAYS } from '../figures/runFigures.js';

/** The value of `metric` for `group` at the last tick that has it, or undefined. */
export function lastValue(data: RunReportData, metric: string, group: string): { tick: number; value: number } | undefined {
  let found: { tick: number; value: number } | undefined;
  for (const r of data.rows) if (r.metric === metric && r.group === group && (!found || r.tick >= found.tick)) found = { tick: r.tick, value: r.value };
  return found;
}

/** The agent types the scenario has, in the engine's order. */
export function presentTypes(data: RunReportData): string[] {
  return data.types.filter((t) => (data.counts[t] ?? 0) > 0);
}

/** The findings, one list item each, in a fixed order; sections whose data is missing are left out. */
export function runFindings(data: RunReportData): Text[] {
  const s = summarySections(data.summary);
  const items: Text[] = [];
  const medians = presentTypes(data).map((t) => [t, lastValue(data, 'score-median', t)] as const).filter(([, v]) => v !== undefined);
  const p50 = lastValue(data, 'score', 'p50');
  const p95 = lastValue(data, 'score', 'p95');
  if (medians.length > 0) {
    const tick = medians[0][1]!.tick;
    const spread = p50 && p95 ? `; over everyone the median is ${fmt(p50.value)} and the 95th percentile ${fmt(p95.value)}` : '';
    items.push([
      'Displayed score ', { code: data.displayed }, ` on day ${tick}: median by type `,
      medians.map(([t, v]) => `${t} ${fmt(v!.value)}`).join(', '), `${spread}.`,
    ]);
  }
  const validity = s.validity?.algorithms;
  const shown = validity?.[data.displayed];
  if (validity && shown) {
    const gems = shown.hiddenGems ?? 0;
    const byType = Object.entries(shown.hiddenGemsByType ?? {}).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ');
    items.push([
      { code: data.displayed }, ` ranks the ${s.validity?.agents ?? 'active'} active agents by true influence with Spearman's ρ = ${fmt(shown.spearman)} over all and ${fmt(shown.top10?.spearman)} within the true top 10 %; `,
      `it puts ${percent(shown.top10?.precision)} of the true top 10 % in its own top 10 %, and ${gems} of them (hidden gems${byType ? `: ${byType}` : ''}) below its median.`,
    ]);
    const ranked = Object.entries(validity).filter(([, v]) => typeof v.spearman === 'number').sort((a, b) => (b[1].spearman ?? 0) - (a[1].spearman ?? 0) || (a[0] < b[0] ? -1 : 1));
    if (ranked.length > 1) {
      const [best, worst] = [ranked[0], ranked[ranked.length - 1]];
      items.push(['Of the ', String(ranked.length), ' scores computed, ', { code: best[0] }, ` tracks true influence best (ρ = ${fmt(best[1].spearman)}) and `, { code: worst[0] }, ` worst (ρ = ${fmt(worst[1].spearman)}).`]);
    }
  }
  const pair = s.fallacy?.pairs?.find((p) => p.pair === 'followers-shares');
  if (pair) {
    items.push([`Million Follower Fallacy: followers and shares received correlate with ρ = ${fmt(pair.all)} over all active agents but ${fmt(pair.top10)} within the top 10 %.`]);
  }
  for (const shock of s.shocks) items.push(shockFinding(shock));
  const c = s.cliques;
  if (c && typeof c.modularity === 'number') {
    items.push([`Cliques on day ${c.tick ?? data.provenance.ticks}: modularity ${fmt(c.modularity)}, chasers' E-I index ${fmt(c.chaserEI)} (−1: chasers only link to each other), score assortativity ${fmt(c.scoreAssortativity)}.`]);
  }
  for (const round of s.hiring) {
    items.push([`Hiring on day ${String(round.tick)}: ${String(round.hired)} hired on the score; ${percent(round.precision as number)} of them are in the true top ${String(round.hired)}.`]);
  }
  return items;
}

/** One shock's finding: each type's median change at the horizon nearest `SHOCK_HORIZON_DAYS`. */
function shockFinding(shock: ShockAnalysis): Text {
  const horizon = shockHorizon(shock);
  const what = shock.from && shock.to ? `the displayed score switched from ${shock.from} to ${shock.to}` : 'a shock applied';
  if (!horizon) return [`On day ${shock.tick} ${what}.`];
  const types = Object.entries(horizon.cohorts).filter(([name]) => !['all', 'top10', 'rest', 'active', 'quiet'].includes(name));
  const changes = types.map(([name, c]) => `${name} ${signed(c.median)} (${percent(c.fell)} fell)`).join(', ');
  const all = horizon.cohorts.all;
  return [
    `On day ${shock.tick} ${what}. ${horizon.daysAfter} days later the median change of score by type was ${changes}; `,
    `over everyone ${signed(all?.median)}, the previous top 10 % ${signed(horizon.cohorts.top10?.median)}; rank churn ${fmt(horizon.rankChurn)}.`,
  ];
}

/** The shock's horizon closest to `SHOCK_HORIZON_DAYS` days. */
export function shockHorizon(shock: ShockAnalysis): ShockAnalysis['horizons'][number] | undefined {
  return [...(shock.horizons ?? [])].sort((a, b) => Math.abs(a.daysAfter - SHOCK_HORIZON_DAYS) - Math.abs(b.daysAfter - SHOCK_HORIZON_DAYS) || a.daysAfter - b.daysAfter)[0];
}
