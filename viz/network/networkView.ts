// The network panel's canvas: draws a frame's agents at the layout worker's positions, with zoom, pan, hover and keys.
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { AgentFrame } from '../worker/protocol.js';
import { EdgeCanvas } from './edgeCanvas.js';
import { FrameMeter, type FrameStats } from './frameMeter.js';
import type { LayerView } from './edgeLayer.js';
import type { LayoutRequest, LayoutUpdate } from './layoutProtocol.js';
import { agentDetails, nodeStyle, type ColourBy, type NodeStyle } from './nodeStyle.js';
import { drawNodeLayer } from './nodeLayer.js';
import { PixelRaster } from './pixelRaster.js';
import { fitTransform, nearestNode, viewTransform } from './viewport.js';
import { installZoomKeys } from './zoomKeys.js';

/** Delay before the layout worker is told of a new view (it redraws the edge layer for it). */
const VIEW_SYNC_MS = 120;

/** A canvas network view with its own layout worker. `onHover` receives the hovered agent's details (or []). */
export class NetworkView {
  readonly canvas: HTMLCanvasElement;
  private readonly layout: Worker;
  private readonly zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  private frame: AgentFrame | undefined;
  private algorithms: readonly string[] = [];
  private style: NodeStyle | undefined;
  private colourBy: ColourBy = 'type';
  private xy: Float32Array<ArrayBufferLike> = new Float32Array(0);
  private fit = { k: 1, x: 0, y: 0 };
  private user: ZoomTransform = zoomIdentity;
  private hovered = -1;
  private visible = true;
  private readonly raster = new PixelRaster(1, 1);
  private readonly edges: EdgeCanvas;
  private viewSync: ReturnType<typeof setTimeout> | undefined;
  private pending = false;
  private readonly meter = new FrameMeter();
  /** performance.now() when the first frame with nodes was drawn (for the time-to-first-render figure). */
  firstDrawAt: number | undefined;

