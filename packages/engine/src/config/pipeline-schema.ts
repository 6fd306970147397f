import type { JsonSchema } from './json-schema.js';
import { JOBS_SCHEMA, TAGS_SCHEMA, TENANT_EXTRA_PROPERTIES, TRIGGERS_SCHEMA } from './_ops-schema.js';
import { QUERIES_SCHEMA, SELECTIONS_SCHEMA } from './_selection-query-schemas.js';

const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*$';
/** A target field of `map`, `set`, `object` and `each`: a name, or a dot path of names into nested objects. */
const TARGET_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$';

/** A json-logic expression: an object with one operator key, or a literal. */
const LOGIC: JsonSchema = {
  description: 'A json-logic expression, e.g. `{">": [{"var": "total"}, 0]}`. See docs/expressions.md.',
  type: ['object', 'array', 'string', 'number', 'boolean', 'null'],
  tsType: 'unknown',
};

/** A reference to the field spec in `$defs`: specs nest (`object`, `each`), so the schema refers to itself. */
const FIELD_SPEC: JsonSchema = { $ref: '#/$defs/fieldSpec' };
const TRANSFORM_STEP: JsonSchema = { $ref: '#/$defs/transformStep' };

const FIELD_SPEC_DEF: JsonSchema = {
  title: 'FieldSpec',
  description:
    'Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.',
  anyOf: [
    { type: 'string', minLength: 1, description: 'A dot path into the source record.' },
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 2,
      properties: {
        path: { type: 'string', minLength: 1, description: 'A dot path into the source record.' },
        value: { description: 'A constant value.', tsType: 'unknown' },
        template: {
          type: 'string',
          description: 'A string with `${record.field}` references to the source record (and any runtime scope).',
        },
        expr: LOGIC,
        object: {
          description:
            'Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.',
          type: 'object',
          minProperties: 1,
          propertyNames: { pattern: TARGET_PATTERN },
          additionalProperties: { $ref: '#/$defs/fieldSpec' },
        },
        list: {
          description:
            'Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.',
          type: 'array',
          minItems: 1,
          items: { $ref: '#/$defs/fieldSpec' },
        },
        each: {
          description:
            'Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.',
          type: 'object',
          additionalProperties: false,
          required: ['path'],
          properties: {
            path: { type: 'string', minLength: 1, description: 'Dot path of the list.' },
            fields: {
              type: 'object',
              minProperties: 1,
              propertyNames: { pattern: TARGET_PATTERN },
              additionalProperties: { $ref: '#/$defs/fieldSpec' },
              description: 'Field specs read from each element; a target may be a dot path (`vendor.id`).',
            },
            key: { $ref: '#/$defs/fieldSpec' },
            value: { $ref: '#/$defs/fieldSpec' },
          },
        },
        default: { description: 'Used when the path or expression yields null or nothing.', tsType: 'unknown' },
      },
    },
  ],
};

const FIELD_MAP: JsonSchema = {
  type: 'object',
  minProperties: 1,
  propertyNames: { pattern: TARGET_PATTERN },
  additionalProperties: FIELD_SPEC,
};

const PATH_LIST: JsonSchema = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };

const SOURCE_BLOCK: JsonSchema = {
  description: "A source block: `connection` plus the connector's stream options.",
  type: 'object',
  required: ['connection'],
  properties: { connection: { type: 'string', description: 'Name of a connection under `connections`.' } },
  additionalProperties: true,
};

/** Where a stream reads extra records from: a source block, or another stream (its source and transforms). */
const RECORDS_FROM: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: {
    source: SOURCE_BLOCK,
    stream: { description: 'Name of another stream whose source (and transforms) give the records; its sink is not used.', type: 'string' },
  },
};

