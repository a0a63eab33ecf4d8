// Where the command line writes: two small injected writers, so tests can capture everything it prints.

/** Something text can be written to; `isTTY` is true only for a real terminal. */
export interface CliWriter {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** The command line's output streams. Default (`processIo()`): the process's stdout and stderr. */
export interface CliIo {
  stdout: CliWriter;
  stderr: CliWriter;
}

/** The process's own stdout and stderr. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr };
}
