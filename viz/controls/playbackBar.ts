// The playback bar: play/pause, step buttons, the timeline scrubber, speed; kept in step with the explorer.
import type { Explorer } from '../explorer.js';

/** Wires the bar's controls to the explorer; `update` mirrors its state (call it on every render). */
export class PlaybackBar {
  private readonly play: HTMLButtonElement;
  private readonly scrubber: HTMLInputElement;
  private readonly label: HTMLOutputElement;
  private readonly status: HTMLOutputElement;

  constructor(doc: Document, private readonly explorer: Explorer) {
    this.play = doc.querySelector<HTMLButtonElement>('#play')!;
    this.scrubber = doc.querySelector<HTMLInputElement>('#scrubber')!;
    this.label = doc.querySelector<HTMLOutputElement>('#tick-label')!;
    this.status = doc.querySelector<HTMLOutputElement>('#status')!;
    const speed = doc.querySelector<HTMLSelectElement>('#speed')!;
    this.play.addEventListener('click', () => explorer.togglePlay());
    doc.querySelector('#step-forward')!.addEventListener('click', () => explorer.stepForward());
    doc.querySelector('#step-back')!.addEventListener('click', () => explorer.stepBack());
    this.scrubber.addEventListener('input', () => {
      explorer.pause();
      explorer.scrub(Number(this.scrubber.value));
    });
    speed.addEventListener('change', () => explorer.setSpeed(Number(speed.value)));
    explorer.ticksPerSecond = Number(speed.value);
  }

  /** Mirrors the explorer: button text, scrubber range and position, tick label and status line. */
  update(): void {
    const run = this.explorer.run;
    const playing = this.explorer.playing;
    this.play.textContent = playing ? 'Pause' : 'Play';
    this.play.setAttribute('aria-pressed', String(playing));
    const ticks = run?.summary.ticks ?? 0;
    this.scrubber.max = String(run?.head ?? 0);
    this.scrubber.value = String(this.explorer.viewTick);
    this.scrubber.setAttribute('aria-valuetext', `tick ${this.explorer.viewTick} of ${ticks}`);
    this.label.textContent = `tick ${this.explorer.viewTick} / ${run?.head ?? 0} of ${ticks}`;
    if (!run) return;
    const s = run.summary;
    const origin = run.origin === 'saved' ? 'saved results' : run.done ? 'finished' : playing ? 'running' : 'paused';
    const b = this.explorer.compare?.store;
    const compare = b && !this.explorer.saved ? ` · B: ${b.summary.displayed} at tick ${b.head}` : '';
    const displayed = run.frameAt(this.explorer.viewTick)?.displayed ?? s.displayed;
    this.status.textContent = `${s.name} · seed ${s.seed} · ${s.agentCount.toLocaleString('en')} agents · displayed ${displayed} · ${origin}${compare}`;
  }
}
