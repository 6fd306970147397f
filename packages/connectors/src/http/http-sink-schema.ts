import type { JsonSchema } from '@syncengine/engine';

const STRING_MAP: JsonSchema = { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } };

/** A stream's `sink` options on an `http` connection: send records to an API. */
export const HTTP_SINK_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: {
      description:
        "Path appended to the connection's `base_url`. In `mode: record` it may use `${record.field}`, e.g. `/items/${record.id}`.",
      type: 'string',
      minLength: 1,
      'x-runtime-template': true,
    },
    method: { description: 'HTTP method.', type: 'string', enum: ['POST', 'PUT', 'PATCH', 'DELETE'], default: 'POST' },
    mode: {
      description:
        '`batch`: one request carries up to `batch_size` records; `record`: one request per record (to capture the id the target creates).',
      type: 'string',
      enum: ['batch', 'record'],
      default: 'batch',
    },
    batch_size: { description: '`batch`: most records in one request.', type: 'integer', minimum: 1, default: 100 },
    max_body_bytes: {
      description: '`batch`: a request body larger than this is split in halves before it is sent.',
      type: 'integer',
      minimum: 100,
    },
    delay_ms: {
      description: 'Pause between two requests of this stream, in milliseconds (e.g. 500 for SparkLayer).',
      type: 'integer',
      minimum: 0,
      default: 0,
    },
    body: {
      description:
        'Body template: any JSON value; a string that is exactly `${records}` (batch) or `${record}` (record mode) becomes the records, e.g. `{ items: "${records}" }`. Default: the list of records (batch) or the record.',
      tsType: 'unknown',
      'x-runtime-template': true,
    },
    params: { ...STRING_MAP, description: 'Query parameters; may use runtime references.', 'x-runtime-template': true },
    headers: { ...STRING_MAP, description: 'Extra headers; may use runtime references.', 'x-runtime-template': true },
    exclude: {
      description: 'Record fields left out of the body (e.g. the source id kept only for the crosswalk).',
      type: 'array',
      items: { type: 'string' },
    },
    retry_conflicts: {
      description: 'Retry a 409 Conflict like a 429 (targets that report concurrent updates that way).',
      type: 'boolean',
      default: true,
    },
    on_record_error: {
      description:
        '`record` mode: a 4xx answer for one record quarantines it and the run goes on (`quarantine`), or fails the run (`fail`).',
      type: 'string',
      enum: ['quarantine', 'fail'],
      default: 'quarantine',
    },
    crosswalk: {
      description:
        '`record` mode: record `(kind, source id) -> target id` from each response in the ID crosswalk, and decide what to do with a record already copied (`existing`).',
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'source_id', 'target_id'],
      properties: {
        kind: { description: 'Crosswalk kind, e.g. `item`.', type: 'string', minLength: 1 },
        source_id: { description: 'Dot path of the source id in the record.', type: 'string', minLength: 1 },
        target_id: { description: 'Dot path of the new id in the response body.', type: 'string', minLength: 1 },
        existing: {
          description: 'A record whose source id is already mapped: `skip` it, or `update` it with `update` (path may use `${target_id}`).',
          type: 'string',
          enum: ['skip', 'update'],
          default: 'skip',
        },
        update: {
          description: 'The request that updates an already copied record.',
          type: 'object',
          additionalProperties: false,
          required: ['path'],
          properties: {
            method: { type: 'string', enum: ['PUT', 'PATCH', 'POST'], default: 'PATCH' },
            path: { type: 'string', minLength: 1, description: 'e.g. `/items/${target_id}`.', 'x-runtime-template': true },
          },
        },
      },
    },
  },
};
