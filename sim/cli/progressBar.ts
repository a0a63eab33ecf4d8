// The run's progress bar on stderr (cli-progress), shown only on a terminal and never with --quiet.
import cliProgress from 'cli-progress';
import type { CliWriter } from './io.js';

/** A progress display: `onProgress` is passed to `runScenario` (absent when nothing is shown); `stop` ends it. */
export interface RunProgress {
  onProgress?: (tick: number, ticks: number) => void;
  stop(): void;
}

/**
 * Starts a progress bar on `stream` when `enabled` and the stream is a terminal (`isTTY`);
 * otherwise returns a display that does nothing, so logs and pipes stay clean.
 */
export function startProgress(stream: CliWriter, enabled: boolean): RunProgress {
  if (!enabled || stream.isTTY !== true) return { stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: 'simulating [{bar}] {percentage}% | tick {value}/{total} | ETA {eta_formatted}',
      hideCursor: false,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(tick, ticks) {
      if (!started) {
        bar.start(ticks, 0);
        started = true;
      }
      bar.update(tick);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
