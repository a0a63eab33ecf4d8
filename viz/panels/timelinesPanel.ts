// The timelines panel: each algorithm's score by agent type over time (median and interquartile band), shocks marked.
import { bandChart } from '../charts/bandChart.js';
import { scoreBands, shockMarkers } from '../data/chartSeries.js';
import { ChartCard } from './chartCard.js';
import { panelSection, type Panel, type ViewContext } from './panel.js';
import { bandCsv } from './rowsCsv.js';

/** Small multiples of `bandChart`, one per active algorithm, the displayed one first, on a shared 0–100 axis. */
export class TimelinesPanel implements Panel {
  readonly id = 'timelines';
  readonly title = 'Timelines';
  readonly element: HTMLElement;
  private readonly grid: HTMLElement;
  private readonly cardsByAlgorithm = new Map<string, ChartCard>();

  constructor(private readonly doc: Document) {
    this.element = panelSection(doc, this.id, 'Score timelines by type',
      'Median score of each agent type (line) and its interquartile range (band), for every scoring algorithm computed in the run; dashed lines mark shocks, the grey line the current tick.');
    this.grid = doc.createElement('div');
    this.grid.className = 'chart-grid';
    this.element.append(this.grid);
  }

  render({ run, tick }: ViewContext): void {
    const { algorithms, displayed } = run.summary;
    const ordered = [displayed, ...algorithms.filter((a) => a !== displayed)].filter((a) => algorithms.includes(a) || a === displayed);
    const markers = shockMarkers(run);
    const wanted = new Set(ordered);
    for (const [name, card] of this.cardsByAlgorithm) if (!wanted.has(name)) (card.element.remove(), this.cardsByAlgorithm.delete(name));
    for (const algorithm of ordered) {
      let card = this.cardsByAlgorithm.get(algorithm);
      if (!card) {
        card = new ChartCard(this.doc, `timeline-${algorithm}`);
        this.cardsByAlgorithm.set(algorithm, card);
      }
      this.grid.append(card.element);
      const series = scoreBands(run, algorithm, tick);
      const title = `${algorithm}${algorithm === displayed ? ' (displayed)' : ''}: score by type`;
      if (series.every((s) => s.points.length === 0)) {
        card.message(`${title}: no data yet.`);
        continue;
      }
      const svg = bandChart(this.doc, series, { title, yLabel: 'score', markers, cursor: tick, yDomain: [0, 100], width: 520, height: 280 });
      card.show({ title, svg, csv: () => bandCsv(series) });
    }
  }

  cards(): ChartCard[] {
    return [...this.cardsByAlgorithm.values()];
  }
}
