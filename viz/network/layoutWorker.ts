// The layout Web Worker: runs the force layout and rasterises the edge layer off the page's thread, streaming both.
import { rasterEdges, type LayerView } from './edgeLayer.js';
import { ForceLayout } from './forceLayout.js';
import type { LayoutGraph, LayoutRequest, LayoutUpdate } from './layoutProtocol.js';

/** Milliseconds of layout work between two position messages (about 30 a second). */
const SLICE_MS = 30;
/** Pause after each slice, so the layout leaves a core's third to the simulation and the page on a two-core machine. */
const REST_MS = 15;
/** Least time between two edge layers while the layout moves (the view transforms the last one meanwhile). */
const EDGE_LAYER_MS = 200;

const layout = new ForceLayout();
let src: Int32Array = new Int32Array(0);
let dst: Int32Array = new Int32Array(0);
let view: LayerView | undefined;
let edgesDirty = false;
let lastEdges = 0;
let running = false;
let stopped = false;
/** Identifies the current run loop, so that a stopped loop's pending callback ends instead of doubling up. */
let loop = 0;

function post(update: LayoutUpdate, transfer: ArrayBuffer[]): void {
  self.postMessage(update, { transfer });
}

function postPositions(): Float32Array {
  const xy = layout.positions();
  post({ kind: 'positions', xy: xy.slice(), alpha: layout.alpha }, []);
  return xy;
}

function postEdges(xy: Float32Array, force: boolean): void {
  if (!view || !edgesDirty || (!force && performance.now() - lastEdges < EDGE_LAYER_MS)) return;
  const rgba = rasterEdges(xy, src, dst, view);
  post({ kind: 'edges', rgba, view }, [rgba.buffer]);
  edgesDirty = false;
  lastEdges = performance.now();
}

function run(mine: number): void {
  if (stopped || mine !== loop) return;
  const started = performance.now();
  do layout.tick(1);
  while (!layout.settled && performance.now() - started < SLICE_MS);
  edgesDirty = true;
  const xy = postPositions();
  postEdges(xy, layout.settled);
  if (layout.settled) running = false;
  else setTimeout(() => run(mine), REST_MS);
}

function wake(): void {
  if (running) return;
  running = true;
  const mine = ++loop;
  setTimeout(() => run(mine), 0);
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  if (request.kind === 'graph') return setGraph(request);
  if (request.kind === 'view') {
    view = request.view;
    edgesDirty = true;
    if (!running) postEdges(layout.positions(), true);
    return;
  }
  stopped = request.kind === 'stop';
  running = running && !stopped;
  if (!stopped && !layout.settled) wake();
};

/** A new frame's graph: keep positions, reheat, redraw the edges now. */
function setGraph(request: LayoutGraph): void {
  stopped = false;
  src = request.src;
  dst = request.dst;
  layout.setGraph(request.nodeCount, src, dst, request.community);
  edgesDirty = true;
  postEdges(postPositions(), true);
  wake();
}
