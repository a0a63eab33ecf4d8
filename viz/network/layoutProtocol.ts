// Messages between the network view and its layout worker.
import type { LayerView } from './edgeLayer.js';

/** To the worker: the nodes and the drawn edges of a new frame (positions of existing nodes are kept). */
export interface LayoutGraph {
  kind: 'graph';
  nodeCount: number;
  src: Int32Array;
  dst: Int32Array;
  /** Group the layout by these communities (when the view colours by community). */
  community?: Int32Array;
}

/** To the worker: the view changed (canvas size, zoom or pan); the edge layer is redrawn for it. */
export interface LayoutView {
  kind: 'view';
  view: LayerView;
}

/** To the worker: stop computing while the view is hidden (`stop`), or carry on (`start`). */
export interface LayoutStop {
  kind: 'stop' | 'start';
}

/** From the worker: node i sits at (xy[2i], xy[2i+1]) in layout units around (0, 0); `alpha` falls to 0 as it settles. */
export interface LayoutPositions {
  kind: 'positions';
  xy: Float32Array;
  alpha: number;
}

/** From the worker: the edges rasterised for `view` (RGBA bytes, transferred). */
export interface LayoutEdges {
  kind: 'edges';
  rgba: Uint8ClampedArray<ArrayBuffer>;
  view: LayerView;
}

/** Any message to the layout worker. */
export type LayoutRequest = LayoutGraph | LayoutView | LayoutStop;
/** Any message from the layout worker. */
export type LayoutUpdate = LayoutPositions | LayoutEdges;
