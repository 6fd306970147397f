export { testStateStore } from './test-state-store.js';
export { testSink } from './test-sink.js';
export type { SinkTarget } from './test-sink.js';
export { testSource } from './test-source.js';
export type { SourceTarget } from './test-source.js';
export { testPagination } from './test-pagination.js';
export type { PageResponse, PaginationTarget } from './test-pagination.js';
export { createHarness, idsAndNames, KIT_PIPELINE, KIT_STREAM, kitRecords, pagesOf } from './create-harness.js';
export type { ConnectorUnderTest, Harness, HarnessRun } from './create-harness.js';
