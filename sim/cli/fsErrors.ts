// Turning Node's file-system errors into short, plain reasons a user can act on.

/** A Node system error such as ENOENT, with its code. */
export interface FsError extends Error {
  code: string;
}

/** True for an error thrown by node:fs (it carries a string `code` like `ENOENT`). */
export function isFsError(error: unknown): error is FsError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && 'syscall' in error;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it already exists',
  ENOTEMPTY: 'the folder is not empty',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
};

/** A plain reason for a file-system error, e.g. `no such file or folder`; other errors give their message. */
export function describeFsError(error: unknown): string {
  if (isFsError(error)) return REASONS[error.code] ?? error.code;
  return error instanceof Error ? error.message : String(error);
}
