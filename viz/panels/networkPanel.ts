// The network panel: the follow network on a canvas, coloured by type or community and sized by score, with agent details.
import { toCsv } from '../../sim/output/csv.js';
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';
import { networkSvg } from '../network/networkSvg.js';
import { NetworkView } from '../network/networkView.js';
import type { ColourBy } from '../network/nodeStyle.js';
import type { AgentFrame } from '../worker/protocol.js';
import { ChartCard } from './chartCard.js';
import { labelled, panelSection, selectOf, type Panel, type ViewContext } from './panel.js';

/** Most groups listed in the legend (the largest; the rest are summed). */
const LEGEND_GROUPS = 12;

/** The network panel; `view` is exposed for the frame-rate measurement. */
export class NetworkPanel implements Panel {
  readonly id = 'network';
  readonly title = 'Network';
  readonly element: HTMLElement;
  readonly view: NetworkView;
  private readonly card: ChartCard;
  private readonly colourBy: HTMLSelectElement;
  private readonly details: HTMLElement;
  private readonly legendList: HTMLElement;
  private readonly note: HTMLElement;
  private frame: AgentFrame | undefined;

  constructor(doc: Document) {
    this.element = panelSection(doc, this.id, 'Follow network',
      'Each dot is an agent, coloured by type (or community) and sized by its displayed score; lines are each agent\'s most recent follows. Drag to pan, wheel to zoom, hover for details.');
    const toolbar = doc.createElement('div');
    toolbar.className = 'panel-toolbar';
    this.colourBy = selectOf(doc, ['type', 'community'], 'colour-by');
    const search = doc.createElement('input');
    search.type = 'number';
    search.min = '0';
    search.name = 'agent-search';
    search.placeholder = 'agent id';
    toolbar.append(labelled(doc, 'Colour by', this.colourBy), labelled(doc, 'Find agent', search));
    this.note = doc.createElement('p');
    this.note.className = 'chart-message';
    this.card = new ChartCard(doc, 'network');
    const stage = doc.createElement('div');
    stage.className = 'network-stage';
    this.details = doc.createElement('div');
    this.details.className = 'agent-details';
    this.details.setAttribute('aria-live', 'polite');
    this.details.hidden = true;
    this.legendList = doc.createElement('ul');
    this.legendList.className = 'legend';
    stage.append(this.details);
    this.view = new NetworkView(stage, 'Follow network', (lines) => this.showDetails(lines));
    this.card.show({ title: 'Follow network', node: stage, canvas: this.view.canvas, toPng: () => this.view.toPng(), toSvg: () => this.svg(), csv: () => this.csv() });
    this.element.append(toolbar, this.note, this.card.element, this.legendList);
    this.colourBy.addEventListener('change', () => this.frame && this.apply(this.frame, this.lastAlgorithms));
    search.addEventListener('change', () => this.view.setHovered(search.value === '' ? -1 : Number(search.value)));
  }

  private lastAlgorithms: readonly string[] = [];

  hide(): void {
    this.view.setVisible(false);
  }

  render({ run, tick }: ViewContext): void {
    this.view.setVisible(true);
    const frame = run.frameAt(tick);
    const communityOption = this.colourBy.options[1];
    communityOption.disabled = !frame?.community;
    communityOption.textContent = frame?.community ? 'community (Louvain)' : 'community (not computed yet)';
    if (!frame || frame.edgeSrc.length === 0) {
      this.note.textContent = run.origin === 'saved'
        ? 'This results folder has no network snapshot: use "Replay in browser" to re-run it with the same seed and see the network.'
        : 'Waiting for the first frame…';
      if (!frame) return;
    } else this.note.textContent = `Tick ${frame.tick}: ${frame.count.toLocaleString('en')} agents, ${frame.edgeSrc.length.toLocaleString('en')} most recent follows drawn.`;
    this.apply(frame, run.summary.algorithms);
  }

  cards(): ChartCard[] {
    return [this.card];
  }

  private apply(frame: AgentFrame, algorithms: readonly string[]): void {
    this.frame = frame;
    this.lastAlgorithms = algorithms;
    this.view.setFrame(frame, algorithms, this.colourBy.value as ColourBy);
    const groups = [...(this.view.currentStyle()?.groups ?? [])];
    const shown = groups.length > LEGEND_GROUPS ? [...groups].sort((a, b) => b.ids.length - a.ids.length).slice(0, LEGEND_GROUPS) : groups;
    const rest = groups.filter((g) => !shown.includes(g));
    const doc = this.element.ownerDocument;
    const items = shown.map((g) => {
      const item = doc.createElement('li');
      const swatch = doc.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = g.colour;
      item.append(swatch, `${g.label} (${g.ids.length})`);
      return item;
    });
    if (rest.length > 0) {
      const item = doc.createElement('li');
      item.textContent = `and ${rest.length} smaller groups (${rest.reduce((n, g) => n + g.ids.length, 0)} agents)`;
      items.push(item);
    }
    this.legendList.replaceChildren(...items);
  }

  private showDetails(lines: string[]): void {
    this.details.hidden = lines.length === 0;
    this.details.replaceChildren(...lines.map((line) => Object.assign(this.element.ownerDocument.createElement('div'), { textContent: line })));
  }

  private svg(): SVGSVGElement | undefined {
    const style = this.view.currentStyle();
    return this.frame && style ? networkSvg(document, this.frame, this.view.positions(), style) : undefined;
  }

  private csv(): string {
    const f = this.frame;
    if (!f) return '';
    const xy = this.view.positions();
    const rows = Array.from({ length: f.count }, (_, i) => [i, AGENT_TYPES[f.type[i]], f.active[i], f.score[i], f.followers[i], f.trueInfluence[i], xy[2 * i] ?? NaN, xy[2 * i + 1] ?? NaN]);
    return toCsv(['id', 'type', 'active', 'score', 'followers', 'true_influence', 'x', 'y'], rows);
  }
}
