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
import "./chunk-PIRHQTI4.js";
export {
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
};
