import {
  EDITOR_SCHEMA_ID,
  buildEditorSchema,
  checkOptions,
  checkPipeline,
  createRedactingReporter,
  listTenants,
  parseRollbackTarget,
  renderPipelineReference,
  renderValidatorModule,
  rollbackCursor
} from "./chunk-LYI5B7ID.js";
import {
  PIPELINE_SCHEMA,
  connectorBlockSchemas,
  createEngine,
  createRedactor,
  defaultStatePath,
  loadEnvironment,
  loadPipelineFile,
  parsePipeline,
  pipelineSchemaFor
} from "./chunk-4UUC4JN3.js";
import {
  DEFAULT_LOCK_TTL_MS,
  PROCESS_LOCK_HOLDER,
  acquireRunLocks,
  compareCursors,
  compilePath,
  fencedState,
  getPath,
  isBusy,
  maxCursor,
  runLockName,
  runPipeline,
  takeRunLocks
} from "./chunk-XQSIKRHP.js";
import {
  CUSTOM_OPERATIONS,
  LOAD_TIME_SCOPES,
  LOGIC_OPERATIONS,
  LogicCompileError,
  RUNTIME_SCOPES,
  checkTimeZone,
  compileLogic,
  formatInstant,
  hasTemplate,
  isTruthy,
  offsetMinutes,
  parseInstant,
  parseTemplate,
  planPipeline,
  renderRuntime
} from "./chunk-GRVIXJDI.js";
import {
  createMysqlDialect,
  createMysqlStateStore,
  createPostgresDialect,
  createPostgresStateStore,
  createStateStore
} from "./chunk-AXXOOHKV.js";
import {
  DEFAULT_PORTS,
  databaseIdentity,
  describeDatabaseUrl,
  isDatabaseUrl,
  parseDatabaseUrl,
  sslFromParams
} from "./chunk-UFM4XGWW.js";
import {
  createKyselyStateStore,
  createSqliteStateStore,
  driverErrorMessage,
  migrateStateStore
} from "./chunk-OTMD6KH5.js";
import {
  importDriver
} from "./chunk-PM2PRZKI.js";
import {
  AbortedError,
  PipelineConfigError,
  RecordRejectedError,
  RunLockedError,
  SinkError,
  SourceError,
  StateError,
  SyncError,
  describeError,
  formatConfigIssue
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-Q4FN6NNM.js";
import {
  NO_METRICS,
  defineConnector
} from "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";
export {
  AbortedError,
  CUSTOM_OPERATIONS,
  DEFAULT_LOCK_TTL_MS,
  DEFAULT_PORTS,
  EDITOR_SCHEMA_ID,
  LOAD_TIME_SCOPES,
  LOGIC_OPERATIONS,
  LogicCompileError,
  NO_METRICS,
  PIPELINE_SCHEMA,
  PROCESS_LOCK_HOLDER,
  PipelineConfigError,
  RUNTIME_SCOPES,
  RecordRejectedError,
  RunLockedError,
  SinkError,
  SourceError,
  StateError,
  SyncError,
  acquireRunLocks,
  buildEditorSchema,
  checkOptions,
  checkPipeline,
  checkTimeZone,
  compareCursors,
  compileLogic,
  compilePath,
  connectorBlockSchemas,
  createEngine,
  createKyselyStateStore,
  createMysqlDialect,
  createMysqlStateStore,
  createPostgresDialect,
  createPostgresStateStore,
  createRedactingReporter,
  createRedactor,
  createSqliteStateStore,
  createStateStore,
  databaseIdentity,
  defaultStatePath,
  defineConnector,
  describeDatabaseUrl,
  describeError,
  driverErrorMessage,
  fencedState,
  formatConfigIssue,
  formatInstant,
  getPath,
  hasTemplate,
  importDriver,
  isBusy,
  isDatabaseUrl,
  isTruthy,
  listTenants,
  loadEnvironment,
  loadPipelineFile,
  maxCursor,
  migrateStateStore,
  offsetMinutes,
  parseDatabaseUrl,
  parseInstant,
  parsePipeline,
  parseRollbackTarget,
  parseTemplate,
  pipelineSchemaFor,
  planPipeline,
  renderPipelineReference,
  renderRuntime,
  renderValidatorModule,
  rollbackCursor,
  runLockName,
  runPipeline,
  sslFromParams,
  takeRunLocks
};