  constructor(container: HTMLElement, label: string, private readonly onHover: (lines: string[]) => void) {
    this.edges = new EdgeCanvas(container);
    this.canvas = container.ownerDocument.createElement('canvas');
    this.canvas.tabIndex = 0;
    this.canvas.className = 'network-canvas';
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', `${label}. Zoom with + and −, pan with the arrow keys, 0 resets; hover or search an agent for details.`);
    container.append(this.canvas);
    this.layout = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    this.layout.onmessage = (event: MessageEvent<LayoutUpdate>) => {
      const update = event.data;
      if (update.kind === 'edges') return this.edges.show(update.rgba, update.view, this.deviceView(), this.ratio());
      this.xy = update.xy;
      if (this.user.k === 1 && this.user.x === 0 && this.user.y === 0) this.refit();
      this.requestDraw();
    };
    this.zoomBehaviour = zoom<HTMLCanvasElement, unknown>().scaleExtent([0.2, 40]).on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      this.user = event.transform;
      this.requestDraw();
      this.syncView();
    });
    select(this.canvas).call(this.zoomBehaviour).on('dblclick.zoom', null);
    this.canvas.addEventListener('pointermove', (event) => this.hoverAt(event.offsetX, event.offsetY));
    this.canvas.addEventListener('pointerleave', () => this.setHovered(-1));
    installZoomKeys(this.canvas, this.zoomBehaviour, () => this.user);
    new ResizeObserver(() => this.resize()).observe(this.canvas);
  }

  /** Shows a frame; the layout worker gets its edges when the frame is new, and its communities when colouring by community. */
  setFrame(frame: AgentFrame, algorithms: readonly string[], colourBy: ColourBy): void {
    const fresh = frame !== this.frame;
    const regroup = colourBy !== this.colourBy;
    if ((fresh && frame.tick !== this.frame?.tick) || regroup) {
      const community = colourBy === 'community' ? frame.community?.slice() : undefined;
      const request: LayoutRequest = { kind: 'graph', nodeCount: frame.count, src: frame.edgeSrc.slice(), dst: frame.edgeDst.slice(), community };
      this.layout.postMessage(request, [request.src.buffer, request.dst.buffer, ...(community ? [community.buffer] : [])]);
    }
    if (fresh || regroup) this.style = nodeStyle(frame, colourBy);
    this.frame = frame;
    this.algorithms = algorithms;
    this.colourBy = colourBy;
    if (this.hovered >= 0) this.onHover(agentDetails(frame, this.hovered, algorithms));
    this.requestDraw();
  }

  /** Highlights an agent (from the search box) and reports its details; -1 clears. */
  setHovered(id: number): void {
    this.hovered = this.frame && id >= 0 && id < this.frame.count ? id : -1;
    this.onHover(this.hovered >= 0 && this.frame ? agentDetails(this.frame, this.hovered, this.algorithms) : []);
    this.requestDraw();
  }

  /** Redraws on every animation frame for `ms` and reports the frame rate (the 10k-node benchmark). */
  measure(ms: number): Promise<FrameStats> {
    return this.meter.measure(ms, () => this.requestDraw());
  }

  /** Positions in layout units, pairs per node (for the SVG export). */
  positions(): Float32Array<ArrayBufferLike> {
    return this.xy;
  }

  /** The current style (for the SVG export and the legend). */
  currentStyle(): NodeStyle | undefined {
    return this.style;
  }

  /** Pauses the layout and drawing while the view is hidden (`false`), or resumes them. */
  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    this.layout.postMessage({ kind: visible ? 'start' : 'stop' } satisfies LayoutRequest);
    if (visible) this.requestDraw();
  }

  /** Stops the layout worker. */
  dispose(): void {
    this.layout.terminate();
  }

  private resize(): void {
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.max(1, Math.round(this.canvas.clientWidth * ratio));
    this.canvas.height = Math.max(1, Math.round(this.canvas.clientHeight * ratio));
    this.refit();
    this.requestDraw();
  }

  private refit(): void {
    if (this.canvas.clientWidth === 0) return;
    this.fit = fitTransform(this.xy, this.canvas.clientWidth, this.canvas.clientHeight);
    this.syncView();
  }

  /** Device pixels per CSS pixel of the node canvas. */
  private ratio(): number {
    return this.canvas.width / Math.max(1, this.canvas.clientWidth);
  }

  /** The map from layout units to device pixels of the node canvas. */
  private deviceView(): LayerView {
    const ratio = this.ratio();
    const v = viewTransform(this.fit, this.user);
    return { width: this.canvas.width, height: this.canvas.height, k: v.k * ratio, x: v.x * ratio, y: v.y * ratio };
  }

  /** Tells the layout worker the view soon (debounced), so that its next edge layer matches. */
  private syncView(): void {
    if (this.viewSync !== undefined) return;
    this.viewSync = setTimeout(() => {
      this.viewSync = undefined;
      this.layout.postMessage({ kind: 'view', view: this.deviceView() } satisfies LayoutRequest);
    }, VIEW_SYNC_MS);
  }

  private requestDraw(): void {
    if (this.pending || !this.visible) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.meter.timed(() => this.draw());
      if (this.meter.measuring) this.requestDraw();
    });
  }

  private hoverAt(px: number, py: number): void {
    if (!this.frame || !this.style) return;
    const id = nearestNode(this.xy, this.style.radius, this.frame.active, viewTransform(this.fit, this.user), px, py);
    if (id !== this.hovered) this.setHovered(id);
  }

  private draw(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const { width: w, height: h } = this.canvas;
    if (this.raster.width !== w || this.raster.height !== h) this.raster.resize(w, h);
    const { frame, style, xy } = this;
    const ratio = this.ratio();
    const view = this.deviceView();
    this.edges.place(view, ratio);
    if (frame && style && xy.length >= frame.count * 2) {
      drawNodeLayer(this.raster, frame, style, xy, view, Math.sqrt(viewTransform(this.fit, this.user).k) * ratio, ratio, this.hovered);
      if (this.firstDrawAt === undefined && frame.count > 0) this.firstDrawAt = performance.now();
    } else this.raster.clear();
    ctx.putImageData(new ImageData(new Uint8ClampedArray(this.raster.pixels.buffer as ArrayBuffer), w, h), 0, 0);
  }

  /** The view as one PNG: white, the edge layer, then the nodes. */
  toPng(): Promise<Blob> {
    return this.edges.composite(this.canvas, this.deviceView());
  }
}
