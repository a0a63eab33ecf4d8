// Counts a view's drawn frames and their cost, and keeps it redrawing while a measurement runs.

/** Frame-rate figures of a measurement: frames drawn, frames a second, and the mean time spent drawing one. */
export interface FrameStats {
  frames: number;
  fps: number;
  meanDrawMs: number;
}

/** Frame counter of one view: `timed` wraps each draw; `measuring` tells the view to keep redrawing. */
export class FrameMeter {
  private frames = 0;
  private drawMs = 0;
  private active = 0;

  /** True while a measurement runs (the view then redraws on every animation frame). */
  get measuring(): boolean {
    return this.active > 0;
  }

  /** Runs one draw and counts it. */
  timed(draw: () => void): void {
    const started = performance.now();
    draw();
    this.drawMs += performance.now() - started;
    this.frames++;
  }

  /** Counts frames for `ms` milliseconds while `kick` starts the redrawing, and reports the rate. */
  async measure(ms: number, kick: () => void): Promise<FrameStats> {
    this.frames = 0;
    this.drawMs = 0;
    this.active++;
    kick();
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.active--;
    const seconds = (performance.now() - start) / 1000;
    return { frames: this.frames, fps: this.frames / seconds, meanDrawMs: this.drawMs / Math.max(1, this.frames) };
  }
}
