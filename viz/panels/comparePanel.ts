// The compare panel: run A and run B (another algorithm or scenario, same seed) side by side on one timeline.
import { bandChart } from '../charts/bandChart.js';
import { lineChart, type LineSeries } from '../charts/lineChart.js';
import { scoreBands, shockMarkers } from '../data/chartSeries.js';
import type { RunStore } from '../data/runStore.js';
import { NetworkView } from '../network/networkView.js';
import { ChartCard } from './chartCard.js';
import { labelled, panelSection, type Panel, type ViewContext } from './panel.js';
import { bandCsv, lineCsv } from './rowsCsv.js';

/** A variant to compare with: `algorithm:<name>` (same scenario, another displayed algorithm) or `scenario:<name>`. */
export type CompareVariant = string;

/** Side-by-side networks and score timelines of two runs, and their validity on one chart. */
export class ComparePanel implements Panel {
  readonly id = 'compare';
  readonly title = 'Compare';
  readonly element: HTMLElement;
  private readonly variant: HTMLSelectElement;
  private readonly status: HTMLElement;
  private readonly networks: [NetworkView, NetworkView];
  private readonly bands: [ChartCard, ChartCard];
  private readonly validity: ChartCard;
  private readonly headings: [HTMLElement, HTMLElement];

  constructor(private readonly doc: Document, algorithms: readonly string[], scenarios: readonly string[], onStart: (variant: CompareVariant) => void) {
    this.element = panelSection(doc, this.id, 'Compare two runs',
      'Run B repeats run A with the same seed and parameters but another displayed algorithm or another scenario; play, step and the scrubber drive both.');
    this.variant = doc.createElement('select');
    this.variant.name = 'compare-variant';
    const group = (label: string, values: readonly string[], prefix: string) => {
      const g = doc.createElement('optgroup');
      g.label = label;
      for (const v of values) g.append(new Option(v, `${prefix}:${v}`));
      return g;
    };
    this.variant.append(group('displayed algorithm', algorithms, 'algorithm'), group('scenario', scenarios, 'scenario'));
    const start = Object.assign(doc.createElement('button'), { type: 'button', textContent: 'Start run B' });
    start.addEventListener('click', () => onStart(this.variant.value));
    this.variant.addEventListener('change', () => (this.variant.dataset.touched = 'yes'));
    this.status = doc.createElement('p');
    this.status.className = 'chart-message';
    const toolbar = doc.createElement('div');
    toolbar.className = 'panel-toolbar';
    toolbar.append(labelled(doc, 'Run B', this.variant), start);
    const columns = doc.createElement('div');
    columns.className = 'compare-columns';
    const column = (name: string) => {
      const col = doc.createElement('div');
      const h = doc.createElement('h3');
      h.textContent = name;
      const stage = doc.createElement('div');
      stage.className = 'network-stage compact';
      const card = new ChartCard(doc, `compare-band-${name.slice(-1).toLowerCase()}`);
      col.append(h, stage, card.element);
      columns.append(col);
      return { h, view: new NetworkView(stage, `Follow network of ${name}`, () => {}), card };
    };
    const a = column('Run A');
    const b = column('Run B');
    this.networks = [a.view, b.view];
    this.bands = [a.card, b.card];
    this.headings = [a.h, b.h];
    this.validity = new ChartCard(doc, 'compare-validity');
    this.element.append(toolbar, this.status, columns, this.validity.element);
  }

  /** Proposes another algorithm than the displayed one as run B, unless the user chose already. */
  proposeFor(displayed: string): void {
    if (this.variant.dataset.touched) return;
    const other = [...this.variant.options].find((o) => o.value.startsWith('algorithm:') && o.value !== `algorithm:${displayed}`);
    if (other) this.variant.value = other.value;
  }

  /** Selects a variant in the picker (from a permalink). */
  choose(variant: CompareVariant): void {
    if ([...this.variant.options].some((o) => o.value === variant)) this.variant.value = variant;
    this.variant.dataset.touched = 'yes';
  }

  hide(): void {
    for (const view of this.networks) view.setVisible(false);
  }

  render({ run, tick, compare }: ViewContext): void {
    for (const view of this.networks) view.setVisible(true);
    this.status.textContent = compare ? '' : 'Choose run B and start it to compare.';
    this.proposeFor(run.summary.displayed);
    const runs: Array<RunStore | undefined> = [run, compare];
    runs.forEach((r, k) => {
      if (!r) {
        this.headings[k].textContent = 'Run B (not started)';
        return this.bands[k].message('Not started.');
      }
      this.headings[k].textContent = `Run ${'AB'[k]}: ${r.summary.name}, displayed ${r.summary.displayed}, seed ${r.summary.seed}`;
      const frame = r.frameAt(tick);
      if (frame) this.networks[k].setFrame(frame, r.summary.algorithms, 'type');
      const series = scoreBands(r, r.summary.displayed, tick);
      const title = `Run ${'AB'[k]}: ${r.summary.displayed} score by type`;
      this.bands[k].show({ title, svg: bandChart(this.doc, series, { title, yLabel: 'score', yDomain: [0, 100], cursor: tick, markers: shockMarkers(r), width: 520, height: 260 }), csv: () => bandCsv(series) });
    });
    const lines: LineSeries[] = runs.flatMap((r, k) => {
      if (!r) return [];
      const rows = r.metric('explorer.spearman', tick).filter((row) => row.group === r.summary.displayed);
      return [{ group: `${'AB'[k]}: ${r.summary.displayed}`, points: rows.map((row) => ({ tick: row.tick, value: row.value })) }];
    });
    const title = 'Spearman of the displayed score with true influence, A and B';
    this.validity.show({ title, svg: lineChart(this.doc, lines, { title, yLabel: 'ρ', cursor: tick, yMin: 'auto', width: 720 }), csv: () => lineCsv(lines) });
  }

  cards(): ChartCard[] {
    return [...this.bands, this.validity];
  }

  /** The two network views (for measurements). */
  views(): readonly NetworkView[] {
    return this.networks;
  }
}
