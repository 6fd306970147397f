import type { JsonSchema } from '@syncengine/engine';

const STATUS_LIST: JsonSchema = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };

/**
 * `report` of an HTTP source: an asynchronous report job. The stream's request (`path`, `method`,
 * `params`, `body`) creates the report; its id is polled until the report is done, then the
 * document is downloaded and decoded in the stream's `format`.
 */
export const HTTP_REPORT_SCHEMA: JsonSchema = {
  description:
    "Reads an asynchronous report instead of a list: the stream's request (`path`, `method`, `params`, `body`) creates the report, `status` is polled (with backoff, honouring `Retry-After`) until the report is done, an optional `document` request gives the download URL, and the file (gzip or not) is decoded in the stream's `format` (`tsv`, `csv`, `jsonl`, `json`). The report id is kept in the state store until the document has been read, so a run that stops while polling resumes the same report instead of asking for a new one. `${report.id}` and `${report.<field>}` (fields of the last status answer) may be used in `status.path` and `document.path`.",
  type: 'object',
  additionalProperties: false,
  required: ['id_path', 'status', 'url_path'],
  properties: {
    id_path: { description: "Dot path of the new report's id in the create answer, e.g. `reportId`.", type: 'string', minLength: 1 },
    status: {
      description: 'The status request, polled until the report is done.',
      type: 'object',
      additionalProperties: false,
      required: ['path', 'status_path', 'done'],
      properties: {
        path: { description: 'Path of the status request, e.g. `/reports/2021-06-30/reports/${report.id}`.', type: 'string', minLength: 1 },
        status_path: { description: 'Dot path of the status in its answer, e.g. `processingStatus`.', type: 'string', minLength: 1 },
        done: { ...STATUS_LIST, description: 'Statuses that mean the document is ready, e.g. `[DONE]`.' },
        empty: {
          ...STATUS_LIST,
          description: 'Statuses that mean there is nothing to read (the stream reads no record), e.g. SP-API `[CANCELLED]`.',
        },
        failed: { ...STATUS_LIST, description: 'Statuses that fail the read, e.g. `[FATAL]`.' },
        interval_ms: { description: 'Wait before the first poll; it doubles after each poll.', type: 'integer', minimum: 1, default: 5000 },
        max_interval_ms: { description: 'Longest wait between two polls.', type: 'integer', minimum: 1, default: 60000 },
        timeout_ms: {
          description: 'Fail the read when the report is not done this long after it was requested (a later run resumes it).',
          type: 'integer',
          minimum: 1,
          default: 1800000,
        },
      },
    },
    document: {
      description: 'A request between the status and the download that gives the download URL, e.g. SP-API getReportDocument.',
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      properties: {
        path: { description: 'e.g. `/reports/2021-06-30/documents/${report.reportDocumentId}`.', type: 'string', minLength: 1 },
      },
    },
    url_path: {
      description:
        "Dot path of the download URL in the document answer (or the status answer without `document`). A URL on another origin (a pre-signed storage URL) gets none of the connection's credentials.",
      type: 'string',
      minLength: 1,
    },
    compression_path: {
      description: 'Dot path of the compression in the same answer, e.g. `compressionAlgorithm`; `GZIP` (any case) is gunzipped.',
      type: 'string',
      minLength: 1,
    },
    page_size: { description: 'Records handed on per page while the document is decoded.', type: 'integer', minimum: 1, default: 1000 },
    reuse_in_run: {
      description:
        'A report read to the end earlier in the same run is read again (its document fetched anew) instead of a new one being requested, e.g. for a stream partitioned by this one (`partitions.from.stream`).',
      type: 'boolean',
      default: false,
    },
    resume_within_ms: {
      description: 'A stored report requested longer ago than this is not resumed: a new one is requested.',
      type: 'integer',
      minimum: 1,
      default: 21600000,
    },
  },
};
