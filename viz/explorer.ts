// The explorer's state and actions: the live run (and the compared one) or a saved run, the view tick, and rendering.
import { RunSession, type LoadOutcome } from './data/runSession.js';
import type { RunStore } from './data/runStore.js';
import type { Panel } from './panels/panel.js';
import type { ParameterOverrides } from './worker/protocol.js';

/** Least time between two renders of a chart panel while a run plays (the network panel redraws every frame). */
export const CHART_RENDER_MS = 250;

/** A scenario to run: its text, file name, seed and parameter overrides. */
export interface RunRequest {
  source: string;
  file: string;
  seed: number | string;
  overrides: ParameterOverrides;
}

/** Holds what is shown and drives the workers; the page's controls call its methods, `onRender` updates them. */
export class Explorer {
  live: RunSession | undefined;
  compare: RunSession | undefined;
  saved: RunStore | undefined;
  request: RunRequest | undefined;
  viewTick = 0;
  /** True while the view follows the newest tick. */
  following = true;
  ticksPerSecond = 30;
  activePanel = 'network';
  private scheduled = false;
  private lastChartRender = 0;

  constructor(
    private readonly panels: readonly Panel[],
    private readonly onRender: (explorer: Explorer) => void,
  ) {}

  /** The run on screen: a saved one when opened, else the live one. */
  get run(): RunStore | undefined {
    return this.saved ?? this.live?.store;
  }

  get playing(): boolean {
    return !this.saved && (this.live?.store?.playing ?? false);
  }

  /** Loads a scenario in a fresh worker (and re-creates run B for the same variant, if one is running). */
  async load(request: RunRequest): Promise<LoadOutcome> {
    this.live?.dispose();
    this.saved = undefined;
    this.request = request;
    this.viewTick = 0;
    this.following = true;
    this.live = new RunSession(() => this.schedule());
    const outcome = await this.live.load(request);
    this.schedule();
    return outcome;
  }

  /** Starts run B with another request (same seed); it follows A's playback from now on. */
  async startCompare(request: RunRequest): Promise<LoadOutcome> {
    this.compare?.dispose();
    this.compare = new RunSession(() => this.schedule());
    const outcome = await this.compare.load(request);
    const head = this.live?.store?.head ?? 0;
    if (outcome.ok && head > 0) await this.compare.runTo(head);
    this.schedule();
    return outcome;
  }

  /** Shows a saved run (the live one is paused and kept). */
  showSaved(store: RunStore): void {
    this.pause();
    this.saved = store;
    this.viewTick = store.head;
    this.following = true;
    this.schedule();
  }

  togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
    if (this.saved || !this.live?.store) return;
    this.following = true;
    for (const session of this.sessions()) session.play(this.ticksPerSecond);
  }

  pause(): void {
    for (const session of this.sessions()) session.pause();
  }

  /** Next frame when looking back; at the newest tick, simulates one more tick. */
  stepForward(): void {
    const run = this.run;
    if (!run) return;
    const next = run.frameTicks().find((t) => t > this.viewTick);
    if (next !== undefined && (next <= run.head || this.saved)) return this.scrub(next);
    if (this.saved || run.done) return;
    this.following = true;
    for (const session of this.sessions()) session.step(1);
  }

  /** The previous frame. */
  stepBack(): void {
    const run = this.run;
    if (!run) return;
    this.pause();
    const earlier = run.frameTicks().filter((t) => t < this.viewTick);
    this.scrub(earlier.at(-1) ?? 0);
  }

  /** Points the view at `tick` (clamped to what exists); the view follows the head again when it is reached. */
  scrub(tick: number): void {
    const head = this.run?.head ?? 0;
    this.viewTick = Math.max(0, Math.min(head, Math.round(tick)));
    this.following = this.viewTick >= head && !this.saved;
    this.schedule(true);
  }

  /** Runs the live run (and B) to `tick`, then shows it. */
  async runTo(tick: number): Promise<void> {
    if (!this.live?.store) return;
    this.following = true;
    await Promise.all(this.sessions().map((s) => s.runTo(tick)));
    this.scrub(tick);
  }

  setSpeed(ticksPerSecond: number): void {
    this.ticksPerSecond = ticksPerSecond;
    if (this.playing) this.play();
  }

  setPanel(id: string): void {
    this.activePanel = id;
    this.schedule(true);
  }

  /** Renders on the next animation frame; chart panels at most every CHART_RENDER_MS while playing unless `now`. */
  schedule(now = false): void {
    if (now) this.lastChartRender = 0;
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.render();
    });
  }

  private render(): void {
    const run = this.run;
    if (run && this.following) this.viewTick = run.head;
    this.onRender(this);
    const panel = this.panels.find((p) => p.id === this.activePanel);
    if (!run || !panel) return;
    const since = performance.now() - this.lastChartRender;
    if (panel.id !== 'network' && this.playing && since < CHART_RENDER_MS) {
      setTimeout(() => this.schedule(), CHART_RENDER_MS - since);
      return;
    }
    this.lastChartRender = performance.now();
    const compare = this.saved ? undefined : this.compare?.store;
    panel.render({ run, tick: this.viewTick, compare });
  }

  private sessions(): RunSession[] {
    return [this.live, this.compare].filter((s): s is RunSession => s?.store !== undefined);
  }
}
