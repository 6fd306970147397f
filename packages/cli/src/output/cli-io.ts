/** Where the CLI prints; tests pass in-memory streams, `bin.ts` passes the process's own. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Working directory for relative paths. */
  cwd: string;
  /** Environment for `${env.*}` and `SYNCENGINE_*` settings. */
  env: Record<string, string | undefined>;
  /** Whether colours may be used on stderr. */
  color: boolean;
  /** Whether stderr is a terminal (live progress is drawn in place). @default false */
  isTTY?: boolean;
  /** The clock of progress output, ms since the epoch. @default Date.now */
  now?: () => number;
}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    color: Boolean(process.stderr.isTTY) && !('NO_COLOR' in process.env),
    isTTY: Boolean(process.stderr.isTTY),
  };
}
