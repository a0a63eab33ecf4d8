// Test helper: an injected stdout/stderr pair that records what the command line prints.
import type { CliIo } from '../../../sim/cli/io.js';

/** Captured output streams; `stdout` and `stderr` are the text written so far. */
export interface CapturedIo {
  io: CliIo;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh pair of recording writers (not terminals, so no progress bar is drawn). */
export function captureIo(): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) } },
    get stdout() {
      return out.join('');
    },
    get stderr() {
      return err.join('');
    },
  };
}
