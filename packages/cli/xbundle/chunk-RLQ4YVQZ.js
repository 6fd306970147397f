// packages/engine/dist/errors.js
var SyncError = class extends Error {
  /** Machine-readable category of the failure. */
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "SyncError";
    this.code = code;
  }
};
function formatConfigIssue(issue) {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where} ${issue.message}`;
}
var PipelineConfigError = class extends SyncError {
  /** Every problem found, in document order. */
  issues;
  constructor(issues) {
    const lines = issues.map(formatConfigIssue);
    super("CONFIG_INVALID", lines.length === 1 ? lines[0] : `${lines.length} problems:
${lines.join("\n")}`);
    this.name = "PipelineConfigError";
    this.issues = issues;
  }
};
var SourceError = class extends SyncError {
  constructor(message, options) {
    super("SOURCE_FAILED", message, options);
    this.name = "SourceError";
  }
};
var SinkError = class extends SyncError {
  constructor(message, options) {
    super("SINK_FAILED", message, options);
    this.name = "SinkError";
  }
};
var StateError = class extends SyncError {
  constructor(message, options) {
    super("STATE_FAILED", message, options);
    this.name = "StateError";
  }
};
var RecordRejectedError = class extends SyncError {
  /** Every reason, in plain words (e.g. `price: must be a number (got text "abc")`). */
  reasons;
  constructor(reasons) {
    super("RECORD_REJECTED", reasons.join("; "));
    this.name = "RecordRejectedError";
    this.reasons = reasons;
  }
};
var AbortedError = class extends SyncError {
  constructor(message = "the run was aborted") {
    super("ABORTED", message);
    this.name = "AbortedError";
  }
};
var RunLockedError = class extends SyncError {
  /** The lock, `run:<pipeline>:<tenant or ->:<stream>`. */
  lock;
  /** Who holds it (`<host>:<pid>:<random>` for syncengine processes). */
  holder;
  constructor(message, lock, holder) {
    super("LOCKED", message);
    this.name = "RunLockedError";
    this.lock = lock;
    this.holder = holder;
  }
};
function describeError(error) {
  if (error instanceof Error)
    return error.message;
  return String(error);
}

export {
  SyncError,
  formatConfigIssue,
  PipelineConfigError,
  SourceError,
  SinkError,
  StateError,
  RecordRejectedError,
  AbortedError,
  RunLockedError,
  describeError
};
