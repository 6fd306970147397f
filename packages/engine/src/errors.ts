/** Machine-readable error codes; the CLI maps them to exit codes. */
export type SyncErrorCode =
  | 'CONFIG_INVALID'
  | 'SOURCE_FAILED'
  | 'SINK_FAILED'
  | 'STATE_FAILED'
  | 'TRANSFORM_FAILED'
  | 'RECORD_REJECTED'
  | 'ABORTED'
  | 'LOCKED'
  | 'INTERNAL';

/** What an error is made with: its cause, and what kind of failure it is when the thrower knows. */
export interface SyncErrorOptions {
  cause?: unknown;
  /** See `errorClassOf`; e.g. `rate_limit` for an HTTP 429. */
  errorClass?: ErrorClass;
}

/** Base class of every error syncengine throws on purpose. */
export class SyncError extends Error {
  /** Machine-readable category of the failure. */
  readonly code: SyncErrorCode;
  /** What kind of failure it is, when the thrower knows (`errorClassOf` reads it). */
  readonly errorClass?: ErrorClass;

  constructor(code: SyncErrorCode, message: string, options?: SyncErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SyncError';
    this.code = code;
    if (options?.errorClass) this.errorClass = options.errorClass;
  }
}

/** One problem found in a pipeline file, pointing at the YAML that causes it. */
export interface ConfigIssue {
  /** The pipeline file, as given by the caller. */
  file: string;
  /** 1-based line of the offending node. */
  line: number;
  /** 1-based column of the offending node. */
  column: number;
  /** Dotted key path, e.g. `streams.orders.source.pagination.type`; empty for the document root. */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
}

/** Formats one issue the way every syncengine tool prints it: `file:line:col path: message`. */
export function formatConfigIssue(issue: ConfigIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where} ${issue.message}`;
}

/** A pipeline file that cannot be parsed or does not match the pipeline language. */
export class PipelineConfigError extends SyncError {
  /** Every problem found, in document order. */
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    const lines = issues.map(formatConfigIssue);
    super('CONFIG_INVALID', lines.length === 1 ? lines[0]! : `${lines.length} problems:\n${lines.join('\n')}`);
    this.name = 'PipelineConfigError';
    this.issues = issues;
  }
}

/** A source failed to read (HTTP error, bad response, unreachable server). */
export class SourceError extends SyncError {
  constructor(message: string, options?: SyncErrorOptions) {
    super('SOURCE_FAILED', message, options);
    this.name = 'SourceError';
  }
}

/** A sink failed to write a batch; the batch's cursor was not committed. */
export class SinkError extends SyncError {
  constructor(message: string, options?: SyncErrorOptions) {
    super('SINK_FAILED', message, options);
    this.name = 'SinkError';
  }
}

/** The state store could not read or write cursors or run history. */
export class StateError extends SyncError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STATE_FAILED', message, options);
    this.name = 'StateError';
  }
}

/** A record that must not reach the sink; the engine quarantines it and goes on. */
export class RecordRejectedError extends SyncError {
  /** Every reason, in plain words (e.g. `price: must be a number (got text "abc")`). */
  readonly reasons: readonly string[];

  constructor(reasons: readonly string[]) {
    super('RECORD_REJECTED', reasons.join('; '));
    this.name = 'RecordRejectedError';
    this.reasons = reasons;
  }
}

/** A run was stopped through its AbortSignal. */
export class AbortedError extends SyncError {
  constructor(message = 'the run was aborted') {
    super('ABORTED', message);
    this.name = 'AbortedError';
  }
}

/** A run did not start: another process holds the lock of one of its streams. */
export class RunLockedError extends SyncError {
  /** The lock, `run:<pipeline>:<tenant or ->:<stream>`. */
  readonly lock: string;
  /** Who holds it (`<host>:<pid>:<random>` for syncengine processes). */
  readonly holder: string;

  constructor(message: string, lock: string, holder: string) {
    super('LOCKED', message);
    this.name = 'RunLockedError';
    this.lock = lock;
    this.holder = holder;
  }
}

/**
 * What kind of failure an error is, for run results and metrics: `network` (connection refused,
 * reset, timeout), `rate_limit` (429), `authentication` (401, 403, a refused login), `server`
 * (5xx, an open circuit), `database` (a SQL sink or the state store), `validation` (a record or a
 * response that does not fit, a 400), `config` (the pipeline or its options), `other`.
 */
export type ErrorClass = 'network' | 'rate_limit' | 'authentication' | 'server' | 'database' | 'validation' | 'config' | 'other';

/** Every error class, in a stable order (metrics export them all). */
export const ERROR_CLASSES: readonly ErrorClass[] = [
  'network',
  'rate_limit',
  'authentication',
  'server',
  'database',
  'validation',
  'config',
  'other',
];

/** Node's socket error codes: the other end could not be reached or went away. */
const NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE|EHOSTUNREACH|ENETUNREACH|UND_ERR_\w+)$/;
/** Database login refusals: PostgreSQL's invalid password and authorization, MySQL's access denied. */
const AUTH_CODES: ReadonlySet<string> = new Set(['28P01', '28000', 'ER_ACCESS_DENIED_ERROR', 'ER_DBACCESS_DENIED_ERROR']);

/**
 * The class of an error: the first `errorClass` set on it or along its `cause` chain (connectors set
 * it where they know, e.g. an HTTP status), else one read from the outermost syncengine error code.
 */
export function errorClassOf(error: unknown): ErrorClass {
  let code: SyncErrorCode | undefined;
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
    const own = (current as { errorClass?: unknown }).errorClass;
    if (typeof own === 'string' && (ERROR_CLASSES as readonly string[]).includes(own)) return own as ErrorClass;
    if (current instanceof SyncError && code === undefined) code = current.code;
    const driverCode = (current as { code?: unknown }).code;
    if (typeof driverCode === 'string' && NETWORK_CODES.test(driverCode)) return 'network';
    if (typeof driverCode === 'string' && AUTH_CODES.has(driverCode)) return 'authentication';
    current = (current as { cause?: unknown }).cause;
  }
  switch (code) {
    case 'SINK_FAILED':
    case 'STATE_FAILED':
      return 'database';
    case 'TRANSFORM_FAILED':
    case 'RECORD_REJECTED':
      return 'validation';
    case 'CONFIG_INVALID':
      return 'config';
    default:
      return 'other';
  }
}

/** Returns a one-line description of any thrown value, without a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
