// The validity panel: does the score track real influence? A scatter of score against true influence, and Spearman over time.
import { toCsv } from '../../sim/output/csv.js';
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';
import { sampleIds } from '../analysis/sampleIds.js';
import { spearmanOver } from '../analysis/rankCorrelation.js';
import { topIds } from '../analysis/millionFollowerTable.js';
import { lineChart } from '../charts/lineChart.js';
import { rankTableChart } from '../charts/rankTableChart.js';
import { scatterChart } from '../charts/scatterChart.js';
import { metricLines, shockMarkers } from '../data/chartSeries.js';
import { ChartCard } from './chartCard.js';
import { labelled, panelSection, type Panel, type ViewContext } from './panel.js';
import { lineCsv } from './rowsCsv.js';

/** Score against true influence (conversions caused) for one algorithm, and every algorithm's rank correlation. */
export class ValidityPanel implements Panel {
  readonly id = 'validity';
  readonly title = 'Validity';
  readonly element: HTMLElement;
  private readonly algorithm: HTMLSelectElement;
  private readonly scatter: ChartCard;
  private readonly overTime: ChartCard;
  private readonly table: ChartCard;
  private rerender: () => void = () => {};

  constructor(private readonly doc: Document) {
    this.element = panelSection(doc, this.id, 'Validity: score against true influence',
      'True influence is the conversions an agent caused (clicks, purchases, offline too): invisible to every score. Spearman\'s ρ near 1 means the score ranks agents as their real influence does.');
    this.algorithm = doc.createElement('select');
    this.algorithm.name = 'validity-algorithm';
    const toolbar = doc.createElement('div');
    toolbar.className = 'panel-toolbar';
    toolbar.append(labelled(doc, 'Algorithm', this.algorithm));
    this.scatter = new ChartCard(doc, 'validity-scatter');
    this.overTime = new ChartCard(doc, 'validity-spearman');
    this.table = new ChartCard(doc, 'validity-table');
    const grid = doc.createElement('div');
    grid.className = 'chart-grid';
    grid.append(this.scatter.element, this.overTime.element, this.table.element);
    this.element.append(toolbar, grid);
    this.algorithm.addEventListener('change', () => this.rerender());
  }

  render(view: ViewContext): void {
    this.rerender = () => this.render(view);
    const { run, tick } = view;
    const { algorithms, displayed } = run.summary;
    if ([...this.algorithm.options].map((o) => o.value).join() !== algorithms.join()) {
      this.algorithm.replaceChildren(...algorithms.map((a) => new Option(a, a)));
      this.algorithm.value = displayed;
    }
    const frame = run.frameAt(tick);
    const a = run.algorithmIndex(this.algorithm.value);
    if (!frame || a < 0) {
      for (const card of this.cards()) card.message('No agents yet: play or step the run.');
      return;
    }
    const score = frame.scores[a];
    const ids = sampleIds(frame.active, frame.count);
    const active: number[] = [];
    for (let i = 0; i < frame.count; i++) if (frame.active[i]) active.push(i);
    const rho = spearmanOver(score, frame.trueInfluence, active);
    const title = `${this.algorithm.value} score against true influence, tick ${frame.tick}`;
    const data = { x: ids.map((i) => frame.trueInfluence[i]), y: ids.map((i) => score[i]), group: ids.map((i) => frame.type[i]), groups: AGENT_TYPES };
    const note = `Spearman's ρ over all ${active.length} active agents: ${rho.toFixed(3)}${ids.length < active.length ? `; ${ids.length} agents drawn` : ''}.`;
    this.scatter.show({
      title, svg: scatterChart(this.doc, data, { title, xLabel: 'true influence (conversions, symlog)', yLabel: 'score', note }),
      csv: () => toCsv(['id', 'type', 'true_influence', 'score'], active.map((i) => [i, AGENT_TYPES[frame.type[i]], frame.trueInfluence[i], score[i]])),
    });
    const lines = metricLines(run, 'explorer.spearman', tick);
    const timeTitle = 'Spearman of score with true influence over time';
    if (lines.length > 0) {
      this.overTime.show({ title: timeTitle, svg: lineChart(this.doc, lines, { title: timeTitle, yLabel: 'ρ', markers: shockMarkers(run), cursor: tick, yMin: 'auto', width: 600 }), csv: () => lineCsv(lines) });
    } else this.overTime.message('Spearman over time needs per-agent scores at several ticks: a results folder has only the final ones (the table shows them).');
    const truthTop = topIds(frame.trueInfluence, active, 0.1);
    const table = {
      columns: ['all agents', 'true top 10 %'],
      rows: algorithms.map((name, k) => ({ label: name, values: [spearmanOver(frame.scores[k], frame.trueInfluence, active), spearmanOver(frame.scores[k], frame.trueInfluence, truthTop)] })),
    };
    const tableTitle = `Spearman's ρ with true influence, tick ${frame.tick}`;
    this.table.show({
      title: tableTitle, svg: rankTableChart(this.doc, table, { title: tableTitle, footnote: 'True top 10 %: the agents with the most conversions.' }),
      csv: () => toCsv(['algorithm', ...table.columns], table.rows.map((r) => [r.label, ...r.values])),
    });
  }

  cards(): ChartCard[] {
    return [this.scatter, this.overTime, this.table];
  }
}