/** One transform step; `$defs.transformStep`, referred to by a stream's and each output's `transforms`. */
const TRANSFORM_STEP_DEF: JsonSchema = {
  title: 'TransformStep',
  description: 'One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.',
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  properties: {
    map: {
      ...FIELD_MAP,
      description:
        'Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped.',
    },
    set: {
      ...FIELD_MAP,
      description:
        'Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created).',
    },
    keep: { ...PATH_LIST, description: 'Keeps only these top-level fields.' },
    drop: { ...PATH_LIST, description: 'Removes these top-level fields.' },
    pack: {
      description: 'Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).',
      type: 'object',
      additionalProperties: false,
      required: ['into'],
      properties: {
        into: { description: 'Name of the field that receives the packed fields.', type: 'string', pattern: NAME_PATTERN },
        keep: { ...PATH_LIST, description: 'Fields that stay at the top level.' },
      },
    },
    flatten: {
      description: 'Turns one record into one record per element of the list at `path` (e.g. one per order line).',
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      properties: {
        path: { description: 'Dot path of the list.', type: 'string', minLength: 1 },
        into: {
          description: 'Field that receives the element; the list field itself is removed.',
          type: 'string',
          pattern: NAME_PATTERN,
          default: 'item',
        },
        index: { description: "Optional field that receives the element's position (0-based).", type: 'string', pattern: NAME_PATTERN },
        keep_empty: {
          description: 'Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.',
          type: 'boolean',
          default: false,
        },
      },
    },
    filter: { ...LOGIC, description: 'Keeps only the records for which this json-logic expression is truthy.' },
    dedupe: {
      description: 'Drops a record whose key was already seen in this run (the first one wins).',
      type: 'object',
      additionalProperties: false,
      required: ['key'],
      properties: { key: { ...PATH_LIST, description: 'Dot path(s) of the fields that identify a record.' } },
    },
    classify: {
      description: 'Sets fields from the first rule whose `when` holds, or from `default` when none does.',
      type: 'object',
      additionalProperties: false,
      required: ['rules'],
      properties: {
        rules: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['when', 'set'],
            properties: {
              when: { ...LOGIC, description: 'A json-logic condition on the record.' },
              set: {
                description: 'Fields to set: constants; text may use `${record.field}`.',
                type: 'object',
                minProperties: 1,
                additionalProperties: { tsType: 'unknown' },
              },
            },
          },
        },
        default: { description: 'Fields to set when no rule matches.', type: 'object', additionalProperties: { tsType: 'unknown' } },
      },
    },
    validate: {
      description:
        'Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.',
      type: 'object',
      additionalProperties: false,
      required: ['schema'],
      properties: {
        schema: { description: 'The JSON Schema records must match.', type: 'object', tsType: 'Record<string, unknown>' },
      },
    },
    translate: {
      description:
        'Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.',
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'path'],
      properties: {
        kind: { description: 'Crosswalk kind, e.g. `item`.', type: 'string', minLength: 1 },
        path: { description: 'Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.', type: 'string', minLength: 1 },
        missing: {
          description: 'When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.',
          type: 'string',
          enum: ['quarantine', 'skip', 'fail'],
          default: 'quarantine',
        },
        as: {
          description:
            "The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.",
          type: 'string',
          enum: ['integer', 'number', 'text'],
        },
      },
    },
    join: {
      description:
        'Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).',
      type: 'object',
      additionalProperties: false,
      required: ['from', 'on', 'fields'],
      properties: {
        from: { ...RECORDS_FROM, description: 'The right side: `source` (a source block) or `stream` (another stream).' },
        on: {
          description: "Join key: `left` path in this stream's record, `right` path in the other record.",
          type: 'object',
          additionalProperties: false,
          required: ['left', 'right'],
          properties: { left: { type: 'string', minLength: 1 }, right: { type: 'string', minLength: 1 } },
        },
        fields: {
          ...FIELD_MAP,
          description: 'Fields to add, read from the matching right record (field specs; `default` applies on a miss).',
        },
        max_in_memory: {
          description: 'Right-side records kept in memory before the lookup moves to disk.',
          type: 'integer',
          minimum: 1,
          default: 100000,
        },
      },
    },
  },
};

/**
 * The engine's part of the pipeline language. Connector-specific blocks (`connections.*` and a stream's
 * `source` and `sink` options) are validated against each connector's own schema in a second pass.
 */
