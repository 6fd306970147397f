export { createEngine, defaultStatePath } from './engine.js';
export type { Engine, EngineOptions, EngineRunOptions } from './engine.js';
export { loadPipelineFile, parsePipeline, loadEnvironment, pipelineSchemaFor } from './config/load-pipeline.js';
export type { LoadPipelineOptions, Pipeline } from './config/load-pipeline.js';
export { PIPELINE_SCHEMA } from './config/pipeline-schema.js';
export { checkOptions } from './config/check-options.js';
export type { PipelineDefinition } from './config/pipeline-types.generated.js';
export type { JsonSchema, JsonSchemaType } from './config/json-schema.js';
export { renderPipelineReference } from './config/render-reference.js';
export { buildEditorSchema, EDITOR_SCHEMA_ID } from './config/editor-schema.js';
export { connectorBlockSchemas } from './config/connector-block-schemas.js';
export type { ConnectorBlockSchemas } from './config/connector-block-schemas.js';
export { renderValidatorModule } from './config/render-validators.js';
export type { RenderValidatorOptions } from './config/render-validators.js';
export { hasTemplate, parseTemplate, renderRuntime, RUNTIME_SCOPES, LOAD_TIME_SCOPES } from './config/template.js';
export type { TemplatePart, TemplateRef } from './config/template.js';
export { defineConnector, NO_METRICS } from './connector/connector.js';
export type {
  AnyConnectorDefinition,
  BatchCheckpoint,
  Connection,
  ConnectorContext,
  ConnectorDefinition,
  ConnectorLoader,
  ConnectorRegistry,
  MetricLabels,
  MetricsRecorder,
  PrecompiledValidator,
  SharedRateBudget,
  SharedRateBudgets,
  SharedRateLimits,
  ReadContext,
  SourcePage,
  StreamWriter,
  SyncRecord,
  WriteContext,
  WriteResult,
  WriterContext,
} from './connector/connector.js';
export {
  AbortedError,
  describeError,
  ERROR_CLASSES,
  errorClassOf,
  formatConfigIssue,
  PipelineConfigError,
  RunLockedError,
  SinkError,
  SourceError,
  StateError,
  SyncError,
} from './errors.js';
export type { ConfigIssue, ErrorClass, SyncErrorCode, SyncErrorOptions } from './errors.js';
export { createRedactor } from './logging/redactor.js';
export type { Redactor } from './logging/redactor.js';
export { createRedactingReporter } from './logging/redacting-reporter.js';
export { planPipeline } from './plan/plan-pipeline.js';
export type { PlanOptions } from './plan/plan-pipeline.js';
export type {
  JobPlan,
  PipelinePlan,
  QueryParamPlan,
  QueryPlan,
  SelectionPlan,
  StreamPlan,
  StepNode,
  StepKind,
  TenantPlan,
  TriggerPlan,
} from './plan/plan-types.js';
export { runPipeline } from './run/run-pipeline.js';
export { connectionNamespace } from './run/_connect.js';
export { checkPipeline } from './run/check-pipeline.js';
export { createQueryRunner, QueryParamsError } from './run/run-query.js';
export type { QueryAnswer, QueryRunner, QueryRunnerOptions } from './run/run-query.js';
export type { CheckOptions, ConnectionCheck } from './run/check-pipeline.js';
export type { RunOptions } from './run/run-pipeline.js';
export { acquireRunLocks, DEFAULT_LOCK_TTL_MS, fencedState, isBusy, PROCESS_LOCK_HOLDER, runLockName, takeRunLocks } from './run/run-lock.js';
export type { RunLease, RunLockBusy, RunLockOptions, TakeRunLocksOptions } from './run/run-lock.js';
export { listTenants } from './run/list-tenants.js';
export { tenantNextRunAt } from './run/_run-tenants.js';
export { nextAtTimeOfDay } from './util/time-of-day.js';
export { runJob } from './run/run-job.js';
export type { JobResult, RunJobOptions } from './run/run-job.js';
export type { ListTenantsOptions, TenantInfo } from './run/list-tenants.js';
export type { RunEvent, RunResult, RunStrategy, StreamResult } from './run/run-events.js';
export { emptyStreamResult } from './run/run-events.js';
export type { WorkUnit } from './run/work-unit.js';
export type { DispatchedPartition, PartitionDispatcher } from './run/partition-dispatch.js';
export { compareCursors, maxCursor } from './run/cursor.js';
export { compileLogic, isTruthy, LOGIC_OPERATIONS, LogicCompileError } from './expressions/logic.js';
export type { CompiledLogic, LogicRule } from './expressions/logic.js';
export { CUSTOM_OPERATIONS } from './expressions/custom-operations.js';
export { RecordRejectedError } from './errors.js';
export { compilePath, getPath } from './util/record-path.js';
export { checkTimeZone, formatInstant, offsetMinutes, parseInstant } from './util/time-zone.js';
export type { RecordPath } from './util/record-path.js';
export { createSqliteStateStore } from './state/sqlite-state-store.js';
export type { SqliteStateStoreOptions } from './state/sqlite-state-store.js';
export { createKyselyStateStore } from './state/kysely-state-store.js';
export type { KyselyStateStoreOptions } from './state/kysely-state-store.js';
export { createSqlStateDriver, migrateStateStore } from './state/sql-state-driver.js';
export type { SqlStateDriverOptions, StateDatabase } from './state/sql-state-driver.js';
export { createMemoryStateDriver } from './state/memory-state-driver.js';
export type { RowCondition, RowQuery, RowWhere, StateDriver, StateRowAccess } from './state/state-driver.js';
export { STATE_TABLES } from './state/state-tables.js';
export type {
  CrosswalkRow,
  CursorHistoryRow,
  CursorRow,
  KvRow,
  LockRow,
  QuarantineRow,
  RunRow,
  StateRow,
  StateTable,
  StateTableLayout,
  StateTables,
  StreamRunRow,
} from './state/state-tables.js';
export type { StateHistoryOptions } from './state/create-driver-state-store.js';
export { createStateStore } from './state/create-state-store.js';
export type { CreateStateStoreOptions } from './state/create-state-store.js';
export { createPostgresStateStore } from './state/postgres-state-store.js';
export type { PostgresStateStoreOptions } from './state/postgres-state-store.js';
export { createMysqlStateStore } from './state/mysql-state-store.js';
export type { MysqlStateStoreOptions } from './state/mysql-state-store.js';
export {
  DEFAULT_PORTS,
  databaseIdentity,
  describeDatabaseUrl,
  isDatabaseUrl,
  parseDatabaseUrl,
  sslFromParams,
} from './state/database-url.js';
export type { DatabaseLocation, ServerLocation, SqliteLocation, SslSetting } from './state/database-url.js';
export { driverErrorMessage } from './state/driver-error-message.js';
export { importDriver } from './util/import-driver.js';
export { createMysqlDialect, createPostgresDialect } from './sql/create-server-dialect.js';
export { insertIfAbsent, MYSQL_DIALECT, onStoredKey, POSTGRES_DIALECT, SQL_DIALECTS, sqlDialectOf, SQLITE_DIALECT } from './sql/sql-dialect.js';
export type { SqlDialectBase, SqlDialectName, UpsertStyle } from './sql/sql-dialect.js';
export type { ServerDialectOptions } from './sql/create-server-dialect.js';
export type { ImportDriverOptions } from './util/import-driver.js';
export { parseRollbackTarget, rollbackCursor } from './state/rollback-cursor.js';
export type { RollbackResult, RollbackTarget } from './state/rollback-cursor.js';
export type { ApiCacheStore, CachedResponse, CacheEntry } from './state/api-cache-store.js';
export type {
  AcquireLockOptions,
  CursorFence,
  SetCursorOptions,
  Crosswalk,
  CursorAction,
  CursorChange,
  CursorFilter,
  CursorHistoryEntry,
  CursorInspector,
  KeyValueStore,
  LockStore,
  QuarantinedRecord,
  QuarantineFilter,
  QuarantineStatus,
  QuarantineStore,
  RunFilter,
  RunRecord,
  RunStatus,
  RunTrigger,
  StateStore,
  StoredCursor,
  StreamKey,
  StreamRunRecord,
} from './state/state-store.js';
