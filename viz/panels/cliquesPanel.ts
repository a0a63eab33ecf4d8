// The cliques panel: do score chasers form a rich club? Modularity, assortativity and kin over time, as far as recorded.
import { lineChart } from '../charts/lineChart.js';
import { metricLines, shockMarkers } from '../data/chartSeries.js';
import { ChartCard } from './chartCard.js';
import { panelSection, type Panel, type ViewContext } from './panel.js';
import { lineCsv } from './rowsCsv.js';

/**
 * Clique metrics shown when the run records them, with their titles: the engine's analysis metrics first
 * (when sim/analysis reports them), then the explorer's own score assortativity, then reciprocity.
 */
export const CLIQUE_METRICS: ReadonlyArray<readonly [metric: string, title: string, yLabel: string]> = [
  ['modularity', 'Modularity of the communities', 'Q'],
  ['communities', 'Number of communities', 'communities'],
  ['score-assortativity', 'Score assortativity', 'r'],
  ['rich-club', 'Normalised score rich-club coefficient', 'ρ'],
  ['ei-index', 'Chasers\' E-I index', 'E-I'],
  ['clustering', 'Average clustering', 'C'],
  ['explorer.modularity', 'Modularity of the follow graph\'s Louvain communities', 'Q'],
  ['explorer.communities', 'Louvain communities of the follow graph', 'n'],
  ['explorer.score-assortativity', 'Score assortativity of the follow graph', 'r'],
  ['reciprocity', 'Reciprocity of follows', 'share'],
];

/** One line chart per clique metric present in the run; says which are missing. */
export class CliquesPanel implements Panel {
  readonly id = 'cliques';
  readonly title = 'Cliques';
  readonly element: HTMLElement;
  private readonly grid: HTMLElement;
  private readonly note: HTMLElement;
  private readonly cardsByMetric = new Map<string, ChartCard>();

  constructor(private readonly doc: Document) {
    this.element = panelSection(doc, this.id, 'Cliques',
      'Do the "cool kids hobnob in cliques"? Positive score assortativity means high scorers follow high scorers. The explorer finds Louvain communities of the follow graph (sim/analysis) every few frames; the engine\'s own clique metrics appear when the run records them.');
    this.note = doc.createElement('p');
    this.note.className = 'chart-message';
    this.grid = doc.createElement('div');
    this.grid.className = 'chart-grid';
    this.element.append(this.note, this.grid);
  }

  render({ run, tick }: ViewContext): void {
    const present = run.metricNames();
    const shown = CLIQUE_METRICS.filter(([metric]) => present.has(metric));
    const missing = CLIQUE_METRICS.filter(([metric]) => !metric.startsWith('explorer.') && !present.has(metric) && !present.has(`explorer.${metric}`)).map(([m]) => m);
    this.note.textContent = missing.length > 0 ? `Not recorded in this run: ${missing.join(', ')}.` : '';
    const markers = shockMarkers(run);
    for (const [metric, title, yLabel] of shown) {
      let card = this.cardsByMetric.get(metric);
      if (!card) {
        card = new ChartCard(this.doc, `cliques-${metric}`);
        this.cardsByMetric.set(metric, card);
        this.grid.append(card.element);
      }
      const lines = metricLines(run, metric, tick);
      card.show({ title, svg: lineChart(this.doc, lines, { title, yLabel, markers, cursor: tick, yMin: 'auto', width: 520, height: 280 }), csv: () => lineCsv(lines) });
    }
    for (const [metric, card] of this.cardsByMetric) if (!present.has(metric)) card.message(`${metric}: not recorded in this run.`);
  }

  cards(): ChartCard[] {
    return [...this.cardsByMetric.values()];
  }
}