export const PIPELINE_SCHEMA = {
  $id: 'https://syncengine.dev/schema/pipeline.json',
  title: 'syncengine pipeline',
  description: 'A YAML file that declares connections, streams and variables for one sync pipeline.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'streams'],
  $defs: { fieldSpec: FIELD_SPEC_DEF, transformStep: TRANSFORM_STEP_DEF },
  properties: {
    version: {
      description: 'Version of the pipeline language this file is written in.',
      type: 'integer',
      enum: [1],
    },
    name: {
      description: 'Name of the pipeline in logs and run history. Defaults to the file name without extension.',
      type: 'string',
      pattern: NAME_PATTERN,
    },
    description: { description: 'Free text about the pipeline, shown by `syncengine serve` (`GET /pipelines`).', type: 'string' },
    tags: TAGS_SCHEMA,
    secrets: {
      description:
        'Secrets read from a provider when the pipeline loads, used as `${secrets.name}` and masked everywhere: an environment variable, a file, or the output of a command (e.g. `gcloud secrets versions access latest --secret=x`).',
      type: 'object',
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
        properties: {
          env: { description: 'Name of an environment variable.', type: 'string', minLength: 1 },
          file: {
            description: 'A file whose content (trimmed) is the secret; relative to the pipeline file.',
            type: 'string',
            minLength: 1,
          },
          command: { description: 'A shell command whose output (trimmed) is the secret.', type: 'string', minLength: 1 },
        },
      },
    },
    vars: {
      description: 'Named values referenced as `${vars.name}`. May reference `${env.NAME}`; overridden by `--var name=value`.',
      type: 'object',
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: { type: ['string', 'number', 'boolean', 'null', 'object', 'array'], tsType: 'unknown' },
    },
    state: {
      description:
        'Where cursors, run history, the quarantine and the crosswalk live when the command line names no store (`--state`, `SYNCENGINE_STATE`): a SQLite file relative to this file, `sqlite:path`, `postgres://...` or `mysql://...`. Default `.syncengine/state.db` next to this file.',
      type: 'string',
      minLength: 1,
    },
    stream_concurrency: {
      description:
        "How many streams of a run may run at the same time. A stream still starts only after every stream in its `after` list finished, and streams start in the file's order; each stream's requests share its connection's `rate_limit`.",
      type: 'integer',
      minimum: 1,
      maximum: 16,
      default: 1,
    },
    defaults: {
      description: 'Settings applied to every stream unless the stream sets its own.',
      type: 'object',
      additionalProperties: false,
      properties: {
        batch_size: {
          description: 'Records per batch handed to the sink; the cursor is checkpointed per committed batch.',
          type: 'integer',
          minimum: 1,
          maximum: 100000,
          default: 500,
        },
        read_ahead: {
          description:
            'Pages a source may fetch ahead of the page being transformed. Reading, transforming and writing always overlap; a source whose next address does not depend on the last response (page and offset paging) has up to this many requests in flight, within its rate limit, while one whose next request needs the last response (cursor, next link) fetches one page ahead. Memory holds at most this many pages plus two, and three batches, per stream being read.',
          type: 'integer',
          minimum: 1,
          maximum: 64,
          default: 4,
        },
      },
      default: {},
    },
    schedule: {
      description:
        'When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.',
      type: 'object',
      additionalProperties: false,
      properties: {
        every: {
          description: 'An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.',
          type: 'string',
          pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$',
        },
        cron: { description: 'A cron expression (5 or 6 fields), e.g. `0 */6 * * *`.', type: 'string', minLength: 9 },
        timezone: { description: 'IANA time zone of the cron expression.', type: 'string', default: 'UTC' },
      },
    },
    webhooks: {
      description:
        'Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.',
      type: 'object',
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['stream', 'ids'],
        properties: {
          stream: { description: 'The stream to run by ids (it must declare `strategies.ids`).', type: 'string' },
          ids: { description: 'Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.', type: 'string', minLength: 1 },
          when: {
            ...LOGIC,
            description: 'Accept only payloads for which this json-logic expression is truthy; others get 202 and no run.',
          },
          tenant: { description: 'Dot path of the tenant id in the payload, for multi-tenant pipelines.', type: 'string' },
          secret: { description: 'A shared secret the sender puts in `secret_header`.', type: 'string', 'x-secret': true },
          secret_header: { description: 'Header that carries the shared secret.', type: 'string', default: 'X-Webhook-Secret' },
          hmac: {
            description: 'An HMAC signature of the raw body instead of a shared secret.',
            type: 'object',
            additionalProperties: false,
            required: ['secret', 'header'],
            properties: {
              secret: { type: 'string', 'x-secret': true, description: 'The signing key.' },
              header: { type: 'string', description: 'Header that carries the signature, e.g. `X-Signature`.' },
              algorithm: { type: 'string', enum: ['sha1', 'sha256', 'sha512'], default: 'sha256' },
              encoding: { type: 'string', enum: ['hex', 'base64'], default: 'hex' },
              prefix: { type: 'string', description: 'Text before the signature in the header, e.g. `sha256=`.', default: '' },
              timestamp_header: {
                type: 'string',
                description:
                  'Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409).',
              },
              signed: {
                type: 'string',
                description:
                  'What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`.',
              },
              tolerance_s: {
                type: 'integer',
                minimum: 1,
                default: 300,
                description:
                  'With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered.',
              },
            },
          },
        },
      },
    },
    jobs: JOBS_SCHEMA,
    triggers: TRIGGERS_SCHEMA,
    selections: SELECTIONS_SCHEMA,
    queries: QUERIES_SCHEMA,
    after_run: {
      description:
        'Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.error_class}` (network, rate_limit, authentication, server, database, validation, config, other; null unless the run failed), `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.selection}` (null unless the run was limited to a selection), `${result.run_id}` become bound parameters.',
      type: 'object',
      additionalProperties: false,
      required: ['connection'],
      properties: {
        connection: { description: 'A connection whose connector can run statements (sqlite, postgres, mysql).', type: 'string' },
        success: { description: 'Statement after a successful run.', type: 'string', minLength: 1 },
        failure: { description: 'Statement after a failed or aborted run.', type: 'string', minLength: 1 },
      },
    },
    tenants: {
      description:
        "Runs the whole pipeline once per tenant (e.g. per client account). Each tenant's fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.",
      type: 'object',
      additionalProperties: false,
      properties: {
        source: { ...SOURCE_BLOCK, description: 'Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table.' },
        list: { description: 'The tenants, inline.', type: 'array', items: { type: 'object' }, tsType: 'Record<string, unknown>[]' },
        file: { description: 'A JSON or YAML file with a list of tenants, relative to the pipeline file.', type: 'string', minLength: 1 },
        id: { description: 'Dot path of the tenant id in each tenant record.', type: 'string', minLength: 1, default: 'id' },
        where: { ...LOGIC, description: 'Run only the tenants for which this json-logic expression is truthy.' },
        concurrency: { description: 'How many tenants run at the same time.', type: 'integer', minimum: 1, maximum: 64, default: 1 },
        frequency_hours: {
          description:
            'Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.',
          type: 'string',
          minLength: 1,
        },
        ...TENANT_EXTRA_PROPERTIES,
        write_back: {
          description:
            "Statements run on a connection after each tenant's run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.",
          type: 'object',
          additionalProperties: false,
          required: ['connection'],
          properties: {
            connection: { description: 'A connection whose connector can run statements (sqlite, postgres, mysql).', type: 'string' },
            success: { description: 'Statement after a successful run.', type: 'string', minLength: 1 },
            failure: { description: 'Statement after a failed run.', type: 'string', minLength: 1 },
          },
        },
      },
    },
    discover: {
      description:
        'Requests made once at the start of a run whose result the streams use as `${discover.<name>}`, e.g. a lookup of the warehouse id of a checkout.',
      type: 'object',
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['source'],
        properties: {
          source: SOURCE_BLOCK,
          pick: {
            description: '`first`: the first record (an error when there is none); `all`: the list of every record.',
            type: 'string',
            enum: ['first', 'all'],
            default: 'first',
          },
        },
      },
    },
    connections: {
      description:
        "Reusable connections (an API with its auth, a database), keyed by name. `type` picks the connector; the other keys are that connector's options.",
      type: 'object',
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: 'object',
        required: ['type'],
        properties: { type: { description: 'The connector, e.g. `http`, `sqlite`, `stdout`.', type: 'string' } },
        additionalProperties: true,
      },
      default: {},
    },
    templates: {
      description:
        'Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.',
      type: 'object',
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: { type: 'object', tsType: 'Record<string, unknown>' },
    },
    streams: {
      description: 'The streams of the pipeline, keyed by name. Each reads from one source and writes to one sink.',
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['source', 'sink'],
        properties: {
          extends: {
            description: "Name of a template under `templates` this stream is built from; its own keys override the template's.",
            type: 'string',
            pattern: NAME_PATTERN,
          },
          params: {
            description: "Values for the template's `${params.name}` references (`${params.stream}` is the stream's name).",
            type: 'object',
            propertyNames: { pattern: NAME_PATTERN },
            additionalProperties: { tsType: 'unknown' },
          },
          description: { type: 'string', description: 'Free text.' },
          source: {
            description: "Where records come from: `connection` names a connection; the other keys are the connector's stream options.",
            type: 'object',
            required: ['connection'],
            properties: { connection: { type: 'string', description: 'Name of a connection under `connections`.' } },
            additionalProperties: true,
          },
          incremental: {
            description:
              'Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.',
            type: 'object',
            additionalProperties: false,
            required: ['cursor_field'],
            properties: {
              cursor_field: {
                description: 'Dot path of the field in the source record that grows with every change, e.g. `updated_at`.',
                type: 'string',
                minLength: 1,
              },
              initial: {
                description: 'Cursor value for the first run, when no cursor is stored yet.',
                type: ['string', 'number'],
              },
              ordered: {
                description:
                  'The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.',
                type: 'boolean',
                default: false,
              },
            },
          },
          partitions: {
            description:
              'Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.',
            type: 'object',
            additionalProperties: false,
            properties: {
              values: {
                description: 'A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).',
                type: ['array', 'string'],
                tsType: 'unknown[] | string',
              },
              from: {
                ...RECORDS_FROM,
                description:
                  "Parent records: `source` (a source block, like a stream's) or `stream` (another stream's source and transforms; its sink is not used).",
              },
              key: {
                description: 'Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).',
                type: 'string',
                minLength: 1,
                default: 'id',
              },
              concurrency: {
                description:
                  "How many partitions are read at the same time. Their batches are written one at a time, each partition's in order, each with its own cursor.",
                type: 'integer',
                minimum: 1,
                maximum: 64,
                default: 1,
              },
            },
          },
          transforms: {
            description: 'Steps applied to each record in order, between the source and the sink.',
            type: 'array',
            items: TRANSFORM_STEP,
            default: [],
          },
          sink: {
            description: "Where records go: `connection` names a connection; the other keys are the connector's stream options.",
            type: 'object',
            required: ['connection'],
            properties: { connection: { type: 'string', description: 'Name of a connection under `connections`.' } },
            additionalProperties: true,
          },
          primary_key: {
            description: 'Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.',
            type: 'array',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
          },
          cache: {
            description:
              "Keeps a copy of the source's records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.",
            type: 'object',
            additionalProperties: false,
            required: ['path'],
            properties: {
              path: {
                description: 'The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.',
                type: 'string',
                minLength: 1,
              },
              format: {
                description: 'File format. Default: from the extension (`.csv`, else JSON lines).',
                type: 'string',
                enum: ['csv', 'jsonl'],
              },
              max_age: {
                description: 'Read the source again when the file is older than this, e.g. `24h`.',
                type: 'string',
                pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$',
              },
            },
          },
          also: {
            description:
              "More outputs of the same records: each entry runs its own `transforms` on the records the stream's transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.",
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['sink'],
              properties: {
                transforms: { description: 'Steps for this output only.', type: 'array', items: TRANSFORM_STEP, default: [] },
                sink: {
                  description: "Where this output goes: `connection` plus the connector's stream options.",
                  type: 'object',
                  required: ['connection'],
                  properties: { connection: { type: 'string', description: 'Name of a connection under `connections`.' } },
                  additionalProperties: true,
                },
              },
            },
          },
          strategies: {
            description:
              'How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).',
            type: 'object',
            additionalProperties: false,
            properties: {
              ids: {
                description: "Fetches just the given ids (a webhook, `--ids`): these source options replace the stream's for that run.",
                type: 'object',
                additionalProperties: false,
                required: ['source'],
                properties: {
                  source: {
                    description:
                      'Source options that replace the stream\'s, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: "Id in (${ids_csv})" }` (one request for all).',
                    type: 'object',
                    additionalProperties: true,
                  },
                },
              },
              auto: {
                description:
                  'Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.',
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['when', 'use'],
                  properties: { when: LOGIC, use: { type: 'string', enum: ['full', 'incremental'] } },
                },
              },
            },
          },
          after: {
            description: 'Streams that must finish before this one starts (e.g. items before purchase orders).',
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
          },
          reference: {
            description:
              'Reference (master) data other streams look up, e.g. vendors mapped into a crosswalk: `--stream` of a stream that runs `after` it runs it too, first, and `--limit` never shortens it unless it is named in `--stream` itself.',
            type: 'boolean',
            default: false,
          },
          quarantine: {
            description:
              'When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.',
            type: 'object',
            additionalProperties: false,
            properties: {
              max_records: { description: 'Most records a run may quarantine.', type: 'integer', minimum: 0 },
              max_percent: {
                description: 'Most records a run may quarantine, as a percentage of the records read.',
                type: 'number',
                minimum: 0,
                maximum: 100,
              },
            },
          },
          batch_size: {
            description: 'Records per batch for this stream. Defaults to `defaults.batch_size`.',
            type: 'integer',
            minimum: 1,
            maximum: 100000,
          },
          read_ahead: {
            description: 'Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.',
            type: 'integer',
            minimum: 1,
            maximum: 64,
          },
        },
      },
    },
  },
} as const satisfies JsonSchema;
