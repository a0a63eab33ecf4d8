// A results or sweep folder that cannot be reported on, naming the file at fault.

/** A file of the folder is missing or malformed; the message starts with the file's name. */
export class ReportInputError extends Error {
  override readonly name = 'ReportInputError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
