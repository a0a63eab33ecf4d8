// Catching SIGINT, SIGTERM and SIGHUP while results are written, so an interrupted write can clean up first.
import { InterruptedError } from './cliErrors.js';

/** The signals that interrupt a write. */
export const INTERRUPT_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs `work` with an AbortSignal that is aborted (reason: `InterruptedError`) when the process receives
 * SIGINT, SIGTERM or SIGHUP; the handlers are removed afterwards, restoring the default behaviour
 * (immediate termination). Use it only around asynchronous work: a signal is handled between awaits.
 */
export async function whileCatchingInterrupts<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => controller.abort(new InterruptedError(signal));
  for (const signal of INTERRUPT_SIGNALS) process.on(signal, onSignal);
  try {
    return await work(controller.signal);
  } finally {
    for (const signal of INTERRUPT_SIGNALS) process.off(signal, onSignal);
  }
}
