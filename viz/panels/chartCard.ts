// A chart's card in a panel: the chart, and buttons that export it as SVG, PNG and its data as CSV.
import { canvasToPng, fileStem, saveFile, svgText, svgToPng } from '../charts/svgExport.js';

/** What a card shows: an SVG chart, or a canvas with a function that draws it as SVG; and its data as CSV. */
export interface CardContent {
  title: string;
  svg?: SVGSVGElement;
  canvas?: HTMLCanvasElement;
  toSvg?: () => SVGSVGElement | undefined;
  csv: () => string;
  /** PNG of a canvas view that needs more than the canvas's own pixels (e.g. layered canvases). */
  toPng?: () => Promise<Blob>;
  /** The element placed in the card (default: the svg or the canvas). */
  node?: HTMLElement;
}

/** A figure with an export toolbar; `show` swaps in new content and keeps the buttons. */
export class ChartCard {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private content: CardContent | undefined;

  constructor(doc: Document, readonly id: string) {
    this.element = doc.createElement('figure');
    this.element.className = 'chart-card';
    this.element.dataset.chart = id;
    this.body = doc.createElement('div');
    this.body.className = 'chart-body';
    const toolbar = doc.createElement('div');
    toolbar.className = 'chart-toolbar';
    for (const [format, action] of [['SVG', () => this.exportSvg()], ['PNG', () => this.exportPng()], ['CSV', () => this.exportCsv()]] as const) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = format;
      button.dataset.export = format.toLowerCase();
      button.addEventListener('click', () => void action());
      toolbar.append(button);
    }
    this.element.append(this.body, toolbar);
  }

  /** Replaces the chart (an SVG is swapped in; a canvas stays in place). */
  show(content: CardContent): void {
    this.content = content;
    const node = content.node ?? content.svg ?? content.canvas;
    if (node && this.body.firstChild !== node) this.body.replaceChildren(node);
    this.element.setAttribute('aria-label', content.title);
    const drawable = content.svg !== undefined || content.canvas !== undefined || content.toSvg !== undefined;
    for (const button of this.element.querySelectorAll<HTMLButtonElement>('[data-export="svg"], [data-export="png"]')) button.hidden = !drawable;
  }

  /** Shows a message instead of a chart (no data yet, or not in this results folder). */
  message(text: string): void {
    this.content = undefined;
    const p = this.element.ownerDocument.createElement('p');
    p.className = 'chart-message';
    p.textContent = text;
    this.body.replaceChildren(p);
  }

  /** The SVG the SVG and PNG exports use. */
  exportableSvg(): SVGSVGElement | undefined {
    return this.content?.toSvg?.() ?? this.content?.svg;
  }

  private exportSvg(): void {
    const svg = this.exportableSvg();
    if (svg && this.content) saveFile(svgText(svg), `${fileStem(this.content.title)}.svg`, 'image/svg+xml');
  }

  private async exportPng(): Promise<void> {
    if (!this.content) return;
    const blob = this.content.toPng ? await this.content.toPng() : this.content.canvas ? await canvasToPng(this.content.canvas) : this.content.svg ? await svgToPng(this.content.svg) : undefined;
    if (blob) saveFile(blob, `${fileStem(this.content.title)}.png`);
  }

  private exportCsv(): void {
    if (this.content) saveFile(this.content.csv(), `${fileStem(this.content.title)}.csv`, 'text/csv');
  }
}
