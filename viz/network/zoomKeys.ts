// Keyboard zoom and pan for a d3-zoom canvas: + and − zoom, arrow keys pan, 0 resets.
import { select, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';

/** Pixels one arrow key press pans, at zoom 1. */
export const PAN_STEP = 40;
/** Zoom factor of one + press (− divides by it). */
export const ZOOM_STEP = 1.25;

/**
 * Handles the zoom keys on `canvas` (they stop there, so page-wide shortcuts such as ← and → for
 * stepping do not fire while the canvas has focus). `current` returns the transform now in force.
 */
export function installZoomKeys(canvas: HTMLCanvasElement, behaviour: ZoomBehavior<HTMLCanvasElement, unknown>, current: () => ZoomTransform): void {
  const target = select(canvas);
  canvas.addEventListener('keydown', (event) => {
    const pan = PAN_STEP / current().k;
    const actions: Record<string, () => void> = {
      '+': () => behaviour.scaleBy(target, ZOOM_STEP),
      '=': () => behaviour.scaleBy(target, ZOOM_STEP),
      '-': () => behaviour.scaleBy(target, 1 / ZOOM_STEP),
      ArrowLeft: () => behaviour.translateBy(target, pan, 0),
      ArrowRight: () => behaviour.translateBy(target, -pan, 0),
      ArrowUp: () => behaviour.translateBy(target, 0, pan),
      ArrowDown: () => behaviour.translateBy(target, 0, -pan),
      '0': () => behaviour.transform(target, zoomIdentity),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  });
}
