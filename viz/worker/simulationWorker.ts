// The simulation Web Worker: runs the engine off the page's thread; frames' typed arrays are transferred, not copied.
import { frameBuffers, type WorkerRequest, type WorkerUpdate } from './protocol.js';
import { RunDriver } from './runDriver.js';

const driver = new RunDriver({
  post(update: WorkerUpdate) {
    const transfer =
      update.kind === 'progress'
        ? [...update.frames.flatMap(frameBuffers), ...update.baselines.map((b) => b.score.buffer as ArrayBuffer)]
        : [];
    self.postMessage(update, { transfer });
  },
  schedule: (callback, delayMs) => setTimeout(callback, delayMs),
  now: () => performance.now(),
});

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  try {
    handle(event.data);
  } catch (error) {
    self.postMessage({ kind: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies WorkerUpdate);
  }
};

/** Runs one request. */
function handle(request: WorkerRequest): void {
  switch (request.kind) {
    case 'load':
      return driver.load(request);
    case 'play':
      return driver.play(request.ticksPerSecond);
    case 'pause':
      return driver.pause();
    case 'step':
      return driver.step(request.ticks);
    case 'runTo':
      return driver.runTo(request.tick);
  }
}
