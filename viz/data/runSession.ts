// A live run in the page: a simulation worker, its RunStore, and promises for loading and reaching a tick.
import type { LoadRequest, ScenarioSummary, WorkerRequest, WorkerUpdate } from '../worker/protocol.js';
import type { ScenarioIssue } from '../../sim/scenario/errors.js';
import { RunStore } from './runStore.js';

/** What loading a scenario gives: a running session, or the scenario's problems. */
export type LoadOutcome = { ok: true; store: RunStore } | { ok: false; issues: ScenarioIssue[]; message: string };

/** One simulation worker and the store it fills. `onChange` is called after every message from the worker. */
export class RunSession {
  private readonly worker: Worker;
  store: RunStore | undefined;
  private waiters: Array<{ tick: number; resolve: () => void }> = [];
  private pendingLoad: ((outcome: LoadOutcome) => void) | undefined;

  constructor(private readonly onChange: (session: RunSession) => void) {
    this.worker = new Worker(new URL('../worker/simulationWorker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerUpdate>) => this.receive(event.data);
    this.worker.onerror = (event) => this.receive({ kind: 'failed', message: event.message || 'the simulation worker failed' });
  }

  /** Validates and builds a scenario in the worker; resolves once tick 0 is in the store, or with the issues. */
  load(request: Omit<LoadRequest, 'kind'>): Promise<LoadOutcome> {
    this.store = undefined;
    return new Promise((resolve) => {
      this.pendingLoad = resolve;
      this.send({ ...request, kind: 'load' });
    });
  }

  play(ticksPerSecond: number): void {
    this.send({ kind: 'play', ticksPerSecond });
  }

  pause(): void {
    this.send({ kind: 'pause' });
  }

  step(ticks = 1): void {
    this.send({ kind: 'step', ticks });
  }

  /** Runs to `tick` (or the end) and resolves when the store has reached it. */
  runTo(tick: number): Promise<void> {
    const target = Math.min(tick, this.store?.summary.ticks ?? tick);
    const reached = this.whenTick(target);
    this.send({ kind: 'runTo', tick: target });
    return reached;
  }

  /** Resolves once the head reaches `tick`. */
  whenTick(tick: number): Promise<void> {
    if (this.store && this.store.head >= tick) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ tick, resolve }));
  }

  /** Stops the worker for good. */
  dispose(): void {
    this.worker.terminate();
  }

  private send(request: WorkerRequest): void {
    this.worker.postMessage(request);
  }

  private receive(update: WorkerUpdate): void {
    if (update.kind === 'ready') this.store = new RunStore('live', update.summary as ScenarioSummary);
    else if (update.kind === 'invalid' || update.kind === 'failed') {
      const issues = update.kind === 'invalid' ? update.issues : [];
      this.pendingLoad?.({ ok: false, issues, message: update.message });
      this.pendingLoad = undefined;
    } else if (update.kind === 'progress' && this.store) {
      this.store.apply(update);
      if (this.pendingLoad) {
        this.pendingLoad({ ok: true, store: this.store });
        this.pendingLoad = undefined;
      }
      const head = this.store.head;
      const done = this.store.done;
      this.waiters = this.waiters.filter((w) => (w.tick <= head || done ? (w.resolve(), false) : true));
    }
    this.onChange(this);
  }
}
