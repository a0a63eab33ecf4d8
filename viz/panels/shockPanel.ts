// The shock panel: displayed scores the day before a shock against k days after, by type and by prior cohort.
import { toCsv } from '../../sim/output/csv.js';
import { shockChange, type ShockChange } from '../analysis/shockChange.js';
import { histogramChart } from '../charts/histogramChart.js';
import { slopeChart } from '../charts/slopeChart.js';
import type { RunStore } from '../data/runStore.js';
import { ChartCard } from './chartCard.js';
import { moversTable } from './moversTable.js';
import { labelled, panelSection, type Panel, type ViewContext } from './panel.js';

/** Days after the shock compared by default (Klout's users compared their scores about a month on). */
export const DEFAULT_DAYS_AFTER = 30;

/** Before/after comparison of the displayed score around a shock, or between two ticks when there is none. */
export class ShockPanel implements Panel {
  readonly id = 'shock';
  readonly title = 'Shock';
  readonly element: HTMLElement;
  private readonly shockSelect: HTMLSelectElement;
  private readonly days: HTMLInputElement;
  private readonly note: HTMLElement;
  private readonly byType: ChartCard;
  private readonly byCohort: ChartCard;
  private readonly histogram: ChartCard;
  private readonly movers: ChartCard;
  private rerender: () => void = () => {};

  constructor(private readonly doc: Document) {
    this.element = panelSection(doc, this.id, 'Winners and losers of a shock',
      'Each agent\'s displayed score the day before a shock against k days after it — by type, by cohort of prior score, and agent by agent. Without a shock, the last k days up to the current tick.');
    const toolbar = doc.createElement('div');
    toolbar.className = 'panel-toolbar';
    this.shockSelect = doc.createElement('select');
    this.shockSelect.name = 'shock';
    this.days = Object.assign(doc.createElement('input'), { type: 'number', min: '1', value: String(DEFAULT_DAYS_AFTER), name: 'days-after' });
    toolbar.append(labelled(doc, 'Shock', this.shockSelect), labelled(doc, 'Days after (k)', this.days));
    this.note = doc.createElement('p');
    this.note.className = 'chart-message';
    this.byType = new ChartCard(doc, 'shock-by-type');
    this.byCohort = new ChartCard(doc, 'shock-by-cohort');
    this.histogram = new ChartCard(doc, 'shock-histogram');
    this.movers = new ChartCard(doc, 'shock-movers');
    const grid = doc.createElement('div');
    grid.className = 'chart-grid';
    grid.append(this.byType.element, this.byCohort.element, this.histogram.element, this.movers.element);
    this.element.append(toolbar, this.note, grid);
    for (const control of [this.shockSelect, this.days]) control.addEventListener('change', () => this.rerender());
  }

  render(view: ViewContext): void {
    this.rerender = () => this.render(view);
    const { run, tick } = view;
    this.syncShocks(run);
    const k = Math.max(1, Number(this.days.value) || DEFAULT_DAYS_AFTER);
    const pair = this.scoresToCompare(run, tick, k);
    if (!pair) {
      const why = run.origin === 'saved'
        ? 'A results folder holds only the final scores; use "Replay in browser" to see the shock agent by agent.'
        : 'Not enough frames yet: play or step the run.';
      for (const card of this.cards()) card.message(why);
      this.note.textContent = '';
      return;
    }
    this.note.textContent = pair.label;
    const change = shockChange(pair.before, pair.after, pair.types, { active: pair.active });
    this.show(change, pair.beforeLabel, pair.afterLabel);
  }

  cards(): ChartCard[] {
    return [this.byType, this.byCohort, this.histogram, this.movers];
  }

  private syncShocks(run: RunStore): void {
    const wanted = ['custom', ...run.events.map((_, i) => String(i))];
    const have = [...this.shockSelect.options].map((o) => o.value);
    if (wanted.join() === have.join()) return;
    const keep = this.shockSelect.value;
    this.shockSelect.replaceChildren(new Option(`last k days up to the current tick`, 'custom'),
      ...run.events.map((e, i) => new Option(`tick ${e.tick}: ${e.label}`, String(i))));
    this.shockSelect.value = wanted.includes(keep) && keep !== 'custom' ? keep : run.events.length > 0 ? '0' : 'custom';
  }

  private scoresToCompare(run: RunStore, tick: number, k: number) {
    const choice = this.shockSelect.value;
    const event = choice === 'custom' ? undefined : run.events[Number(choice)];
    const beforeTick = event ? event.tick - 1 : Math.max(0, tick - k);
    const afterFrame = run.frameAt(event ? Math.min(event.tick + k, tick) : tick);
    const baseline = event ? run.baselines.find((b) => b.tick === beforeTick) : undefined;
    const beforeFrame = run.frameAt(beforeTick);
    if (!afterFrame || (!baseline && !beforeFrame) || (!baseline && beforeFrame!.tick >= afterFrame.tick)) return undefined;
    const before = baseline?.score ?? beforeFrame!.score;
    const fromTick = baseline ? baseline.tick : beforeFrame!.tick;
    const label = event
      ? `${event.label} on tick ${event.tick}: displayed scores on tick ${fromTick} against tick ${afterFrame.tick} (${afterFrame.tick - event.tick} days after${afterFrame.tick - event.tick < k ? `; ${k} not reached yet` : ''}).`
      : `Displayed scores on tick ${fromTick} against tick ${afterFrame.tick}.`;
    return { before, after: afterFrame.score, types: afterFrame.type, active: afterFrame.active, label, beforeLabel: `tick ${fromTick}`, afterLabel: `tick ${afterFrame.tick}` };
  }

  private show(change: ShockChange, beforeLabel: string, afterLabel: string): void {
    const slopeCsv = (rows: ShockChange['byType']) => () => toCsv(['group', 'before', 'after', 'count'], rows.map((r) => [r.group, r.before, r.after, r.count]));
    const typeTitle = 'Median displayed score by type, before and after';
    this.byType.show({ title: typeTitle, svg: slopeChart(this.doc, change.byType, { title: typeTitle, beforeLabel, afterLabel }), csv: slopeCsv(change.byType) });
    const cohortTitle = 'Median displayed score by prior cohort';
    this.byCohort.show({ title: cohortTitle, svg: slopeChart(this.doc, change.byCohort, { title: cohortTitle, beforeLabel, afterLabel }), csv: slopeCsv(change.byCohort) });
    const histTitle = 'Change of displayed score per agent';
    this.histogram.show({
      title: histTitle,
      svg: histogramChart(this.doc, change.change, { title: histTitle, xLabel: `score change (${afterLabel} − ${beforeLabel})` }),
      csv: () => toCsv(['change'], Array.from(change.change, (v) => [v])),
    });
    const box = this.doc.createElement('div');
    box.className = 'movers-box';
    box.append(moversTable(this.doc, 'Biggest winners', change.winners), moversTable(this.doc, 'Biggest losers', change.losers));
    const movers = [...change.winners, ...change.losers];
    this.movers.show({ title: 'Winners and losers', node: box, csv: () => toCsv(['id', 'type', 'before', 'after'], movers.map((m) => [m.id, m.type, m.before, m.after])) });
  }
}
