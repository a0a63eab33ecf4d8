// The sweep's progress bar on stderr (cli-progress): runs done of runs to do, with an ETA; only on a terminal, never with --quiet.
import cliProgress from 'cli-progress';
import type { CliWriter } from './io.js';

/** A progress display of runs: `runDone` after each finished or failed run; `report` a message; `stop` ends it. */
export interface SweepProgress {
  runDone(): void;
  /** Writes a message to the stream: at once without a bar, after the bar is cleared with one. */
  report(text: string): void;
  stop(): void;
}

/**
 * Starts a bar of `total` runs on `stream` when `enabled`, the stream is a terminal (`isTTY`) and there
 * is something to run; otherwise a display that does nothing, so logs and pipes stay clean.
 */
export function startSweepProgress(stream: CliWriter, enabled: boolean, total: number): SweepProgress {
  if (!enabled || stream.isTTY !== true || total === 0) return { runDone() {}, report: (text) => stream.write(text), stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: 'sweeping [{bar}] {percentage}% | run {value}/{total} | ETA {eta_formatted}',
      hideCursor: false,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let done = 0;
  const held: string[] = [];
  return {
    runDone() {
      bar.update(++done);
    },
    report(text) {
      held.push(text);
    },
    stop() {
      bar.stop();
      for (const text of held) stream.write(text);
    },
  };
}
