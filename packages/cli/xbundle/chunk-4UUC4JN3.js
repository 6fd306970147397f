import {
  LogicCompileError,
  RUNTIME_SCOPES,
  TemplateSyntaxError,
  checkRecordSchema,
  checkTimeZone,
  compileLogic,
  formatAjvErrors,
  formatPath,
  hasTemplate,
  lookupRef,
  parseTemplate,
  planPipeline,
  pointerToPath,
  positionOf,
  renderParts,
  require_dist
} from "./chunk-GRVIXJDI.js";
import {
  PipelineConfigError
} from "./chunk-RLQ4YVQZ.js";
import {
  CONFIG_FORMATS,
  ucs2length
} from "./chunk-Q4FN6NNM.js";
import {
  __toESM
} from "./chunk-PIRHQTI4.js";

// packages/engine/dist/logging/redactor.js
var MASK = "***";
var MIN_SECRET_LENGTH = 4;
var SECRET_PARAM = /([?&](?:access_token|api_key|apikey|key|token|secret|client_secret|password|signature|sig)=)[^&#\s"']*?(?=$|[&#\s"']|:\s)/gi;
function createRedactor(initial = []) {
  const secrets = /* @__PURE__ */ new Set();
  let pattern;
  const redact = (text) => {
    let out = text.replace(SECRET_PARAM, `$1${MASK}`);
    if (pattern)
      out = out.replace(pattern, MASK);
    return out;
  };
  const redactValue = (value) => {
    if (typeof value === "string")
      return redact(value);
    if (Array.isArray(value))
      return value.map(redactValue);
    if (value && typeof value === "object" && !(value instanceof Date)) {
      const out = {};
      for (const [k, v] of Object.entries(value))
        out[k] = redactValue(v);
      return out;
    }
    return value;
  };
  const redactor = {
    add(secret) {
      if (typeof secret !== "string" || secret.length < MIN_SECRET_LENGTH || secrets.has(secret))
        return;
      secrets.add(secret);
      secrets.add(encodeURIComponent(secret));
      const alternatives = [...secrets].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      pattern = new RegExp(alternatives.join("|"), "g");
    },
    redact,
    redactValue,
    get size() {
      return secrets.size;
    }
  };
  for (const s of initial)
    redactor.add(s);
  return redactor;
}

// packages/engine/dist/config/connector-block-schemas.js
var blockSchemas = /* @__PURE__ */ new WeakMap();
function connectorBlockSchemas(definition) {
  return {
    connection: withKey(definition.connectionSchema, "type"),
    ...definition.source ? { source: withKey(definition.source.streamSchema, "connection") } : {},
    ...definition.sink ? { sink: withKey(definition.sink.streamSchema, "connection") } : {}
  };
}
function withKey(schema, key) {
  let block = blockSchemas.get(schema);
  if (!block) {
    block = { ...schema, properties: { [key]: { type: "string" }, ...schema.properties } };
    blockSchemas.set(schema, block);
  }
  return block;
}

// packages/engine/dist/config/pipeline-schema.js
var NAME_PATTERN = "^[A-Za-z_][A-Za-z0-9_-]*$";
var TARGET_PATTERN = "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$";
var LOGIC = {
  description: 'A json-logic expression, e.g. `{">": [{"var": "total"}, 0]}`. See docs/expressions.md.',
  type: ["object", "array", "string", "number", "boolean", "null"],
  tsType: "unknown"
};
var FIELD_SPEC = { $ref: "#/$defs/fieldSpec" };
var TRANSFORM_STEP = { $ref: "#/$defs/transformStep" };
var FIELD_SPEC_DEF = {
  title: "FieldSpec",
  description: "Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.",
  anyOf: [
    { type: "string", minLength: 1, description: "A dot path into the source record." },
    {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 2,
      properties: {
        path: { type: "string", minLength: 1, description: "A dot path into the source record." },
        value: { description: "A constant value.", tsType: "unknown" },
        template: {
          type: "string",
          description: "A string with `${record.field}` references to the source record (and any runtime scope)."
        },
        expr: LOGIC,
        object: {
          description: "Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.",
          type: "object",
          minProperties: 1,
          propertyNames: { pattern: TARGET_PATTERN },
          additionalProperties: { $ref: "#/$defs/fieldSpec" }
        },
        list: {
          description: "Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/fieldSpec" }
        },
        each: {
          description: "Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.",
          type: "object",
          additionalProperties: false,
          required: ["path"],
          properties: {
            path: { type: "string", minLength: 1, description: "Dot path of the list." },
            fields: {
              type: "object",
              minProperties: 1,
              propertyNames: { pattern: TARGET_PATTERN },
              additionalProperties: { $ref: "#/$defs/fieldSpec" },
              description: "Field specs read from each element; a target may be a dot path (`vendor.id`)."
            },
            key: { $ref: "#/$defs/fieldSpec" },
            value: { $ref: "#/$defs/fieldSpec" }
          }
        },
        default: { description: "Used when the path or expression yields null or nothing.", tsType: "unknown" }
      }
    }
  ]
};
var FIELD_MAP = {
  type: "object",
  minProperties: 1,
  propertyNames: { pattern: TARGET_PATTERN },
  additionalProperties: FIELD_SPEC
};
var PATH_LIST = { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 };
var SOURCE_BLOCK = {
  description: "A source block: `connection` plus the connector's stream options.",
  type: "object",
  required: ["connection"],
  properties: { connection: { type: "string", description: "Name of a connection under `connections`." } },
  additionalProperties: true
};
var RECORDS_FROM = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: {
    source: SOURCE_BLOCK,
    stream: { description: "Name of another stream whose source (and transforms) give the records; its sink is not used.", type: "string" }
  }
};
var TRANSFORM_STEP_DEF = {
  title: "TransformStep",
  description: "One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.",
  type: "object",
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  properties: {
    map: {
      ...FIELD_MAP,
      description: "Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped."
    },
    set: {
      ...FIELD_MAP,
      description: "Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created)."
    },
    keep: { ...PATH_LIST, description: "Keeps only these top-level fields." },
    drop: { ...PATH_LIST, description: "Removes these top-level fields." },
    pack: {
      description: "Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).",
      type: "object",
      additionalProperties: false,
      required: ["into"],
      properties: {
        into: { description: "Name of the field that receives the packed fields.", type: "string", pattern: NAME_PATTERN },
        keep: { ...PATH_LIST, description: "Fields that stay at the top level." }
      }
    },
    flatten: {
      description: "Turns one record into one record per element of the list at `path` (e.g. one per order line).",
      type: "object",
      additionalProperties: false,
      required: ["path"],
      properties: {
        path: { description: "Dot path of the list.", type: "string", minLength: 1 },
        into: {
          description: "Field that receives the element; the list field itself is removed.",
          type: "string",
          pattern: NAME_PATTERN,
          default: "item"
        },
        index: { description: "Optional field that receives the element's position (0-based).", type: "string", pattern: NAME_PATTERN },
        keep_empty: {
          description: "Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.",
          type: "boolean",
          default: false
        }
      }
    },
    filter: { ...LOGIC, description: "Keeps only the records for which this json-logic expression is truthy." },
    dedupe: {
      description: "Drops a record whose key was already seen in this run (the first one wins).",
      type: "object",
      additionalProperties: false,
      required: ["key"],
      properties: { key: { ...PATH_LIST, description: "Dot path(s) of the fields that identify a record." } }
    },
    classify: {
      description: "Sets fields from the first rule whose `when` holds, or from `default` when none does.",
      type: "object",
      additionalProperties: false,
      required: ["rules"],
      properties: {
        rules: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["when", "set"],
            properties: {
              when: { ...LOGIC, description: "A json-logic condition on the record." },
              set: {
                description: "Fields to set: constants; text may use `${record.field}`.",
                type: "object",
                minProperties: 1,
                additionalProperties: { tsType: "unknown" }
              }
            }
          }
        },
        default: { description: "Fields to set when no rule matches.", type: "object", additionalProperties: { tsType: "unknown" } }
      }
    },
    validate: {
      description: "Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.",
      type: "object",
      additionalProperties: false,
      required: ["schema"],
      properties: {
        schema: { description: "The JSON Schema records must match.", type: "object", tsType: "Record<string, unknown>" }
      }
    },
    translate: {
      description: "Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.",
      type: "object",
      additionalProperties: false,
      required: ["kind", "path"],
      properties: {
        kind: { description: "Crosswalk kind, e.g. `item`.", type: "string", minLength: 1 },
        path: { description: "Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.", type: "string", minLength: 1 },
        missing: {
          description: "When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.",
          type: "string",
          enum: ["quarantine", "skip", "fail"],
          default: "quarantine"
        },
        as: {
          description: "The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.",
          type: "string",
          enum: ["integer", "number", "text"]
        }
      }
    },
    join: {
      description: "Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).",
      type: "object",
      additionalProperties: false,
      required: ["from", "on", "fields"],
      properties: {
        from: { ...RECORDS_FROM, description: "The right side: `source` (a source block) or `stream` (another stream)." },
        on: {
          description: "Join key: `left` path in this stream's record, `right` path in the other record.",
          type: "object",
          additionalProperties: false,
          required: ["left", "right"],
          properties: { left: { type: "string", minLength: 1 }, right: { type: "string", minLength: 1 } }
        },
        fields: {
          ...FIELD_MAP,
          description: "Fields to add, read from the matching right record (field specs; `default` applies on a miss)."
        },
        max_in_memory: {
          description: "Right-side records kept in memory before the lookup moves to disk.",
          type: "integer",
          minimum: 1,
          default: 1e5
        }
      }
    }
  }
};
var PIPELINE_SCHEMA = {
  $id: "https://syncengine.dev/schema/pipeline.json",
  title: "syncengine pipeline",
  description: "A YAML file that declares connections, streams and variables for one sync pipeline.",
  type: "object",
  additionalProperties: false,
  required: ["version", "streams"],
  $defs: { fieldSpec: FIELD_SPEC_DEF, transformStep: TRANSFORM_STEP_DEF },
  properties: {
    version: {
      description: "Version of the pipeline language this file is written in.",
      type: "integer",
      enum: [1]
    },
    name: {
      description: "Name of the pipeline in logs and run history. Defaults to the file name without extension.",
      type: "string",
      pattern: NAME_PATTERN
    },
    description: { description: "Free text about the pipeline, shown by `syncengine serve` (`GET /pipelines`).", type: "string" },
    secrets: {
      description: "Secrets read from a provider when the pipeline loads, used as `${secrets.name}` and masked everywhere: an environment variable, a file, or the output of a command (e.g. `gcloud secrets versions access latest --secret=x`).",
      type: "object",
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
        properties: {
          env: { description: "Name of an environment variable.", type: "string", minLength: 1 },
          file: {
            description: "A file whose content (trimmed) is the secret; relative to the pipeline file.",
            type: "string",
            minLength: 1
          },
          command: { description: "A shell command whose output (trimmed) is the secret.", type: "string", minLength: 1 }
        }
      }
    },
    vars: {
      description: "Named values referenced as `${vars.name}`. May reference `${env.NAME}`; overridden by `--var name=value`.",
      type: "object",
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: { type: ["string", "number", "boolean", "null", "object", "array"], tsType: "unknown" }
    },
    stream_concurrency: {
      description: "How many streams of a run may run at the same time. A stream still starts only after every stream in its `after` list finished, and streams start in the file's order; each stream's requests share its connection's `rate_limit`.",
      type: "integer",
      minimum: 1,
      maximum: 16,
      default: 1
    },
    defaults: {
      description: "Settings applied to every stream unless the stream sets its own.",
      type: "object",
      additionalProperties: false,
      properties: {
        batch_size: {
          description: "Records per batch handed to the sink; the cursor is checkpointed per committed batch.",
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          default: 500
        },
        read_ahead: {
          description: "Pages a source may fetch ahead of the page being transformed. Reading, transforming and writing always overlap; a source whose next address does not depend on the last response (page and offset paging) has up to this many requests in flight, within its rate limit, while one whose next request needs the last response (cursor, next link) fetches one page ahead. Memory holds at most this many pages plus two, and three batches, per stream being read.",
          type: "integer",
          minimum: 1,
          maximum: 64,
          default: 4
        }
      },
      default: {}
    },
    schedule: {
      description: "When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.",
      type: "object",
      additionalProperties: false,
      properties: {
        every: {
          description: "An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.",
          type: "string",
          pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"
        },
        cron: { description: "A cron expression (5 or 6 fields), e.g. `0 */6 * * *`.", type: "string", minLength: 9 },
        timezone: { description: "IANA time zone of the cron expression.", type: "string", default: "UTC" }
      }
    },
    webhooks: {
      description: "Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.",
      type: "object",
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["stream", "ids"],
        properties: {
          stream: { description: "The stream to run by ids (it must declare `strategies.ids`).", type: "string" },
          ids: { description: "Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.", type: "string", minLength: 1 },
          when: {
            ...LOGIC,
            description: "Accept only payloads for which this json-logic expression is truthy; others get 202 and no run."
          },
          tenant: { description: "Dot path of the tenant id in the payload, for multi-tenant pipelines.", type: "string" },
          secret: { description: "A shared secret the sender puts in `secret_header`.", type: "string", "x-secret": true },
          secret_header: { description: "Header that carries the shared secret.", type: "string", default: "X-Webhook-Secret" },
          hmac: {
            description: "An HMAC signature of the raw body instead of a shared secret.",
            type: "object",
            additionalProperties: false,
            required: ["secret", "header"],
            properties: {
              secret: { type: "string", "x-secret": true, description: "The signing key." },
              header: { type: "string", description: "Header that carries the signature, e.g. `X-Signature`." },
              algorithm: { type: "string", enum: ["sha1", "sha256", "sha512"], default: "sha256" },
              encoding: { type: "string", enum: ["hex", "base64"], default: "hex" },
              prefix: { type: "string", description: "Text before the signature in the header, e.g. `sha256=`.", default: "" },
              timestamp_header: {
                type: "string",
                description: "Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409)."
              },
              signed: {
                type: "string",
                description: "What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`."
              },
              tolerance_s: {
                type: "integer",
                minimum: 1,
                default: 300,
                description: "With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered."
              }
            }
          }
        }
      }
    },
    after_run: {
      description: "Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.run_id}` become bound parameters.",
      type: "object",
      additionalProperties: false,
      required: ["connection"],
      properties: {
        connection: { description: "A connection whose connector can run statements (sqlite, postgres, mysql).", type: "string" },
        success: { description: "Statement after a successful run.", type: "string", minLength: 1 },
        failure: { description: "Statement after a failed or aborted run.", type: "string", minLength: 1 }
      }
    },
    tenants: {
      description: "Runs the whole pipeline once per tenant (e.g. per client account). Each tenant's fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.",
      type: "object",
      additionalProperties: false,
      properties: {
        source: { ...SOURCE_BLOCK, description: "Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table." },
        list: { description: "The tenants, inline.", type: "array", items: { type: "object" }, tsType: "Record<string, unknown>[]" },
        file: { description: "A JSON or YAML file with a list of tenants, relative to the pipeline file.", type: "string", minLength: 1 },
        id: { description: "Dot path of the tenant id in each tenant record.", type: "string", minLength: 1, default: "id" },
        where: { ...LOGIC, description: "Run only the tenants for which this json-logic expression is truthy." },
        concurrency: { description: "How many tenants run at the same time.", type: "integer", minimum: 1, maximum: 64, default: 1 },
        frequency_hours: {
          description: "Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.",
          type: "string",
          minLength: 1
        },
        write_back: {
          description: "Statements run on a connection after each tenant's run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.",
          type: "object",
          additionalProperties: false,
          required: ["connection"],
          properties: {
            connection: { description: "A connection whose connector can run statements (sqlite, postgres, mysql).", type: "string" },
            success: { description: "Statement after a successful run.", type: "string", minLength: 1 },
            failure: { description: "Statement after a failed run.", type: "string", minLength: 1 }
          }
        }
      }
    },
    discover: {
      description: "Requests made once at the start of a run whose result the streams use as `${discover.<name>}`, e.g. a lookup of the warehouse id of a checkout.",
      type: "object",
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["source"],
        properties: {
          source: SOURCE_BLOCK,
          pick: {
            description: "`first`: the first record (an error when there is none); `all`: the list of every record.",
            type: "string",
            enum: ["first", "all"],
            default: "first"
          }
        }
      }
    },
    connections: {
      description: "Reusable connections (an API with its auth, a database), keyed by name. `type` picks the connector; the other keys are that connector's options.",
      type: "object",
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: "object",
        required: ["type"],
        properties: { type: { description: "The connector, e.g. `http`, `sqlite`, `stdout`.", type: "string" } },
        additionalProperties: true
      },
      default: {}
    },
    templates: {
      description: "Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.",
      type: "object",
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: { type: "object", tsType: "Record<string, unknown>" }
    },
    streams: {
      description: "The streams of the pipeline, keyed by name. Each reads from one source and writes to one sink.",
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["source", "sink"],
        properties: {
          extends: {
            description: "Name of a template under `templates` this stream is built from; its own keys override the template's.",
            type: "string",
            pattern: NAME_PATTERN
          },
          params: {
            description: "Values for the template's `${params.name}` references (`${params.stream}` is the stream's name).",
            type: "object",
            propertyNames: { pattern: NAME_PATTERN },
            additionalProperties: { tsType: "unknown" }
          },
          description: { type: "string", description: "Free text." },
          source: {
            description: "Where records come from: `connection` names a connection; the other keys are the connector's stream options.",
            type: "object",
            required: ["connection"],
            properties: { connection: { type: "string", description: "Name of a connection under `connections`." } },
            additionalProperties: true
          },
          incremental: {
            description: "Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.",
            type: "object",
            additionalProperties: false,
            required: ["cursor_field"],
            properties: {
              cursor_field: {
                description: "Dot path of the field in the source record that grows with every change, e.g. `updated_at`.",
                type: "string",
                minLength: 1
              },
              initial: {
                description: "Cursor value for the first run, when no cursor is stored yet.",
                type: ["string", "number"]
              },
              ordered: {
                description: "The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.",
                type: "boolean",
                default: false
              }
            }
          },
          partitions: {
            description: "Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.",
            type: "object",
            additionalProperties: false,
            properties: {
              values: {
                description: "A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).",
                type: ["array", "string"],
                tsType: "unknown[] | string"
              },
              from: {
                ...RECORDS_FROM,
                description: "Parent records: `source` (a source block, like a stream's) or `stream` (another stream's source and transforms; its sink is not used)."
              },
              key: {
                description: "Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).",
                type: "string",
                minLength: 1,
                default: "id"
              },
              concurrency: {
                description: "How many partitions are read at the same time. Their batches are written one at a time, each partition's in order, each with its own cursor.",
                type: "integer",
                minimum: 1,
                maximum: 64,
                default: 1
              }
            }
          },
          transforms: {
            description: "Steps applied to each record in order, between the source and the sink.",
            type: "array",
            items: TRANSFORM_STEP,
            default: []
          },
          sink: {
            description: "Where records go: `connection` names a connection; the other keys are the connector's stream options.",
            type: "object",
            required: ["connection"],
            properties: { connection: { type: "string", description: "Name of a connection under `connections`." } },
            additionalProperties: true
          },
          primary_key: {
            description: "Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.",
            type: "array",
            items: { type: "string", minLength: 1 },
            minItems: 1
          },
          cache: {
            description: "Keeps a copy of the source's records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.",
            type: "object",
            additionalProperties: false,
            required: ["path"],
            properties: {
              path: {
                description: "The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.",
                type: "string",
                minLength: 1
              },
              format: {
                description: "File format. Default: from the extension (`.csv`, else JSON lines).",
                type: "string",
                enum: ["csv", "jsonl"]
              },
              max_age: {
                description: "Read the source again when the file is older than this, e.g. `24h`.",
                type: "string",
                pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"
              }
            }
          },
          also: {
            description: "More outputs of the same records: each entry runs its own `transforms` on the records the stream's transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.",
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["sink"],
              properties: {
                transforms: { description: "Steps for this output only.", type: "array", items: TRANSFORM_STEP, default: [] },
                sink: {
                  description: "Where this output goes: `connection` plus the connector's stream options.",
                  type: "object",
                  required: ["connection"],
                  properties: { connection: { type: "string", description: "Name of a connection under `connections`." } },
                  additionalProperties: true
                }
              }
            }
          },
          strategies: {
            description: "How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).",
            type: "object",
            additionalProperties: false,
            properties: {
              ids: {
                description: "Fetches just the given ids (a webhook, `--ids`): these source options replace the stream's for that run.",
                type: "object",
                additionalProperties: false,
                required: ["source"],
                properties: {
                  source: {
                    description: 'Source options that replace the stream\'s, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: "Id in (${ids_csv})" }` (one request for all).',
                    type: "object",
                    additionalProperties: true
                  }
                }
              },
              auto: {
                description: "Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.",
                type: "array",
                items: {
                  type: "object",
                  additionalProperties: false,
                  required: ["when", "use"],
                  properties: { when: LOGIC, use: { type: "string", enum: ["full", "incremental"] } }
                }
              }
            }
          },
          after: {
            description: "Streams that must finish before this one starts (e.g. items before purchase orders).",
            type: "array",
            items: { type: "string" },
            uniqueItems: true
          },
          quarantine: {
            description: "When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.",
            type: "object",
            additionalProperties: false,
            properties: {
              max_records: { description: "Most records a run may quarantine.", type: "integer", minimum: 0 },
              max_percent: {
                description: "Most records a run may quarantine, as a percentage of the records read.",
                type: "number",
                minimum: 0,
                maximum: 100
              }
            }
          },
          batch_size: {
            description: "Records per batch for this stream. Defaults to `defaults.batch_size`.",
            type: "integer",
            minimum: 1,
            maximum: 1e5
          },
          read_ahead: {
            description: "Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.",
            type: "integer",
            minimum: 1,
            maximum: 64
          }
        }
      }
    }
  }
};

// packages/engine/dist/config/_ajv.js
import { createRequire } from "node:module";

// packages/engine/dist/config/_config-ajv.js
function createConfigAjv(ajvModule, code) {
  const { Ajv: AjvClass, _ } = ajvModule;
  const ajv = new AjvClass({
    allErrors: true,
    // parentSchema on each error: the formatter lists allowed keys and suggests the nearest one.
    verbose: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
    coerceTypes: true,
    useDefaults: true,
    discriminator: true,
    passContext: true,
    ...code ? { code } : {}
  });
  ajv.addKeyword({
    keyword: "x-secret",
    schemaType: "boolean",
    code(cxt) {
      if (cxt.schema === true)
        cxt.gen.code(_`this.secrets.push(instancePath + ${cxt.it.errorPath})`);
    }
  });
  ajv.addKeyword({
    keyword: "x-runtime-template",
    schemaType: "boolean",
    code(cxt) {
      if (cxt.schema === true)
        cxt.gen.code(_`this.templates.push(instancePath + ${cxt.it.errorPath})`);
    }
  });
  ajv.addKeyword({ keyword: "tsType", schemaType: "string" });
  ajv.addKeyword({ keyword: "x-default" });
  for (const [name, format] of Object.entries(CONFIG_FORMATS))
    ajv.addFormat(name, format);
  return ajv;
}

// packages/engine/dist/config/_ajv.js
var requireAjv = () => createRequire(import.meta.url)("ajv");
var runtimeAjv;
var cache = /* @__PURE__ */ new WeakMap();
function compileSchema(schema, precompiled = []) {
  let validate = cache.get(schema);
  if (!validate) {
    const text = precompiled.length ? JSON.stringify(schema) : void 0;
    validate = precompiled.find((p) => p.schema === text)?.validate;
    validate ??= (runtimeAjv ??= createConfigAjv(requireAjv())).compile(schema);
    cache.set(schema, validate);
  }
  return validate;
}
function validateWithSecrets(schema, data, precompiled) {
  const validate = compileSchema(schema, precompiled);
  const collected = { secrets: [], templates: [] };
  validate.call(collected, data);
  return { errors: validate.errors ?? [], ...collected };
}

// packages/engine/dist/config/_unknown-name.js
var CONNECTION_NAMES = { noun: "connection", listLabel: "defined connections", none: "no connections are defined" };
var STREAM_NAMES = { noun: "stream", listLabel: "streams", none: "no streams are defined" };
function unknownName(kind, name, known, hint = kind.hint) {
  const list = known.length ? `${kind.listLabel}: ${known.join(", ")}` : kind.none;
  return `unknown ${kind.noun} "${name}"; ${list}${hint ? ` (${hint})` : ""}`;
}

// packages/engine/dist/config/_check-connector-blocks.js
async function checkConnectorBlocks(root, options) {
  const { registry, reporter, redactor, runtimeTemplates } = options;
  const connectors = /* @__PURE__ */ new Map();
  const connectionsAreMap = root.connections === void 0 || isPlainObject(root.connections);
  const connections = connectionsAreMap ? root.connections ?? {} : {};
  const checkBlock = (schema, block, prefix, definition) => {
    const result = validateWithSecrets(schema, block, definition.validators);
    const base = prefix.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
    for (const pointer of result.templates)
      runtimeTemplates.add(`${base}${pointer}`);
    for (const problem of formatAjvErrors(result.errors, block))
      reporter.atSchema([...prefix, ...problem.path], problem.message, problem.atKey);
    for (const pointer of result.secrets)
      addSecretAt(redactor, block, pointer);
  };
  for (const [name, connection] of Object.entries(connections)) {
    const type = connection?.type;
    if (typeof type !== "string" || !registry[type])
      continue;
    const definition = connectors.get(type) ?? await registry[type]();
    connectors.set(type, definition);
    checkBlock(connectorBlockSchemas(definition).connection, connection, ["connections", name], definition);
  }
  const checkEndpoint = (block, role, path) => {
    if (!block || typeof block !== "object")
      return;
    const name = block.connection;
    if (typeof name !== "string" || !connectionsAreMap)
      return;
    const connection = connections[name];
    if (!connection)
      return reporter.at([...path, "connection"], unknownName(CONNECTION_NAMES, name, Object.keys(connections)));
    const definition = connectors.get(String(connection.type));
    if (!definition)
      return;
    const schema = connectorBlockSchemas(definition)[role];
    if (!schema)
      return reporter.at([...path, "connection"], `connection "${name}" (type ${definition.name}) cannot be a ${role}`);
    checkBlock(schema, block, path, definition);
  };
  return { connectors, connections, checkEndpoint };
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function addSecretAt(redactor, data, pointer) {
  let value = data;
  for (const seg of pointerToPath(pointer, data)) {
    if (value === null || typeof value !== "object")
      return;
    value = value[seg];
  }
  if (typeof value === "string")
    redactor.add(value);
}
var schemaCache = /* @__PURE__ */ new Map();
function pipelineSchemaFor(connectorNames) {
  const key = connectorNames.join(",");
  let schema = schemaCache.get(key);
  if (!schema) {
    const copy = structuredClone(PIPELINE_SCHEMA);
    delete copy.$id;
    const entry = copy.properties.connections.additionalProperties;
    entry.properties.type = { ...entry.properties.type, enum: [...connectorNames] };
    schema = copy;
    schemaCache.set(key, schema);
  }
  return schema;
}
function checkConnectionTypes(root, names) {
  const connections = root.connections;
  if (!isPlainObject(connections))
    return [];
  const errors = [];
  for (const [name, connection] of Object.entries(connections)) {
    if (!isPlainObject(connection))
      continue;
    const type = connection.type;
    if (type === void 0 || names.includes(type))
      continue;
    errors.push({
      instancePath: `/connections/${name.replace(/~/g, "~0").replace(/\//g, "~1")}/type`,
      schemaPath: "#/properties/connections/additionalProperties/properties/type/enum",
      keyword: "enum",
      params: { allowedValues: names },
      message: "must be equal to one of the allowed values"
    });
  }
  return errors;
}

// packages/engine/dist/config/_interpolate-pipeline.js
import { existsSync, readFileSync } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { isAbsolute, join } from "node:path";
import { parseEnv } from "node:util";
var SECRET_ENV_NAME = /(TOKEN|SECRET|PASSW|API_?KEY|(^|_)KEY($|_)|PRIVATE|CREDENTIAL|AUTH)/i;
var ADDRESS_ENV_NAME = /(^|_)(URL|URI|HOST|ENDPOINT|DOMAIN)(_|$)/i;
var VAR_NAMES = { noun: "variable", listLabel: "defined vars", none: "no vars are defined" };
var SECRET_NAMES = {
  noun: "secret",
  listLabel: "defined secrets",
  none: "no secrets are defined",
  hint: "add it under secrets:"
};
function interpolatePipeline(root, options) {
  const { env, redactor, reporter } = options;
  const base = { env, redactor, at: reporter.atRef, unsetEnv: reporter.atUnsetEnv };
  const secrets = {};
  for (const [name, def] of Object.entries(asMap(root.secrets))) {
    const resolved = interpolate(def, ["secrets", name], { ...base, vars: void 0, secrets: void 0 });
    let unsetWarning = false;
    const value = resolveSecret(name, resolved, env, options.baseDir, options.resolveSecrets, (message, unset) => {
      if (unset) {
        unsetWarning = options.unsetEnv === "warning";
        reporter.atUnsetEnv(["secrets", name], message);
      } else
        reporter.atRef(["secrets", name], message);
    }) ?? (unsetWarning ? `<secret ${name}>` : void 0);
    if (value !== void 0)
      redactor.add(value);
    secrets[name] = value ?? "";
  }
  const vars = {};
  if (isMap(root.vars)) {
    for (const [name, value] of Object.entries(root.vars))
      vars[name] = interpolate(value, ["vars", name], { ...base, vars: void 0, secrets });
    root.vars = vars;
  }
  Object.assign(vars, options.vars);
  for (const key of Object.keys(root)) {
    if (key === "vars" || key === "secrets")
      continue;
    root[key] = interpolate(root[key], [key], { ...base, vars, secrets });
  }
}
function isMap(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function asMap(value) {
  return isMap(value) ? value : {};
}
var KNOWN_SCOPES = ["env", "vars", "secrets", ...RUNTIME_SCOPES];
function interpolate(value, path, ctx) {
  if (typeof value === "string") {
    if (!hasTemplate(value))
      return value;
    let parts;
    try {
      parts = parseTemplate(value);
    } catch (error) {
      if (error instanceof TemplateSyntaxError) {
        ctx.at(path, error.message);
        return value;
      }
      throw error;
    }
    return renderParts(parts, (ref) => resolveLoadTimeRef(ref, path, ctx), true);
  }
  if (Array.isArray(value))
    return value.map((item, i) => interpolate(item, [...path, i], ctx));
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value))
      out[k] = interpolate(v, [...path, k], ctx);
    return out;
  }
  return value;
}
function resolveLoadTimeRef(ref, path, ctx) {
  if (ref.scope === "env") {
    const name = ref.path.join(".");
    if (ref.path.length !== 1) {
      ctx.at(path, `${ref.raw}: write \${env.NAME} with one variable name`);
      return { found: true, value: "" };
    }
    const value = ctx.env[name];
    if (value === void 0) {
      ctx.unsetEnv(path, `${ref.raw}: environment variable ${name} is not set (set it in the environment or in .env)`);
      return { found: true, value: "" };
    }
    if (SECRET_ENV_NAME.test(name) && !ADDRESS_ENV_NAME.test(name))
      ctx.redactor.add(value);
    return { found: true, value };
  }
  if (ref.scope === "vars") {
    if (!ctx.vars) {
      ctx.at(path, `${ref.raw}: a variable cannot reference another variable; use \${env.NAME} or a literal`);
      return { found: true, value: "" };
    }
    const value = lookupRef({ vars: ctx.vars }, ref);
    if (value === void 0) {
      const hint = `add it under vars: or pass --var ${ref.path[0] ?? "name"}=value`;
      ctx.at(path, `${ref.raw}: ${unknownName(VAR_NAMES, ref.path.join("."), Object.keys(ctx.vars), hint)}`);
      return { found: true, value: "" };
    }
    return { found: true, value };
  }
  if (ref.scope === "secrets") {
    const name = ref.path.join(".");
    if (!ctx.secrets) {
      ctx.at(path, `${ref.raw}: a secret provider cannot use another secret`);
      return { found: true, value: "" };
    }
    if (!(name in ctx.secrets)) {
      ctx.at(path, `${ref.raw}: ${unknownName(SECRET_NAMES, name, Object.keys(ctx.secrets))}`);
      return { found: true, value: "" };
    }
    return { found: true, value: ctx.secrets[name] };
  }
  if (RUNTIME_SCOPES.includes(ref.scope))
    return { found: false };
  ctx.at(path, `${ref.raw}: unknown scope "${ref.scope}"; known scopes: ${KNOWN_SCOPES.join(", ")}`);
  return { found: true, value: "" };
}
function loadEnvironment(pipelineDir, dotenv, base = process.env) {
  const env = {};
  if (dotenv) {
    const files = [join(pipelineDir, ".env"), join(process.cwd(), ".env")];
    for (const file of [...new Set(files)]) {
      if (!existsSync(file))
        continue;
      Object.assign(env, parseEnv(readFileSync(file, "utf8")));
    }
  }
  return { ...env, ...base };
}
function resolveSecret(name, def, env, baseDir, resolve3, report) {
  if (!def || typeof def !== "object")
    return void 0;
  if (typeof def.env === "string") {
    const value = env[def.env];
    if (value === void 0)
      report(`environment variable ${def.env} is not set`, true);
    return value;
  }
  if (!resolve3)
    return `<secret ${name}>`;
  if (typeof def.file === "string") {
    try {
      return readFileSync(isAbsolute(def.file) ? def.file : join(baseDir, def.file), "utf8").trim();
    } catch (error) {
      report(`cannot read the secret file ${def.file}: ${error.code ?? error.message}`);
      return void 0;
    }
  }
  if (typeof def.command === "string") {
    try {
      const { execSync } = createRequire2(import.meta.url)("node:child_process");
      return execSync(def.command, {
        cwd: baseDir,
        env: { ...process.env, ...env },
        encoding: "utf8",
        timeout: 3e4,
        stdio: ["ignore", "pipe", "pipe"]
      }).trim();
    } catch (error) {
      const stderr = String(error.stderr ?? "").trim().split("\n")[0];
      report(`the secret command failed${stderr ? `: ${stderr}` : ""}`);
      return void 0;
    }
  }
  return void 0;
}

// packages/engine/dist/config/load-pipeline.js
var import_yaml3 = __toESM(require_dist(), 1);
import { basename, dirname, extname, resolve } from "node:path";

// packages/engine/dist/config/_check-after-cycles.js
function checkAfterCycles(streams) {
  const problems = [];
  const done = /* @__PURE__ */ new Set();
  const visiting = [];
  const visit = (name) => {
    if (done.has(name))
      return;
    visiting.push(name);
    const after = streams[name]?.after;
    if (Array.isArray(after)) {
      after.forEach((dep, i) => {
        if (typeof dep !== "string" || dep === name || !Object.hasOwn(streams, dep))
          return;
        const open2 = visiting.indexOf(dep);
        if (open2 !== -1) {
          const cycle = [...visiting.slice(open2), dep].join(" -> ");
          problems.push({ path: ["streams", name, "after", i], message: `streams depend on each other in a cycle: ${cycle}` });
        } else
          visit(dep);
      });
    }
    visiting.pop();
    done.add(name);
  };
  for (const name of Object.keys(streams))
    visit(name);
  return problems;
}

// packages/engine/dist/config/_check-schedule.js
import { createRequire as createRequire3 } from "node:module";
function checkSchedule(schedule) {
  const problems = [];
  let zone;
  if (typeof schedule.timezone === "string") {
    try {
      checkTimeZone(schedule.timezone);
      zone = schedule.timezone;
    } catch (error) {
      problems.push({ path: ["schedule", "timezone"], message: error.message });
    }
  }
  if (typeof schedule.cron === "string") {
    const { Cron } = createRequire3(import.meta.url)("croner");
    try {
      const next = new Cron(schedule.cron, { timezone: zone ?? "UTC", paused: true }).nextRun(new Date(Date.UTC(2e3, 0, 1)));
      if (!next)
        problems.push({ path: ["schedule", "cron"], message: `"${schedule.cron}" never matches a date, so it would never run` });
    } catch (error) {
      const reason = error.message.replace(/^CronPattern: /, "");
      problems.push({
        path: ["schedule", "cron"],
        message: `"${schedule.cron}" is not a cron expression: ${reason} (write 5 or 6 fields, e.g. "0 */6 * * *")`
      });
    }
  }
  return problems;
}

// packages/engine/dist/config/_check-references.js
function checkReferences(root, ctx) {
  const streams = isMap2(root.streams) ? root.streams : {};
  for (const [name, stream] of Object.entries(streams))
    if (isMap2(stream))
      checkStream(name, stream, streams, ctx);
  checkAfterRunAndTenants(root, ctx);
  const known = Object.keys(streams);
  for (const [name, hook] of Object.entries(isMap2(root.webhooks) ? root.webhooks : {})) {
    if (!isMap2(hook))
      continue;
    if (typeof hook.stream === "string") {
      const target = streams[hook.stream];
      if (!target)
        ctx.reporter.at(["webhooks", name, "stream"], unknownName(STREAM_NAMES, hook.stream, known));
      else if (!target.strategies?.ids)
        ctx.reporter.at(["webhooks", name, "stream"], `stream "${hook.stream}" declares no strategies.ids, so a webhook cannot run it by ids`);
    }
    if ("when" in hook)
      checkLogic(hook.when, ["webhooks", name, "when"], ctx);
  }
  if (isMap2(root.streams))
    for (const problem of checkAfterCycles(root.streams))
      ctx.reporter.at(problem.path, problem.message);
  const schedule = root.schedule;
  if (isMap2(schedule)) {
    if (schedule.every === void 0 === (schedule.cron === void 0))
      ctx.reporter.at(["schedule"], 'set exactly one of "every" or "cron"');
    for (const problem of checkSchedule(schedule))
      ctx.reporter.atSchema(problem.path, problem.message, false);
  }
  for (const [name, discovery] of Object.entries(isMap2(root.discover) ? root.discover : {})) {
    if (isMap2(discovery))
      ctx.checkEndpoint(discovery.source, "source", ["discover", name, "source"]);
  }
}
function checkStream(name, stream, streams, ctx) {
  const { checkEndpoint, reporter } = ctx;
  const path = ["streams", name];
  checkEndpoint(stream.source, "source", [...path, "source"]);
  checkEndpoint(stream.sink, "sink", [...path, "sink"]);
  checkTransforms(stream.transforms, [...path, "transforms"], streams, name, ctx);
  if (Array.isArray(stream.also)) {
    stream.also.forEach((extra, i) => {
      if (!isMap2(extra))
        return;
      checkEndpoint(extra.sink, "sink", [...path, "also", i, "sink"]);
      checkTransforms(extra.transforms, [...path, "also", i, "transforms"], streams, name, ctx);
    });
  }
  const strategies = isMap2(stream.strategies) ? stream.strategies : void 0;
  if (Array.isArray(strategies?.auto)) {
    strategies.auto.forEach((rule, i) => isMap2(rule) && "when" in rule && checkLogic(rule.when, [...path, "strategies", "auto", i, "when"], ctx));
  }
  const idsSource = strategies?.ids?.source;
  if (isMap2(idsSource) && isMap2(stream.source)) {
    checkEndpoint({ ...stream.source, ...idsSource }, "source", [...path, "strategies", "ids", "source"]);
  }
  if (Array.isArray(stream.after)) {
    stream.after.forEach((dep, i) => {
      if (typeof dep === "string")
        checkStreamName(dep, name, streams, [...path, "after", i], "a stream cannot run after itself", ctx);
    });
  }
  if (stream.cache && stream.partitions)
    reporter.at([...path, "cache"], "a stream with partitions cannot have a cache");
  const partitions = stream.partitions;
  if (isMap2(partitions)) {
    const at = [...path, "partitions"];
    if (partitions.values === void 0 === (partitions.from === void 0))
      reporter.at(at, 'set exactly one of "values" or "from"');
    if (partitions.from?.source)
      checkEndpoint(partitions.from.source, "source", [...at, "from", "source"]);
    const parent = partitions.from?.stream;
    if (typeof parent === "string")
      checkStreamName(parent, name, streams, [...at, "from", "stream"], "a stream cannot be its own parent", ctx);
  }
}
function checkStreamName(target, self, streams, path, selfMessage, ctx) {
  if (target === self)
    ctx.reporter.at(path, selfMessage);
  else if (!Object.hasOwn(streams, target))
    ctx.reporter.at(path, unknownName(STREAM_NAMES, target, Object.keys(streams)));
}
function checkAfterRunAndTenants(root, ctx) {
  const known = Object.keys(ctx.connections);
  const afterRun = root.after_run;
  if (isMap2(afterRun) && typeof afterRun.connection === "string" && !Object.hasOwn(ctx.connections, afterRun.connection)) {
    ctx.reporter.at(["after_run", "connection"], unknownName(CONNECTION_NAMES, afterRun.connection, known));
  }
  const tenants = root.tenants;
  if (!isMap2(tenants))
    return;
  const given = ["source", "list", "file"].filter((k) => tenants[k] !== void 0);
  if (given.length !== 1)
    ctx.reporter.at(["tenants"], `set exactly one of "source", "list" or "file"${given.length ? ` (found ${given.join(", ")})` : ""}`);
  if (tenants.source)
    ctx.checkEndpoint(tenants.source, "source", ["tenants", "source"]);
  if ("where" in tenants)
    checkLogic(tenants.where, ["tenants", "where"], ctx);
  const writeBack = isMap2(tenants.write_back) ? tenants.write_back.connection : void 0;
  if (typeof writeBack === "string" && !Object.hasOwn(ctx.connections, writeBack)) {
    ctx.reporter.at(["tenants", "write_back", "connection"], unknownName(CONNECTION_NAMES, writeBack, known));
  }
}
function checkTransforms(transforms, path, all, self, ctx) {
  if (!Array.isArray(transforms))
    return;
  transforms.forEach((step, i) => {
    if (!isMap2(step))
      return;
    const at = [...path, i];
    if ("filter" in step)
      checkLogic(step.filter, [...at, "filter"], ctx);
    if (step.map)
      checkFields(step.map, [...at, "map"], ctx);
    if (step.set)
      checkFields(step.set, [...at, "set"], ctx);
    const validate = isMap2(step.validate) ? step.validate : void 0;
    if (isMap2(validate?.schema)) {
      const problem = checkRecordSchema(validate.schema);
      if (problem)
        ctx.reporter.at([...at, "validate", "schema"], `not a valid JSON Schema: ${problem}`);
    }
    const rules = isMap2(step.classify) ? step.classify.rules : void 0;
    if (Array.isArray(rules))
      rules.forEach((rule, r) => isMap2(rule) && "when" in rule && checkLogic(rule.when, [...at, "classify", "rules", r, "when"], ctx));
    const join3 = isMap2(step.join) ? step.join : void 0;
    if (join3) {
      checkFields(join3.fields, [...at, "join", "fields"], ctx);
      const from = isMap2(join3.from) ? join3.from : void 0;
      if (from?.source)
        ctx.checkEndpoint(from.source, "source", [...at, "join", "from", "source"]);
      if (typeof from?.stream === "string")
        checkStreamName(from.stream, self, all, [...at, "join", "from", "stream"], "a stream cannot join itself", ctx);
    }
  });
}
var FIELD_KINDS = ["path", "value", "template", "expr", "object", "list", "each"];
function checkFields(fields, path, ctx) {
  if (!isMap2(fields))
    return;
  for (const [name, spec] of Object.entries(fields)) {
    if (!isMap2(spec))
      continue;
    const kinds = FIELD_KINDS.filter((k) => k in spec);
    if (kinds.length !== 1) {
      ctx.reporter.at([...path, name], kinds.length === 0 ? 'set one of "path", "value", "template", "expr", "object", "list" or "each" (and optionally "default")' : `set only one of ${kinds.map((k) => `"${k}"`).join(", ")}`);
    }
    if (spec.object)
      checkFields(spec.object, [...path, name, "object"], ctx);
    if (Array.isArray(spec.list))
      checkFields(Object.fromEntries(spec.list.map((item, i) => [i, item])), [...path, name, "list"], ctx);
    if (isMap2(spec.each) && spec.each.fields)
      checkFields(spec.each.fields, [...path, name, "each", "fields"], ctx);
    if (isMap2(spec.each) && !spec.each.fields) {
      if (spec.each.key === void 0 || spec.each.value === void 0)
        ctx.reporter.at([...path, name, "each"], 'set "fields", or "key" and "value"');
      else
        checkFields({ key: spec.each.key, value: spec.each.value }, [...path, name, "each"], ctx);
    }
    if ("expr" in spec)
      checkLogic(spec.expr, [...path, name, "expr"], ctx);
  }
}
function checkLogic(rule, path, ctx) {
  try {
    compileLogic(rule);
  } catch (error) {
    if (error instanceof LogicCompileError)
      ctx.reporter.at(path, error.message);
    else
      throw error;
  }
}
function isMap2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// packages/engine/dist/config/_config-reporter.js
function createConfigReporter(file, doc, lineCounter, unsetEnv) {
  const issues = [];
  const warnings = [];
  const brokenRefs = /* @__PURE__ */ new Set();
  let origin = (path) => path;
  const issueAt = (path, message, key = false) => {
    const pos = positionOf(doc, lineCounter, origin(path), { key });
    return { file, line: pos.line, column: pos.column, path: formatPath(path), message };
  };
  const at = (path, message, key = false) => void issues.push(issueAt(path, message, key));
  const atRef = (path, message) => {
    brokenRefs.add(formatPath(path));
    at(path, message);
  };
  return {
    issues,
    warnings,
    at,
    atRef,
    atSchema: (path, message, key) => {
      if (!brokenRefs.has(formatPath(path)))
        at(path, message, key);
    },
    setOrigin: (next) => {
      origin = next;
    },
    atUnsetEnv: (path, message) => {
      if (unsetEnv === "error")
        return atRef(path, message);
      brokenRefs.add(formatPath(path));
      warnings.push(issueAt(path, message));
    }
  };
}
function sortIssues(issues) {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

// packages/engine/dist/config/_parse-yaml.js
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_DEPTH = 64;
var MAX_ALIAS_EXPANSION = 1e5;
function parseYaml(text, lineCounter) {
  const tokens = [...new import_yaml.Parser(lineCounter.addNewLine).parse(text)];
  const deep = tooDeepAt(tokens);
  if (deep !== void 0) {
    return {
      doc: void 0,
      problems: [
        {
          offset: deep,
          path: [],
          message: `YAML nesting is deeper than ${MAX_YAML_DEPTH} levels of maps and lists; a pipeline file needs far fewer (is a bracket never closed?)`
        }
      ]
    };
  }
  const composer = new import_yaml.Composer({ prettyErrors: false, uniqueKeys: false, strict: true });
  let doc;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc)
      doc = next;
    else {
      doc.errors.push(new import_yaml.YAMLParseError(next.range.slice(0, 2), "MULTIPLE_DOCS", 'a pipeline file holds one YAML document; remove the second "---"'));
      break;
    }
  }
  return { doc, problems: checkAliases(doc) };
}
function tooDeepAt(tokens) {
  let first;
  const stack = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [token, depth] = stack.pop();
    if (!token || typeof token !== "object")
      continue;
    const t = token;
    let inner = depth;
    if (t.type === "block-map" || t.type === "block-seq" || t.type === "flow-collection") {
      inner = depth + 1;
      if (inner > MAX_YAML_DEPTH) {
        if (first === void 0 || t.offset < first)
          first = t.offset;
        continue;
      }
    }
    if (t.items)
      for (const item of t.items)
        stack.push([item.key, inner], [item.value, inner]);
    if (t.value && typeof t.value === "object")
      stack.push([t.value, inner]);
  }
  return first;
}
function checkAliases(doc) {
  const problems = [];
  const anchors = /* @__PURE__ */ new Map();
  const sizes = /* @__PURE__ */ new Map();
  const open2 = /* @__PURE__ */ new Set();
  let expanded = 0;
  let exhausted = false;
  const walk = (node, path) => {
    if (exhausted)
      return 0;
    if ((0, import_yaml.isAlias)(node)) {
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (target === void 0) {
        problems.push({ offset, path, message: `undefined alias "*${node.source}": no anchor "&${node.source}" is set before it` });
        return 1;
      }
      if (open2.has(target)) {
        problems.push({ offset, path, message: `alias "*${node.source}" is inside the map or list its anchor names, so it never ends` });
        return 1;
      }
      const size2 = sizes.get(target) ?? 1;
      expanded += size2;
      if (expanded > MAX_ALIAS_EXPANSION) {
        exhausted = true;
        problems.push({
          offset,
          path,
          message: `aliases expand the file to more than ${MAX_ALIAS_EXPANSION} values (an alias bomb?); use fewer or smaller aliases`
        });
      }
      return size2;
    }
    const anchor = node?.anchor;
    if (anchor)
      anchors.set(anchor, node);
    let size = 1;
    if ((0, import_yaml.isCollection)(node)) {
      open2.add(node);
      if ((0, import_yaml.isMap)(node)) {
        const seen = /* @__PURE__ */ new Set();
        for (const pair of node.items) {
          if (!(0, import_yaml.isPair)(pair))
            continue;
          const name = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
          if (seen.has(name)) {
            const offset = pair.key?.range?.[0] ?? node.range?.[0] ?? 0;
            problems.push({ offset, path: [...path, name], message: `duplicate key "${name}": a key may appear only once in a map` });
          }
          seen.add(name);
          size += walk(pair.key, path) + walk(pair.value, [...path, name]);
        }
      } else if ((0, import_yaml.isSeq)(node)) {
        node.items.forEach((item, i) => size += walk(item, [...path, i]));
      }
      open2.delete(node);
    }
    sizes.set(node, size);
    return size;
  };
  walk(doc.contents, []);
  return problems;
}

// packages/engine/dist/config/_read-pipeline-text.js
import { open } from "node:fs/promises";
var MAX_PIPELINE_BYTES = 1024 * 1024;
var LIMIT_TEXT = `${MAX_PIPELINE_BYTES / (1024 * 1024)} MB`;
async function readPipelineText(path, file) {
  const fail = (message, line = 1, column = 1) => {
    throw new PipelineConfigError([{ file, line, column, path: "", message }]);
  };
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = error.code;
    return fail(code === "ENOENT" ? "file not found" : code === "EACCES" ? "permission denied" : String(error));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory())
      return fail("is a directory, not a pipeline file");
    if (stat.size > MAX_PIPELINE_BYTES)
      return fail(tooLarge(stat.size));
    const bytes = await handle.readFile();
    if (bytes.length > MAX_PIPELINE_BYTES)
      return fail(tooLarge(bytes.length));
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      const offset = firstInvalidUtf8(bytes);
      const { line, column } = bytePosition(bytes, offset);
      return fail(`the file is not valid UTF-8: byte 0x${bytes[offset].toString(16).padStart(2, "0")} cannot start or continue a character here; save the file as UTF-8`, line, column);
    }
  } catch (error) {
    if (error instanceof PipelineConfigError)
      throw error;
    const code = error.code;
    return fail(code === "EISDIR" ? "is a directory, not a pipeline file" : String(error));
  } finally {
    await handle.close();
  }
}
function tooLarge(bytes) {
  return `the file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; a pipeline file may be at most ${LIMIT_TEXT} (move data to a database, a file the pipeline reads, or vars)`;
}
function checkPipelineText(text) {
  if (text.length * 3 > MAX_PIPELINE_BYTES && Buffer.byteLength(text) > MAX_PIPELINE_BYTES)
    return { line: 1, column: 1, message: tooLarge(Buffer.byteLength(text)) };
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/.exec(text);
  if (!bad)
    return void 0;
  const before = text.slice(0, bad.index);
  const line = before.split("\n").length;
  const column = bad.index - (before.lastIndexOf("\n") + 1) + 1;
  const code = bad[0].charCodeAt(0);
  const name = code === 0 ? "a NUL byte (U+0000)" : `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return { line, column, message: `the file contains ${name}; a pipeline file is text and YAML allows only printable characters` };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need;
    let min;
    if (b < 128) {
      i += 1;
      continue;
    } else if (b >= 194 && b <= 223)
      [need, min] = [1, 128];
    else if (b >= 224 && b <= 239)
      [need, min] = [2, 2048];
    else if (b >= 240 && b <= 244)
      [need, min] = [3, 65536];
    else
      return i;
    let code = b & 255 >> need + 2;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128)
        return i;
      code = code << 6 | c & 63;
    }
    if (code < min || code >= 55296 && code <= 57343 || code > 1114111)
      return i;
    i += need + 1;
  }
  return i;
}
function bytePosition(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

// packages/engine/dist/config/_yaml-errors.js
var import_yaml2 = __toESM(require_dist(), 1);
function describeYamlErrors(errors, text, doc, lines) {
  const problems = [];
  const seenOrigins = /* @__PURE__ */ new Set();
  for (const error of errors) {
    const [start, end] = error.pos;
    if (seenOrigins.has(start))
      continue;
    seenOrigins.add(start);
    const first = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    switch (error.code) {
      case "DUPLICATE_KEY": {
        const key = /^["']?([^"':\n]+)/.exec(text.slice(start))?.[1]?.trim() ?? "";
        const path = pathOfKeyAt(doc, start) ?? [];
        problems.push({ offset: start, path, message: `duplicate key "${key}": a key may appear only once in a map` });
        break;
      }
      case "TAB_AS_INDENT":
        problems.push({ offset: start, path: [], message: "YAML syntax error: tabs are not allowed for indentation; indent with spaces" });
        break;
      case "MISSING_CHAR":
        if (/quote/.test(first)) {
          problems.push({ offset: unclosedQuote(text, start) ?? start, path: [], message: `YAML syntax error: ${first}` });
          break;
        }
        problems.push({ offset: start, path: [], message: `YAML syntax error: ${first}` });
        break;
      case "BAD_INDENT":
        if (/^Flow (map|sequence)/.test(first)) {
          const open2 = first.startsWith("Flow map") ? "{" : "[";
          problems.push({ offset: unclosedBracket(text, start, open2) ?? start, path: [], message: `YAML syntax error: ${first}` });
          break;
        }
        problems.push({ offset: start, path: [], message: `YAML syntax error: ${first}` });
        break;
      case "BLOCK_AS_IMPLICIT_KEY":
      case "MULTILINE_IMPLICIT_KEY": {
        const rest = text.slice(start, (text.indexOf("\n", start) + 1 || text.length + 1) - 1);
        if (error.code === "BLOCK_AS_IMPLICIT_KEY" && /:(\s|$)/.test(rest) && !errors.some((e) => e.pos[0] === start && e.code === "MULTILINE_IMPLICIT_KEY")) {
          problems.push({
            offset: start,
            path: [],
            message: 'YAML syntax error: a value may not contain ": " unless it is quoted, e.g. "a: b"'
          });
          break;
        }
        const last = Math.max(end, ...errors.filter((e) => e.pos[0] === start).map((e) => e.pos[1]));
        const line = lines.linePos(last).line;
        const lineStart = lines.lineStarts[line - 1] ?? start;
        const indent = /^ */.exec(text.slice(lineStart))?.[0].length ?? 0;
        for (const other of errors)
          if (other.pos[0] === start)
            seenOrigins.add(other.pos[0]);
        problems.push({
          offset: lineStart + indent,
          path: [],
          message: "YAML syntax error: bad indentation; keys of the same map must start in the same column"
        });
        break;
      }
      default:
        problems.push({ offset: start, path: [], message: `YAML syntax error: ${first}` });
    }
  }
  return problems;
}
function unclosedQuote(text, before) {
  let offset = 0;
  for (const line of text.slice(0, before).split("\n")) {
    const content = line.replace(/(^|\s)#.*$/, "");
    for (const quote of ['"', "'"]) {
      const at = content.search(new RegExp(`(^|[\\s:\\[{,-])${quote}`));
      if (at === -1)
        continue;
      const from = content.indexOf(quote, at);
      const rest = content.slice(from + 1);
      const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : rest.includes("'");
      if (!closed)
        return offset + from;
    }
    offset += line.length + 1;
  }
  return void 0;
}
function unclosedBracket(text, before, open2) {
  const close = open2 === "{" ? "}" : "]";
  let depth = 0;
  for (let i = before - 1; i >= 0; i--) {
    const c = text[i];
    if (c === close)
      depth += 1;
    else if (c === open2) {
      if (depth === 0)
        return i;
      depth -= 1;
    }
  }
  return void 0;
}
function pathOfKeyAt(doc, offset) {
  const walk = (node, path) => {
    if ((0, import_yaml2.isMap)(node)) {
      for (const pair of node.items) {
        if (!(0, import_yaml2.isPair)(pair))
          continue;
        const key = pair.key;
        const name = (0, import_yaml2.isScalar)(key) ? String(key.value) : String(key);
        if ((0, import_yaml2.isScalar)(key) && key.range?.[0] === offset)
          return [...path, name];
        const found = walk(pair.value, [...path, name]);
        if (found)
          return found;
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const found = walk(node.items[i], [...path, i]);
        if (found)
          return found;
      }
    }
    return void 0;
  };
  return walk(doc.contents, []);
}

// packages/engine/dist/config/_expand-templates.js
var isPlain = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function expandTemplates(root, report) {
  const templates = isPlain(root.templates) ? root.templates : {};
  const streams = isPlain(root.streams) ? root.streams : {};
  const expanded = /* @__PURE__ */ new Map();
  for (const [name, stream] of Object.entries(streams)) {
    if (!isPlain(stream) || stream.extends === void 0)
      continue;
    const { extends: base, params = {}, ...own } = stream;
    if (typeof base !== "string" || !isPlain(templates[base])) {
      const known = Object.keys(templates);
      report(["streams", name, "extends"], `unknown template ${JSON.stringify(base)}; ${known.length ? `templates: ${known.join(", ")}` : "the file has no templates:"}`);
      delete stream.extends;
      delete stream.params;
      continue;
    }
    if (!isPlain(params)) {
      report(["streams", name, "params"], "must be a map of parameter names to values");
      continue;
    }
    const values = { stream: name, ...params };
    const missing = /* @__PURE__ */ new Set();
    const template = substitute(templates[base], values, missing);
    streams[name] = merge(template, substitute(own, values, missing));
    for (const key of missing) {
      report(["streams", name, "extends"], `template ${base} uses \${params.${key}}: give it under params (params: { ${key}: ... })`);
    }
    expanded.set(name, { template: base, own });
  }
  delete root.templates;
  return {
    origin(path) {
      if (path[0] !== "streams" || typeof path[1] !== "string")
        return [...path];
      const entry = expanded.get(path[1]);
      if (!entry)
        return [...path];
      const rest = path.slice(2);
      return has(entry.own, rest) ? [...path] : ["templates", entry.template, ...rest];
    }
  };
}
function has(value, path) {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !(String(key) in node))
      return false;
    node = node[String(key)];
  }
  return true;
}
function substitute(value, params, missing) {
  if (typeof value === "string") {
    if (!value.includes("${params"))
      return value;
    let parts;
    try {
      parts = parseTemplate(value);
    } catch (error) {
      if (error instanceof TemplateSyntaxError)
        return value;
      throw error;
    }
    return renderParts(parts, (ref) => {
      if (ref.scope !== "params")
        return { found: false };
      const key = ref.path.join(".");
      if (key in params)
        return { found: true, value: params[key] };
      missing.add(key);
      return { found: true, value: "" };
    }, true);
  }
  if (Array.isArray(value))
    return value.map((item) => substitute(item, params, missing));
  if (isPlain(value)) {
    const out = {};
    for (const [key, item] of Object.entries(value))
      out[key] = substitute(item, params, missing);
    return out;
  }
  return value;
}
function merge(base, over) {
  const out = { ...base };
  for (const [key, value] of Object.entries(over))
    out[key] = isPlain(value) && isPlain(out[key]) ? merge(out[key], value) : value;
  return out;
}

// packages/engine/dist/config/pipeline-validators.generated.js
var validate_0 = validate10;
var schema11 = { "$id": "https://syncengine.dev/schema/pipeline.json", "title": "syncengine pipeline", "description": "A YAML file that declares connections, streams and variables for one sync pipeline.", "type": "object", "additionalProperties": false, "required": ["version", "streams"], "$defs": { "fieldSpec": { "title": "FieldSpec", "description": "Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.", "anyOf": [{ "type": "string", "minLength": 1, "description": "A dot path into the source record." }, { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 2, "properties": { "path": { "type": "string", "minLength": 1, "description": "A dot path into the source record." }, "value": { "description": "A constant value.", "tsType": "unknown" }, "template": { "type": "string", "description": "A string with `${record.field}` references to the source record (and any runtime scope)." }, "expr": { "description": 'A json-logic expression, e.g. `{">": [{"var": "total"}, 0]}`. See docs/expressions.md.', "type": ["object", "array", "string", "number", "boolean", "null"], "tsType": "unknown" }, "object": { "description": "Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, "additionalProperties": { "$ref": "#/$defs/fieldSpec" } }, "list": { "description": "Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/fieldSpec" } }, "each": { "description": "Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.", "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1, "description": "Dot path of the list." }, "fields": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, "additionalProperties": { "$ref": "#/$defs/fieldSpec" }, "description": "Field specs read from each element; a target may be a dot path (`vendor.id`)." }, "key": { "$ref": "#/$defs/fieldSpec" }, "value": { "$ref": "#/$defs/fieldSpec" } } }, "default": { "description": "Used when the path or expression yields null or nothing.", "tsType": "unknown" } } }] }, "transformStep": { "title": "TransformStep", "description": "One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.", "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "map": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, "additionalProperties": { "$ref": "#/$defs/fieldSpec" }, "description": "Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped." }, "set": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, "additionalProperties": { "$ref": "#/$defs/fieldSpec" }, "description": "Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created)." }, "keep": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Keeps only these top-level fields." }, "drop": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Removes these top-level fields." }, "pack": { "description": "Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).", "type": "object", "additionalProperties": false, "required": ["into"], "properties": { "into": { "description": "Name of the field that receives the packed fields.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "keep": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Fields that stay at the top level." } } }, "flatten": { "description": "Turns one record into one record per element of the list at `path` (e.g. one per order line).", "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "description": "Dot path of the list.", "type": "string", "minLength": 1 }, "into": { "description": "Field that receives the element; the list field itself is removed.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$", "default": "item" }, "index": { "description": "Optional field that receives the element's position (0-based).", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "keep_empty": { "description": "Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.", "type": "boolean", "default": false } } }, "filter": { "description": "Keeps only the records for which this json-logic expression is truthy.", "type": ["object", "array", "string", "number", "boolean", "null"], "tsType": "unknown" }, "dedupe": { "description": "Drops a record whose key was already seen in this run (the first one wins).", "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "key": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Dot path(s) of the fields that identify a record." } } }, "classify": { "description": "Sets fields from the first rule whose `when` holds, or from `default` when none does.", "type": "object", "additionalProperties": false, "required": ["rules"], "properties": { "rules": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["when", "set"], "properties": { "when": { "description": "A json-logic condition on the record.", "type": ["object", "array", "string", "number", "boolean", "null"], "tsType": "unknown" }, "set": { "description": "Fields to set: constants; text may use `${record.field}`.", "type": "object", "minProperties": 1, "additionalProperties": { "tsType": "unknown" } } } } }, "default": { "description": "Fields to set when no rule matches.", "type": "object", "additionalProperties": { "tsType": "unknown" } } } }, "validate": { "description": "Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.", "type": "object", "additionalProperties": false, "required": ["schema"], "properties": { "schema": { "description": "The JSON Schema records must match.", "type": "object", "tsType": "Record<string, unknown>" } } }, "translate": { "description": "Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.", "type": "object", "additionalProperties": false, "required": ["kind", "path"], "properties": { "kind": { "description": "Crosswalk kind, e.g. `item`.", "type": "string", "minLength": 1 }, "path": { "description": "Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.", "type": "string", "minLength": 1 }, "missing": { "description": "When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.", "type": "string", "enum": ["quarantine", "skip", "fail"], "default": "quarantine" }, "as": { "description": "The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.", "type": "string", "enum": ["integer", "number", "text"] } } }, "join": { "description": "Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).", "type": "object", "additionalProperties": false, "required": ["from", "on", "fields"], "properties": { "from": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "source": { "description": "A source block: `connection` plus the connector's stream options.", "type": "object", "required": ["connection"], "properties": { "connection": { "type": "string", "description": "Name of a connection under `connections`." } }, "additionalProperties": true }, "stream": { "description": "Name of another stream whose source (and transforms) give the records; its sink is not used.", "type": "string" } }, "description": "The right side: `source` (a source block) or `stream` (another stream)." }, "on": { "description": "Join key: `left` path in this stream's record, `right` path in the other record.", "type": "object", "additionalProperties": false, "required": ["left", "right"], "properties": { "left": { "type": "string", "minLength": 1 }, "right": { "type": "string", "minLength": 1 } } }, "fields": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, "additionalProperties": { "$ref": "#/$defs/fieldSpec" }, "description": "Fields to add, read from the matching right record (field specs; `default` applies on a miss)." }, "max_in_memory": { "description": "Right-side records kept in memory before the lookup moves to disk.", "type": "integer", "minimum": 1, "default": 1e5 } } } } } }, "properties": { "version": { "description": "Version of the pipeline language this file is written in.", "type": "integer", "enum": [1] }, "name": { "description": "Name of the pipeline in logs and run history. Defaults to the file name without extension.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "description": { "description": "Free text about the pipeline, shown by `syncengine serve` (`GET /pipelines`).", "type": "string" }, "secrets": { "description": "Secrets read from a provider when the pipeline loads, used as `${secrets.name}` and masked everywhere: an environment variable, a file, or the output of a command (e.g. `gcloud secrets versions access latest --secret=x`).", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "env": { "description": "Name of an environment variable.", "type": "string", "minLength": 1 }, "file": { "description": "A file whose content (trimmed) is the secret; relative to the pipeline file.", "type": "string", "minLength": 1 }, "command": { "description": "A shell command whose output (trimmed) is the secret.", "type": "string", "minLength": 1 } } } }, "vars": { "description": "Named values referenced as `${vars.name}`. May reference `${env.NAME}`; overridden by `--var name=value`.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "additionalProperties": { "type": ["string", "number", "boolean", "null", "object", "array"], "tsType": "unknown" } }, "stream_concurrency": { "description": "How many streams of a run may run at the same time. A stream still starts only after every stream in its `after` list finished, and streams start in the file's order; each stream's requests share its connection's `rate_limit`.", "type": "integer", "minimum": 1, "maximum": 16, "default": 1 }, "defaults": { "description": "Settings applied to every stream unless the stream sets its own.", "type": "object", "additionalProperties": false, "properties": { "batch_size": { "description": "Records per batch handed to the sink; the cursor is checkpointed per committed batch.", "type": "integer", "minimum": 1, "maximum": 1e5, "default": 500 }, "read_ahead": { "description": "Pages a source may fetch ahead of the page being transformed. Reading, transforming and writing always overlap; a source whose next address does not depend on the last response (page and offset paging) has up to this many requests in flight, within its rate limit, while one whose next request needs the last response (cursor, next link) fetches one page ahead. Memory holds at most this many pages plus two, and three batches, per stream being read.", "type": "integer", "minimum": 1, "maximum": 64, "default": 4 } }, "default": {} }, "schedule": { "description": "When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.", "type": "object", "additionalProperties": false, "properties": { "every": { "description": "An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.", "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$" }, "cron": { "description": "A cron expression (5 or 6 fields), e.g. `0 */6 * * *`.", "type": "string", "minLength": 9 }, "timezone": { "description": "IANA time zone of the cron expression.", "type": "string", "default": "UTC" } } }, "webhooks": { "description": "Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["stream", "ids"], "properties": { "stream": { "description": "The stream to run by ids (it must declare `strategies.ids`).", "type": "string" }, "ids": { "description": "Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.", "type": "string", "minLength": 1 }, "when": { "description": "Accept only payloads for which this json-logic expression is truthy; others get 202 and no run.", "type": ["object", "array", "string", "number", "boolean", "null"], "tsType": "unknown" }, "tenant": { "description": "Dot path of the tenant id in the payload, for multi-tenant pipelines.", "type": "string" }, "secret": { "description": "A shared secret the sender puts in `secret_header`.", "type": "string", "x-secret": true }, "secret_header": { "description": "Header that carries the shared secret.", "type": "string", "default": "X-Webhook-Secret" }, "hmac": { "description": "An HMAC signature of the raw body instead of a shared secret.", "type": "object", "additionalProperties": false, "required": ["secret", "header"], "properties": { "secret": { "type": "string", "x-secret": true, "description": "The signing key." }, "header": { "type": "string", "description": "Header that carries the signature, e.g. `X-Signature`." }, "algorithm": { "type": "string", "enum": ["sha1", "sha256", "sha512"], "default": "sha256" }, "encoding": { "type": "string", "enum": ["hex", "base64"], "default": "hex" }, "prefix": { "type": "string", "description": "Text before the signature in the header, e.g. `sha256=`.", "default": "" }, "timestamp_header": { "type": "string", "description": "Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409)." }, "signed": { "type": "string", "description": "What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`." }, "tolerance_s": { "type": "integer", "minimum": 1, "default": 300, "description": "With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered." } } } } } }, "after_run": { "description": "Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.run_id}` become bound parameters.", "type": "object", "additionalProperties": false, "required": ["connection"], "properties": { "connection": { "description": "A connection whose connector can run statements (sqlite, postgres, mysql).", "type": "string" }, "success": { "description": "Statement after a successful run.", "type": "string", "minLength": 1 }, "failure": { "description": "Statement after a failed or aborted run.", "type": "string", "minLength": 1 } } }, "tenants": { "description": "Runs the whole pipeline once per tenant (e.g. per client account). Each tenant's fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.", "type": "object", "additionalProperties": false, "properties": { "source": { "description": "Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table.", "type": "object", "required": ["connection"], "properties": { "connection": { "type": "string", "description": "Name of a connection under `connections`." } }, "additionalProperties": true }, "list": { "description": "The tenants, inline.", "type": "array", "items": { "type": "object" }, "tsType": "Record<string, unknown>[]" }, "file": { "description": "A JSON or YAML file with a list of tenants, relative to the pipeline file.", "type": "string", "minLength": 1 }, "id": { "description": "Dot path of the tenant id in each tenant record.", "type": "string", "minLength": 1, "default": "id" }, "where": { "description": "Run only the tenants for which this json-logic expression is truthy.", "type": ["object", "array", "string", "number", "boolean", "null"], "tsType": "unknown" }, "concurrency": { "description": "How many tenants run at the same time.", "type": "integer", "minimum": 1, "maximum": 64, "default": 1 }, "frequency_hours": { "description": "Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.", "type": "string", "minLength": 1 }, "write_back": { "description": "Statements run on a connection after each tenant's run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.", "type": "object", "additionalProperties": false, "required": ["connection"], "properties": { "connection": { "description": "A connection whose connector can run statements (sqlite, postgres, mysql).", "type": "string" }, "success": { "description": "Statement after a successful run.", "type": "string", "minLength": 1 }, "failure": { "description": "Statement after a failed run.", "type": "string", "minLength": 1 } } } } }, "discover": { "description": "Requests made once at the start of a run whose result the streams use as `${discover.<name>}`, e.g. a lookup of the warehouse id of a checkout.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["source"], "properties": { "source": { "description": "A source block: `connection` plus the connector's stream options.", "type": "object", "required": ["connection"], "properties": { "connection": { "type": "string", "description": "Name of a connection under `connections`." } }, "additionalProperties": true }, "pick": { "description": "`first`: the first record (an error when there is none); `all`: the list of every record.", "type": "string", "enum": ["first", "all"], "default": "first" } } } }, "connections": { "description": "Reusable connections (an API with its auth, a database), keyed by name. `type` picks the connector; the other keys are that connector's options.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "additionalProperties": { "type": "object", "required": ["type"], "properties": { "type": { "description": "The connector, e.g. `http`, `sqlite`, `stdout`.", "type": "string" } }, "additionalProperties": true }, "default": {} }, "templates": { "description": "Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "additionalProperties": { "type": "object", "tsType": "Record<string, unknown>" } }, "streams": { "description": "The streams of the pipeline, keyed by name. Each reads from one source and writes to one sink.", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["source", "sink"], "properties": { "extends": { "description": "Name of a template under `templates` this stream is built from; its own keys override the template's.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "params": { "description": "Values for the template's `${params.name}` references (`${params.stream}` is the stream's name).", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "additionalProperties": { "tsType": "unknown" } }, "description": { "type": "string", "description": "Free text." }, "source": { "description": "Where records come from: `connection` names a connection; the other keys are the connector's stream options.", "type": "object", "required": ["connection"], "properties": { "connection": { "type": "string", "description": "Name of a connection under `connections`." } }, "additionalProperties": true }, "incremental": { "description": "Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.", "type": "object", "additionalProperties": false, "required": ["cursor_field"], "properties": { "cursor_field": { "description": "Dot path of the field in the source record that grows with every change, e.g. `updated_at`.", "type": "string", "minLength": 1 }, "initial": { "description": "Cursor value for the first run, when no cursor is stored yet.", "type": ["string", "number"] }, "ordered": { "description": "The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.", "type": "boolean", "default": false } } }, "partitions": { "description": "Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.", "type": "object", "additionalProperties": false, "properties": { "values": { "description": "A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).", "type": ["array", "string"], "tsType": "unknown[] | string" }, "from": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "source": { "description": "A source block: `connection` plus the connector's stream options.", "type": "object", "required": ["connection"], "properties": { "connection": { "type": "string", "description": "Name of a connection under `connections`." } }, "additionalProperties": true }, "stream": { "description": "Name of another stream whose source (and transforms) give the records; its sink is not used.", "type": "string" } }, "description": "Parent records: `source` (a source block, like a stream's) or `stream` (another stream's source and transforms; its sink is not used)." }, "key": { "description": "Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).", "type": "string", "minLength": 1, "default": "id" }, "concurrency": { "description": "How many partitions are read at the same time. Their batches are written one at a time, each partition's in order, each with its own cursor.", "type": "integer", "minimum": 1, "maximum": 64, "default": 1 } } }, "transforms": { "description": "Steps applied to each record in order, between the source and the sink.", "type": "array", "items": { "$ref": "#/$defs/transformStep" }, "default": [] }, "sink": { "description": "Where records go: `connection` names a connection; the other keys are the connector's stream options.", "type": "object", "required": ["connection"], "properties": { "connection": { "type": "string", "description": "Name of a connection under `connections`." } }, "additionalProperties": true }, "primary_key": { "description": "Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.", "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "cache": { "description": "Keeps a copy of the source's records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.", "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "description": "The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.", "type": "string", "minLength": 1 }, "format": { "description": "File format. Default: from the extension (`.csv`, else JSON lines).", "type": "string", "enum": ["csv", "jsonl"] }, "max_age": { "description": "Read the source again when the file is older than this, e.g. `24h`.", "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$" } } }, "also": { "description": "More outputs of the same records: each entry runs its own `transforms` on the records the stream's transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["sink"], "properties": { "transforms": { "description": "Steps for this output only.", "type": "array", "items": { "$ref": "#/$defs/transformStep" }, "default": [] }, "sink": { "description": "Where this output goes: `connection` plus the connector's stream options.", "type": "object", "required": ["connection"], "properties": { "connection": { "type": "string", "description": "Name of a connection under `connections`." } }, "additionalProperties": true } } } }, "strategies": { "description": "How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).", "type": "object", "additionalProperties": false, "properties": { "ids": { "description": "Fetches just the given ids (a webhook, `--ids`): these source options replace the stream's for that run.", "type": "object", "additionalProperties": false, "required": ["source"], "properties": { "source": { "description": 'Source options that replace the stream\'s, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: "Id in (${ids_csv})" }` (one request for all).', "type": "object", "additionalProperties": true } } }, "auto": { "description": "Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["when", "use"], "properties": { "when": { "description": 'A json-logic expression, e.g. `{">": [{"var": "total"}, 0]}`. See docs/expressions.md.', "type": ["object", "array", "string", "number", "boolean", "null"], "tsType": "unknown" }, "use": { "type": "string", "enum": ["full", "incremental"] } } } } } }, "after": { "description": "Streams that must finish before this one starts (e.g. items before purchase orders).", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "quarantine": { "description": "When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.", "type": "object", "additionalProperties": false, "properties": { "max_records": { "description": "Most records a run may quarantine.", "type": "integer", "minimum": 0 }, "max_percent": { "description": "Most records a run may quarantine, as a percentage of the records read.", "type": "number", "minimum": 0, "maximum": 100 } } }, "batch_size": { "description": "Records per batch for this stream. Defaults to `defaults.batch_size`.", "type": "integer", "minimum": 1, "maximum": 1e5 }, "read_ahead": { "description": "Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.", "type": "integer", "minimum": 1, "maximum": 64 } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = ucs2length;
var pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*$", "u");
var pattern3 = new RegExp("^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$", "u");
var schema12 = { "title": "TransformStep", "description": "One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.", "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "map": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, "additionalProperties": { "$ref": "#/$defs/fieldSpec" }, "description": "Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped." }, "set": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, "additionalProperties": { "$ref": "#/$defs/fieldSpec" }, "description": "Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created)." }, "keep": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Keeps only these top-level fields." }, "drop": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Removes these top-level fields." }, "pack": { "description": "Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).", "type": "object", "additionalProperties": false, "required": ["into"], "properties": { "into": { "description": "Name of the field that receives the packed fields.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "keep": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Fields that stay at the top level." } } }, "flatten": { "description": "Turns one record into one record per element of the list at `path` (e.g. one per order line).", "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "description": "Dot path of the list.", "type": "string", "minLength": 1 }, "into": { "description": "Field that receives the element; the list field itself is removed.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$", "default": "item" }, "index": { "description": "Optional field that receives the element's position (0-based).", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" }, "keep_empty": { "description": "Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.", "type": "boolean", "default": false } } }, "filter": { "description": "Keeps only the records for which this json-logic expression is truthy.", "type": ["object", "array", "string", "number", "boolean", "null"], "tsType": "unknown" }, "dedupe": { "description": "Drops a record whose key was already seen in this run (the first one wins).", "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "key": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Dot path(s) of the fields that identify a record." } } }, "classify": { "description": "Sets fields from the first rule whose `when` holds, or from `default` when none does.", "type": "object", "additionalProperties": false, "required": ["rules"], "properties": { "rules": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["when", "set"], "properties": { "when": { "description": "A json-logic condition on the record.", "type": ["object", "array", "string", "number", "boolean", "null"], "tsType": "unknown" }, "set": { "description": "Fields to set: constants; text may use `${record.field}`.", "type": "object", "minProperties": 1, "additionalProperties": { "tsType": "unknown" } } } } }, "default": { "description": "Fields to set when no rule matches.", "type": "object", "additionalProperties": { "tsType": "unknown" } } } }, "validate": { "description": "Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.", "type": "object", "additionalProperties": false, "required": ["schema"], "properties": { "schema": { "description": "The JSON Schema records must match.", "type": "object", "tsType": "Record<string, unknown>" } } }, "translate": { "description": "Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.", "type": "object", "additionalProperties": false, "required": ["kind", "path"], "properties": { "kind": { "description": "Crosswalk kind, e.g. `item`.", "type": "string", "minLength": 1 }, "path": { "description": "Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.", "type": "string", "minLength": 1 }, "missing": { "description": "When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.", "type": "string", "enum": ["quarantine", "skip", "fail"], "default": "quarantine" }, "as": { "description": "The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.", "type": "string", "enum": ["integer", "number", "text"] } } }, "join": { "description": "Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).", "type": "object", "additionalProperties": false, "required": ["from", "on", "fields"], "properties": { "from": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "source": { "description": "A source block: `connection` plus the connector's stream options.", "type": "object", "required": ["connection"], "properties": { "connection": { "type": "string", "description": "Name of a connection under `connections`." } }, "additionalProperties": true }, "stream": { "description": "Name of another stream whose source (and transforms) give the records; its sink is not used.", "type": "string" } }, "description": "The right side: `source` (a source block) or `stream` (another stream)." }, "on": { "description": "Join key: `left` path in this stream's record, `right` path in the other record.", "type": "object", "additionalProperties": false, "required": ["left", "right"], "properties": { "left": { "type": "string", "minLength": 1 }, "right": { "type": "string", "minLength": 1 } } }, "fields": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, "additionalProperties": { "$ref": "#/$defs/fieldSpec" }, "description": "Fields to add, read from the matching right record (field specs; `default` applies on a miss)." }, "max_in_memory": { "description": "Right-side records kept in memory before the lookup moves to disk.", "type": "integer", "minimum": 1, "default": 1e5 } } } } };
var pattern11 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$", "u");
var schema13 = { "title": "FieldSpec", "description": "Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.", "anyOf": [{ "type": "string", "minLength": 1, "description": "A dot path into the source record." }, { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 2, "properties": { "path": { "type": "string", "minLength": 1, "description": "A dot path into the source record." }, "value": { "description": "A constant value.", "tsType": "unknown" }, "template": { "type": "string", "description": "A string with `${record.field}` references to the source record (and any runtime scope)." }, "expr": { "description": 'A json-logic expression, e.g. `{">": [{"var": "total"}, 0]}`. See docs/expressions.md.', "type": ["object", "array", "string", "number", "boolean", "null"], "tsType": "unknown" }, "object": { "description": "Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, "additionalProperties": { "$ref": "#/$defs/fieldSpec" } }, "list": { "description": "Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/fieldSpec" } }, "each": { "description": "Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.", "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1, "description": "Dot path of the list." }, "fields": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, "additionalProperties": { "$ref": "#/$defs/fieldSpec" }, "description": "Field specs read from each element; a target may be a dot path (`vendor.id`)." }, "key": { "$ref": "#/$defs/fieldSpec" }, "value": { "$ref": "#/$defs/fieldSpec" } } }, "default": { "description": "Used when the path or expression yields null or nothing.", "tsType": "unknown" } } }] };
var wrapper0 = { validate: validate12 };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data !== "string") {
    let dataType0 = typeof data;
    let coerced0 = void 0;
    if (!(coerced0 !== void 0)) {
      if (dataType0 == "number" || dataType0 == "boolean") {
        coerced0 = "" + data;
      } else if (data === null) {
        coerced0 = "";
      } else {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.anyOf[0].type, parentSchema: schema13.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (coerced0 !== void 0) {
      data = coerced0;
      if (parentData !== void 0) {
        parentData[parentDataProperty] = coerced0;
      }
    }
  }
  if (typeof data === "string") {
    if (func3(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 2) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/maxProperties", keyword: "maxProperties", params: { limit: 2 }, message: "must NOT have more than 2 properties", schema: 2, parentSchema: schema13.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Object.keys(data).length < 1) {
        const err3 = { instancePath, schemaPath: "#/anyOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema13.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "path" || key0 === "value" || key0 === "template" || key0 === "expr" || key0 === "object" || key0 === "list" || key0 === "each" || key0 === "default")) {
          const err4 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.anyOf[1], data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.path !== void 0) {
        let data0 = data.path;
        if (typeof data0 !== "string") {
          let dataType1 = typeof data0;
          let coerced1 = void 0;
          if (!(coerced1 !== void 0)) {
            if (dataType1 == "number" || dataType1 == "boolean") {
              coerced1 = "" + data0;
            } else if (data0 === null) {
              coerced1 = "";
            } else {
              const err5 = { instancePath: instancePath + "/path", schemaPath: "#/anyOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.anyOf[1].properties.path.type, parentSchema: schema13.anyOf[1].properties.path, data: data0 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (coerced1 !== void 0) {
            data0 = coerced1;
            if (data !== void 0) {
              data["path"] = coerced1;
            }
          }
        }
        if (typeof data0 === "string") {
          if (func3(data0) < 1) {
            const err6 = { instancePath: instancePath + "/path", schemaPath: "#/anyOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.anyOf[1].properties.path, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
      if (data.template !== void 0) {
        let data2 = data.template;
        if (typeof data2 !== "string") {
          let dataType2 = typeof data2;
          let coerced2 = void 0;
          if (!(coerced2 !== void 0)) {
            if (dataType2 == "number" || dataType2 == "boolean") {
              coerced2 = "" + data2;
            } else if (data2 === null) {
              coerced2 = "";
            } else {
              const err7 = { instancePath: instancePath + "/template", schemaPath: "#/anyOf/1/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.anyOf[1].properties.template.type, parentSchema: schema13.anyOf[1].properties.template, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (coerced2 !== void 0) {
            data2 = coerced2;
            if (data !== void 0) {
              data["template"] = coerced2;
            }
          }
        }
      }
      if (data.expr !== void 0) {
        let data3 = data.expr;
        if (typeof data3 != "object" && typeof data3 !== "string" && !(typeof data3 == "number" && isFinite(data3)) && typeof data3 !== "boolean") {
          let dataType3 = typeof data3;
          let coerced3 = void 0;
          if (!(coerced3 !== void 0)) {
            if (dataType3 == "number" || dataType3 == "boolean") {
              coerced3 = "" + data3;
            } else if (data3 === null) {
              coerced3 = "";
            } else if (dataType3 == "boolean" || data3 === null || dataType3 == "string" && data3 && data3 == +data3) {
              coerced3 = +data3;
            } else if (data3 === "false" || data3 === 0 || data3 === null) {
              coerced3 = false;
            } else if (data3 === "true" || data3 === 1) {
              coerced3 = true;
            } else if (data3 === "" || data3 === 0 || data3 === false) {
              coerced3 = null;
            } else {
              const err8 = { instancePath: instancePath + "/expr", schemaPath: "#/anyOf/1/properties/expr/type", keyword: "type", params: { type: schema13.anyOf[1].properties.expr.type }, message: "must be object,array,string,number,boolean,null", schema: schema13.anyOf[1].properties.expr.type, parentSchema: schema13.anyOf[1].properties.expr, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          if (coerced3 !== void 0) {
            data3 = coerced3;
            if (data !== void 0) {
              data["expr"] = coerced3;
            }
          }
        }
      }
      if (data.object !== void 0) {
        let data4 = data.object;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
          if (Object.keys(data4).length < 1) {
            const err9 = { instancePath: instancePath + "/object", schemaPath: "#/anyOf/1/properties/object/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema13.anyOf[1].properties.object, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          for (const key1 in data4) {
            const _errs17 = errors;
            if (typeof key1 === "string") {
              if (!pattern11.test(key1)) {
                const err10 = { instancePath: instancePath + "/object", schemaPath: "#/anyOf/1/properties/object/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$", parentSchema: schema13.anyOf[1].properties.object.propertyNames, data: key1, propertyName: key1 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            var valid2 = _errs17 === errors;
            if (!valid2) {
              const err11 = { instancePath: instancePath + "/object", schemaPath: "#/anyOf/1/properties/object/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema13.anyOf[1].properties.object.propertyNames, parentSchema: schema13.anyOf[1].properties.object, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          for (const key2 in data4) {
            if (!wrapper0.validate.call(this, data4[key2], { instancePath: instancePath + "/object/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err12 = { instancePath: instancePath + "/object", schemaPath: "#/anyOf/1/properties/object/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.anyOf[1].properties.object.type, parentSchema: schema13.anyOf[1].properties.object, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.list !== void 0) {
        let data6 = data.list;
        if (Array.isArray(data6)) {
          if (data6.length < 1) {
            const err13 = { instancePath: instancePath + "/list", schemaPath: "#/anyOf/1/properties/list/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.anyOf[1].properties.list, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          const len0 = data6.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (!wrapper0.validate.call(this, data6[i0], { instancePath: instancePath + "/list/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err14 = { instancePath: instancePath + "/list", schemaPath: "#/anyOf/1/properties/list/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.anyOf[1].properties.list.type, parentSchema: schema13.anyOf[1].properties.list, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.each !== void 0) {
        let data8 = data.each;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
          if (data8.path === void 0) {
            const err15 = { instancePath: instancePath + "/each", schemaPath: "#/anyOf/1/properties/each/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema13.anyOf[1].properties.each.required, parentSchema: schema13.anyOf[1].properties.each, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          for (const key3 in data8) {
            if (!(key3 === "path" || key3 === "fields" || key3 === "key" || key3 === "value")) {
              const err16 = { instancePath: instancePath + "/each", schemaPath: "#/anyOf/1/properties/each/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.anyOf[1].properties.each, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data8.path !== void 0) {
            let data9 = data8.path;
            if (typeof data9 !== "string") {
              let dataType4 = typeof data9;
              let coerced4 = void 0;
              if (!(coerced4 !== void 0)) {
                if (dataType4 == "number" || dataType4 == "boolean") {
                  coerced4 = "" + data9;
                } else if (data9 === null) {
                  coerced4 = "";
                } else {
                  const err17 = { instancePath: instancePath + "/each/path", schemaPath: "#/anyOf/1/properties/each/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.anyOf[1].properties.each.properties.path.type, parentSchema: schema13.anyOf[1].properties.each.properties.path, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              if (coerced4 !== void 0) {
                data9 = coerced4;
                if (data8 !== void 0) {
                  data8["path"] = coerced4;
                }
              }
            }
            if (typeof data9 === "string") {
              if (func3(data9) < 1) {
                const err18 = { instancePath: instancePath + "/each/path", schemaPath: "#/anyOf/1/properties/each/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.anyOf[1].properties.each.properties.path, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          }
          if (data8.fields !== void 0) {
            let data10 = data8.fields;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              if (Object.keys(data10).length < 1) {
                const err19 = { instancePath: instancePath + "/each/fields", schemaPath: "#/anyOf/1/properties/each/properties/fields/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema13.anyOf[1].properties.each.properties.fields, data: data10 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              for (const key4 in data10) {
                const _errs30 = errors;
                if (typeof key4 === "string") {
                  if (!pattern11.test(key4)) {
                    const err20 = { instancePath: instancePath + "/each/fields", schemaPath: "#/anyOf/1/properties/each/properties/fields/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$", parentSchema: schema13.anyOf[1].properties.each.properties.fields.propertyNames, data: key4, propertyName: key4 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                var valid7 = _errs30 === errors;
                if (!valid7) {
                  const err21 = { instancePath: instancePath + "/each/fields", schemaPath: "#/anyOf/1/properties/each/properties/fields/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema13.anyOf[1].properties.each.properties.fields.propertyNames, parentSchema: schema13.anyOf[1].properties.each.properties.fields, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              for (const key5 in data10) {
                if (!wrapper0.validate.call(this, data10[key5], { instancePath: instancePath + "/each/fields/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data10, parentDataProperty: key5, rootData })) {
                  vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err22 = { instancePath: instancePath + "/each/fields", schemaPath: "#/anyOf/1/properties/each/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.anyOf[1].properties.each.properties.fields.type, parentSchema: schema13.anyOf[1].properties.each.properties.fields, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data8.key !== void 0) {
            if (!wrapper0.validate.call(this, data8.key, { instancePath: instancePath + "/each/key", parentData: data8, parentDataProperty: "key", rootData })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
          }
          if (data8.value !== void 0) {
            if (!wrapper0.validate.call(this, data8.value, { instancePath: instancePath + "/each/value", parentData: data8, parentDataProperty: "value", rootData })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err23 = { instancePath: instancePath + "/each", schemaPath: "#/anyOf/1/properties/each/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.anyOf[1].properties.each.type, parentSchema: schema13.anyOf[1].properties.each, data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    } else {
      const err24 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.anyOf[1].type, parentSchema: schema13.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err25 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema13.anyOf, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.map !== void 0) {
      let data0 = data.map;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err3 = { instancePath: instancePath + "/map", schemaPath: "#/properties/map/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.map, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern11.test(key1)) {
              const err4 = { instancePath: instancePath + "/map", schemaPath: "#/properties/map/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$", parentSchema: schema12.properties.map.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err5 = { instancePath: instancePath + "/map", schemaPath: "#/properties/map/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema12.properties.map.propertyNames, parentSchema: schema12.properties.map, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          if (!validate12.call(this, data0[key2], { instancePath: instancePath + "/map/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/map", schemaPath: "#/properties/map/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.map.type, parentSchema: schema12.properties.map, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.set !== void 0) {
      let data2 = data.set;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err7 = { instancePath: instancePath + "/set", schemaPath: "#/properties/set/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.set, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key3 in data2) {
          const _errs9 = errors;
          if (typeof key3 === "string") {
            if (!pattern11.test(key3)) {
              const err8 = { instancePath: instancePath + "/set", schemaPath: "#/properties/set/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$", parentSchema: schema12.properties.set.propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var valid3 = _errs9 === errors;
          if (!valid3) {
            const err9 = { instancePath: instancePath + "/set", schemaPath: "#/properties/set/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema12.properties.set.propertyNames, parentSchema: schema12.properties.set, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key4 in data2) {
          if (!validate12.call(this, data2[key4], { instancePath: instancePath + "/set/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key4, rootData })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/set", schemaPath: "#/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.set.type, parentSchema: schema12.properties.set, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.keep !== void 0) {
      let data4 = data.keep;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err11 = { instancePath: instancePath + "/keep", schemaPath: "#/properties/keep/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.keep, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            let dataType0 = typeof data5;
            let coerced0 = void 0;
            if (!(coerced0 !== void 0)) {
              if (dataType0 == "number" || dataType0 == "boolean") {
                coerced0 = "" + data5;
              } else if (data5 === null) {
                coerced0 = "";
              } else {
                const err12 = { instancePath: instancePath + "/keep/" + i0, schemaPath: "#/properties/keep/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.keep.items.type, parentSchema: schema12.properties.keep.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (coerced0 !== void 0) {
              data5 = coerced0;
              if (data4 !== void 0) {
                data4[i0] = coerced0;
              }
            }
          }
          if (typeof data5 === "string") {
            if (func3(data5) < 1) {
              const err13 = { instancePath: instancePath + "/keep/" + i0, schemaPath: "#/properties/keep/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.keep.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/keep", schemaPath: "#/properties/keep/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.keep.type, parentSchema: schema12.properties.keep, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.drop !== void 0) {
      let data6 = data.drop;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err15 = { instancePath: instancePath + "/drop", schemaPath: "#/properties/drop/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.drop, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 !== "string") {
            let dataType1 = typeof data7;
            let coerced1 = void 0;
            if (!(coerced1 !== void 0)) {
              if (dataType1 == "number" || dataType1 == "boolean") {
                coerced1 = "" + data7;
              } else if (data7 === null) {
                coerced1 = "";
              } else {
                const err16 = { instancePath: instancePath + "/drop/" + i1, schemaPath: "#/properties/drop/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.drop.items.type, parentSchema: schema12.properties.drop.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (coerced1 !== void 0) {
              data7 = coerced1;
              if (data6 !== void 0) {
                data6[i1] = coerced1;
              }
            }
          }
          if (typeof data7 === "string") {
            if (func3(data7) < 1) {
              const err17 = { instancePath: instancePath + "/drop/" + i1, schemaPath: "#/properties/drop/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.drop.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/drop", schemaPath: "#/properties/drop/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.drop.type, parentSchema: schema12.properties.drop, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.pack !== void 0) {
      let data8 = data.pack;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.into === void 0) {
          const err19 = { instancePath: instancePath + "/pack", schemaPath: "#/properties/pack/required", keyword: "required", params: { missingProperty: "into" }, message: "must have required property 'into'", schema: schema12.properties.pack.required, parentSchema: schema12.properties.pack, data: data8 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key5 in data8) {
          if (!(key5 === "into" || key5 === "keep")) {
            const err20 = { instancePath: instancePath + "/pack", schemaPath: "#/properties/pack/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.pack, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data8.into !== void 0) {
          let data9 = data8.into;
          if (typeof data9 !== "string") {
            let dataType2 = typeof data9;
            let coerced2 = void 0;
            if (!(coerced2 !== void 0)) {
              if (dataType2 == "number" || dataType2 == "boolean") {
                coerced2 = "" + data9;
              } else if (data9 === null) {
                coerced2 = "";
              } else {
                const err21 = { instancePath: instancePath + "/pack/into", schemaPath: "#/properties/pack/properties/into/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pack.properties.into.type, parentSchema: schema12.properties.pack.properties.into, data: data9 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (coerced2 !== void 0) {
              data9 = coerced2;
              if (data8 !== void 0) {
                data8["into"] = coerced2;
              }
            }
          }
          if (typeof data9 === "string") {
            if (!pattern0.test(data9)) {
              const err22 = { instancePath: instancePath + "/pack/into", schemaPath: "#/properties/pack/properties/into/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema12.properties.pack.properties.into, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data8.keep !== void 0) {
          let data10 = data8.keep;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              const err23 = { instancePath: instancePath + "/pack/keep", schemaPath: "#/properties/pack/properties/keep/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.pack.properties.keep, data: data10 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            const len2 = data10.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data11 = data10[i2];
              if (typeof data11 !== "string") {
                let dataType3 = typeof data11;
                let coerced3 = void 0;
                if (!(coerced3 !== void 0)) {
                  if (dataType3 == "number" || dataType3 == "boolean") {
                    coerced3 = "" + data11;
                  } else if (data11 === null) {
                    coerced3 = "";
                  } else {
                    const err24 = { instancePath: instancePath + "/pack/keep/" + i2, schemaPath: "#/properties/pack/properties/keep/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pack.properties.keep.items.type, parentSchema: schema12.properties.pack.properties.keep.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (coerced3 !== void 0) {
                  data11 = coerced3;
                  if (data10 !== void 0) {
                    data10[i2] = coerced3;
                  }
                }
              }
              if (typeof data11 === "string") {
                if (func3(data11) < 1) {
                  const err25 = { instancePath: instancePath + "/pack/keep/" + i2, schemaPath: "#/properties/pack/properties/keep/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.pack.properties.keep.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/pack/keep", schemaPath: "#/properties/pack/properties/keep/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.pack.properties.keep.type, parentSchema: schema12.properties.pack.properties.keep, data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/pack", schemaPath: "#/properties/pack/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.pack.type, parentSchema: schema12.properties.pack, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.flatten !== void 0) {
      let data12 = data.flatten;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.into === void 0) {
          data12.into = "item";
        }
        if (data12.keep_empty === void 0) {
          data12.keep_empty = false;
        }
        if (data12.path === void 0) {
          const err28 = { instancePath: instancePath + "/flatten", schemaPath: "#/properties/flatten/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema12.properties.flatten.required, parentSchema: schema12.properties.flatten, data: data12 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key6 in data12) {
          if (!(key6 === "path" || key6 === "into" || key6 === "index" || key6 === "keep_empty")) {
            const err29 = { instancePath: instancePath + "/flatten", schemaPath: "#/properties/flatten/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.flatten, data: data12 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data12.path !== void 0) {
          let data13 = data12.path;
          if (typeof data13 !== "string") {
            let dataType4 = typeof data13;
            let coerced4 = void 0;
            if (!(coerced4 !== void 0)) {
              if (dataType4 == "number" || dataType4 == "boolean") {
                coerced4 = "" + data13;
              } else if (data13 === null) {
                coerced4 = "";
              } else {
                const err30 = { instancePath: instancePath + "/flatten/path", schemaPath: "#/properties/flatten/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.flatten.properties.path.type, parentSchema: schema12.properties.flatten.properties.path, data: data13 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (coerced4 !== void 0) {
              data13 = coerced4;
              if (data12 !== void 0) {
                data12["path"] = coerced4;
              }
            }
          }
          if (typeof data13 === "string") {
            if (func3(data13) < 1) {
              const err31 = { instancePath: instancePath + "/flatten/path", schemaPath: "#/properties/flatten/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.flatten.properties.path, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        let data14 = data12.into;
        if (typeof data14 !== "string") {
          let dataType5 = typeof data14;
          let coerced5 = void 0;
          if (!(coerced5 !== void 0)) {
            if (dataType5 == "number" || dataType5 == "boolean") {
              coerced5 = "" + data14;
            } else if (data14 === null) {
              coerced5 = "";
            } else {
              const err32 = { instancePath: instancePath + "/flatten/into", schemaPath: "#/properties/flatten/properties/into/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.flatten.properties.into.type, parentSchema: schema12.properties.flatten.properties.into, data: data14 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (coerced5 !== void 0) {
            data14 = coerced5;
            if (data12 !== void 0) {
              data12["into"] = coerced5;
            }
          }
        }
        if (typeof data14 === "string") {
          if (!pattern0.test(data14)) {
            const err33 = { instancePath: instancePath + "/flatten/into", schemaPath: "#/properties/flatten/properties/into/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema12.properties.flatten.properties.into, data: data14 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data12.index !== void 0) {
          let data15 = data12.index;
          if (typeof data15 !== "string") {
            let dataType6 = typeof data15;
            let coerced6 = void 0;
            if (!(coerced6 !== void 0)) {
              if (dataType6 == "number" || dataType6 == "boolean") {
                coerced6 = "" + data15;
              } else if (data15 === null) {
                coerced6 = "";
              } else {
                const err34 = { instancePath: instancePath + "/flatten/index", schemaPath: "#/properties/flatten/properties/index/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.flatten.properties.index.type, parentSchema: schema12.properties.flatten.properties.index, data: data15 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (coerced6 !== void 0) {
              data15 = coerced6;
              if (data12 !== void 0) {
                data12["index"] = coerced6;
              }
            }
          }
          if (typeof data15 === "string") {
            if (!pattern0.test(data15)) {
              const err35 = { instancePath: instancePath + "/flatten/index", schemaPath: "#/properties/flatten/properties/index/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema12.properties.flatten.properties.index, data: data15 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        }
        let data16 = data12.keep_empty;
        if (typeof data16 !== "boolean") {
          let coerced7 = void 0;
          if (!(coerced7 !== void 0)) {
            if (data16 === "false" || data16 === 0 || data16 === null) {
              coerced7 = false;
            } else if (data16 === "true" || data16 === 1) {
              coerced7 = true;
            } else {
              const err36 = { instancePath: instancePath + "/flatten/keep_empty", schemaPath: "#/properties/flatten/properties/keep_empty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.flatten.properties.keep_empty.type, parentSchema: schema12.properties.flatten.properties.keep_empty, data: data16 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
          if (coerced7 !== void 0) {
            data16 = coerced7;
            if (data12 !== void 0) {
              data12["keep_empty"] = coerced7;
            }
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/flatten", schemaPath: "#/properties/flatten/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.flatten.type, parentSchema: schema12.properties.flatten, data: data12 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.filter !== void 0) {
      let data17 = data.filter;
      if (typeof data17 != "object" && typeof data17 !== "string" && !(typeof data17 == "number" && isFinite(data17)) && typeof data17 !== "boolean") {
        let dataType8 = typeof data17;
        let coerced8 = void 0;
        if (!(coerced8 !== void 0)) {
          if (dataType8 == "number" || dataType8 == "boolean") {
            coerced8 = "" + data17;
          } else if (data17 === null) {
            coerced8 = "";
          } else if (dataType8 == "boolean" || data17 === null || dataType8 == "string" && data17 && data17 == +data17) {
            coerced8 = +data17;
          } else if (data17 === "false" || data17 === 0 || data17 === null) {
            coerced8 = false;
          } else if (data17 === "true" || data17 === 1) {
            coerced8 = true;
          } else if (data17 === "" || data17 === 0 || data17 === false) {
            coerced8 = null;
          } else {
            const err38 = { instancePath: instancePath + "/filter", schemaPath: "#/properties/filter/type", keyword: "type", params: { type: schema12.properties.filter.type }, message: "must be object,array,string,number,boolean,null", schema: schema12.properties.filter.type, parentSchema: schema12.properties.filter, data: data17 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (coerced8 !== void 0) {
          data17 = coerced8;
          if (data !== void 0) {
            data["filter"] = coerced8;
          }
        }
      }
    }
    if (data.dedupe !== void 0) {
      let data18 = data.dedupe;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.key === void 0) {
          const err39 = { instancePath: instancePath + "/dedupe", schemaPath: "#/properties/dedupe/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema12.properties.dedupe.required, parentSchema: schema12.properties.dedupe, data: data18 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        for (const key7 in data18) {
          if (!(key7 === "key")) {
            const err40 = { instancePath: instancePath + "/dedupe", schemaPath: "#/properties/dedupe/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.dedupe, data: data18 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data18.key !== void 0) {
          let data19 = data18.key;
          if (Array.isArray(data19)) {
            if (data19.length < 1) {
              const err41 = { instancePath: instancePath + "/dedupe/key", schemaPath: "#/properties/dedupe/properties/key/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.dedupe.properties.key, data: data19 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            const len3 = data19.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data20 = data19[i3];
              if (typeof data20 !== "string") {
                let dataType9 = typeof data20;
                let coerced9 = void 0;
                if (!(coerced9 !== void 0)) {
                  if (dataType9 == "number" || dataType9 == "boolean") {
                    coerced9 = "" + data20;
                  } else if (data20 === null) {
                    coerced9 = "";
                  } else {
                    const err42 = { instancePath: instancePath + "/dedupe/key/" + i3, schemaPath: "#/properties/dedupe/properties/key/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.dedupe.properties.key.items.type, parentSchema: schema12.properties.dedupe.properties.key.items, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (coerced9 !== void 0) {
                  data20 = coerced9;
                  if (data19 !== void 0) {
                    data19[i3] = coerced9;
                  }
                }
              }
              if (typeof data20 === "string") {
                if (func3(data20) < 1) {
                  const err43 = { instancePath: instancePath + "/dedupe/key/" + i3, schemaPath: "#/properties/dedupe/properties/key/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.dedupe.properties.key.items, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/dedupe/key", schemaPath: "#/properties/dedupe/properties/key/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.dedupe.properties.key.type, parentSchema: schema12.properties.dedupe.properties.key, data: data19 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/dedupe", schemaPath: "#/properties/dedupe/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.dedupe.type, parentSchema: schema12.properties.dedupe, data: data18 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.classify !== void 0) {
      let data21 = data.classify;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.rules === void 0) {
          const err46 = { instancePath: instancePath + "/classify", schemaPath: "#/properties/classify/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema12.properties.classify.required, parentSchema: schema12.properties.classify, data: data21 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        for (const key8 in data21) {
          if (!(key8 === "rules" || key8 === "default")) {
            const err47 = { instancePath: instancePath + "/classify", schemaPath: "#/properties/classify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.classify, data: data21 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data21.rules !== void 0) {
          let data22 = data21.rules;
          if (Array.isArray(data22)) {
            if (data22.length < 1) {
              const err48 = { instancePath: instancePath + "/classify/rules", schemaPath: "#/properties/classify/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.classify.properties.rules, data: data22 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            const len4 = data22.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data23 = data22[i4];
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.when === void 0) {
                  const err49 = { instancePath: instancePath + "/classify/rules/" + i4, schemaPath: "#/properties/classify/properties/rules/items/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema12.properties.classify.properties.rules.items.required, parentSchema: schema12.properties.classify.properties.rules.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (data23.set === void 0) {
                  const err50 = { instancePath: instancePath + "/classify/rules/" + i4, schemaPath: "#/properties/classify/properties/rules/items/required", keyword: "required", params: { missingProperty: "set" }, message: "must have required property 'set'", schema: schema12.properties.classify.properties.rules.items.required, parentSchema: schema12.properties.classify.properties.rules.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                for (const key9 in data23) {
                  if (!(key9 === "when" || key9 === "set")) {
                    const err51 = { instancePath: instancePath + "/classify/rules/" + i4, schemaPath: "#/properties/classify/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.classify.properties.rules.items, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data23.when !== void 0) {
                  let data24 = data23.when;
                  if (typeof data24 != "object" && typeof data24 !== "string" && !(typeof data24 == "number" && isFinite(data24)) && typeof data24 !== "boolean") {
                    let dataType10 = typeof data24;
                    let coerced10 = void 0;
                    if (!(coerced10 !== void 0)) {
                      if (dataType10 == "number" || dataType10 == "boolean") {
                        coerced10 = "" + data24;
                      } else if (data24 === null) {
                        coerced10 = "";
                      } else if (dataType10 == "boolean" || data24 === null || dataType10 == "string" && data24 && data24 == +data24) {
                        coerced10 = +data24;
                      } else if (data24 === "false" || data24 === 0 || data24 === null) {
                        coerced10 = false;
                      } else if (data24 === "true" || data24 === 1) {
                        coerced10 = true;
                      } else if (data24 === "" || data24 === 0 || data24 === false) {
                        coerced10 = null;
                      } else {
                        const err52 = { instancePath: instancePath + "/classify/rules/" + i4 + "/when", schemaPath: "#/properties/classify/properties/rules/items/properties/when/type", keyword: "type", params: { type: schema12.properties.classify.properties.rules.items.properties.when.type }, message: "must be object,array,string,number,boolean,null", schema: schema12.properties.classify.properties.rules.items.properties.when.type, parentSchema: schema12.properties.classify.properties.rules.items.properties.when, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                    if (coerced10 !== void 0) {
                      data24 = coerced10;
                      if (data23 !== void 0) {
                        data23["when"] = coerced10;
                      }
                    }
                  }
                }
                if (data23.set !== void 0) {
                  let data25 = data23.set;
                  if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                    if (Object.keys(data25).length < 1) {
                      const err53 = { instancePath: instancePath + "/classify/rules/" + i4 + "/set", schemaPath: "#/properties/classify/properties/rules/items/properties/set/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.classify.properties.rules.items.properties.set, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/classify/rules/" + i4 + "/set", schemaPath: "#/properties/classify/properties/rules/items/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.classify.properties.rules.items.properties.set.type, parentSchema: schema12.properties.classify.properties.rules.items.properties.set, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/classify/rules/" + i4, schemaPath: "#/properties/classify/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.classify.properties.rules.items.type, parentSchema: schema12.properties.classify.properties.rules.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/classify/rules", schemaPath: "#/properties/classify/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.classify.properties.rules.type, parentSchema: schema12.properties.classify.properties.rules, data: data22 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data21.default !== void 0) {
          let data27 = data21.default;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
          } else {
            const err57 = { instancePath: instancePath + "/classify/default", schemaPath: "#/properties/classify/properties/default/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.classify.properties.default.type, parentSchema: schema12.properties.classify.properties.default, data: data27 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/classify", schemaPath: "#/properties/classify/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.classify.type, parentSchema: schema12.properties.classify, data: data21 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.validate !== void 0) {
      let data29 = data.validate;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29.schema === void 0) {
          const err59 = { instancePath: instancePath + "/validate", schemaPath: "#/properties/validate/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema12.properties.validate.required, parentSchema: schema12.properties.validate, data: data29 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        for (const key12 in data29) {
          if (!(key12 === "schema")) {
            const err60 = { instancePath: instancePath + "/validate", schemaPath: "#/properties/validate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.validate, data: data29 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data29.schema !== void 0) {
          let data30 = data29.schema;
          if (!(data30 && typeof data30 == "object" && !Array.isArray(data30))) {
            const err61 = { instancePath: instancePath + "/validate/schema", schemaPath: "#/properties/validate/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.validate.properties.schema.type, parentSchema: schema12.properties.validate.properties.schema, data: data30 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/validate", schemaPath: "#/properties/validate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.validate.type, parentSchema: schema12.properties.validate, data: data29 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.translate !== void 0) {
      let data31 = data.translate;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.missing === void 0) {
          data31.missing = "quarantine";
        }
        if (data31.kind === void 0) {
          const err63 = { instancePath: instancePath + "/translate", schemaPath: "#/properties/translate/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema12.properties.translate.required, parentSchema: schema12.properties.translate, data: data31 };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        if (data31.path === void 0) {
          const err64 = { instancePath: instancePath + "/translate", schemaPath: "#/properties/translate/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema12.properties.translate.required, parentSchema: schema12.properties.translate, data: data31 };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        for (const key13 in data31) {
          if (!(key13 === "kind" || key13 === "path" || key13 === "missing" || key13 === "as")) {
            const err65 = { instancePath: instancePath + "/translate", schemaPath: "#/properties/translate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.translate, data: data31 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data31.kind !== void 0) {
          let data32 = data31.kind;
          if (typeof data32 !== "string") {
            let dataType11 = typeof data32;
            let coerced11 = void 0;
            if (!(coerced11 !== void 0)) {
              if (dataType11 == "number" || dataType11 == "boolean") {
                coerced11 = "" + data32;
              } else if (data32 === null) {
                coerced11 = "";
              } else {
                const err66 = { instancePath: instancePath + "/translate/kind", schemaPath: "#/properties/translate/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.translate.properties.kind.type, parentSchema: schema12.properties.translate.properties.kind, data: data32 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (coerced11 !== void 0) {
              data32 = coerced11;
              if (data31 !== void 0) {
                data31["kind"] = coerced11;
              }
            }
          }
          if (typeof data32 === "string") {
            if (func3(data32) < 1) {
              const err67 = { instancePath: instancePath + "/translate/kind", schemaPath: "#/properties/translate/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.translate.properties.kind, data: data32 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          }
        }
        if (data31.path !== void 0) {
          let data33 = data31.path;
          if (typeof data33 !== "string") {
            let dataType12 = typeof data33;
            let coerced12 = void 0;
            if (!(coerced12 !== void 0)) {
              if (dataType12 == "number" || dataType12 == "boolean") {
                coerced12 = "" + data33;
              } else if (data33 === null) {
                coerced12 = "";
              } else {
                const err68 = { instancePath: instancePath + "/translate/path", schemaPath: "#/properties/translate/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.translate.properties.path.type, parentSchema: schema12.properties.translate.properties.path, data: data33 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (coerced12 !== void 0) {
              data33 = coerced12;
              if (data31 !== void 0) {
                data31["path"] = coerced12;
              }
            }
          }
          if (typeof data33 === "string") {
            if (func3(data33) < 1) {
              const err69 = { instancePath: instancePath + "/translate/path", schemaPath: "#/properties/translate/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.translate.properties.path, data: data33 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
        }
        let data34 = data31.missing;
        if (typeof data34 !== "string") {
          let dataType13 = typeof data34;
          let coerced13 = void 0;
          if (!(coerced13 !== void 0)) {
            if (dataType13 == "number" || dataType13 == "boolean") {
              coerced13 = "" + data34;
            } else if (data34 === null) {
              coerced13 = "";
            } else {
              const err70 = { instancePath: instancePath + "/translate/missing", schemaPath: "#/properties/translate/properties/missing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.translate.properties.missing.type, parentSchema: schema12.properties.translate.properties.missing, data: data34 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
          if (coerced13 !== void 0) {
            data34 = coerced13;
            if (data31 !== void 0) {
              data31["missing"] = coerced13;
            }
          }
        }
        if (!(data34 === "quarantine" || data34 === "skip" || data34 === "fail")) {
          const err71 = { instancePath: instancePath + "/translate/missing", schemaPath: "#/properties/translate/properties/missing/enum", keyword: "enum", params: { allowedValues: schema12.properties.translate.properties.missing.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.translate.properties.missing.enum, parentSchema: schema12.properties.translate.properties.missing, data: data34 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        if (data31.as !== void 0) {
          let data35 = data31.as;
          if (typeof data35 !== "string") {
            let dataType14 = typeof data35;
            let coerced14 = void 0;
            if (!(coerced14 !== void 0)) {
              if (dataType14 == "number" || dataType14 == "boolean") {
                coerced14 = "" + data35;
              } else if (data35 === null) {
                coerced14 = "";
              } else {
                const err72 = { instancePath: instancePath + "/translate/as", schemaPath: "#/properties/translate/properties/as/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.translate.properties.as.type, parentSchema: schema12.properties.translate.properties.as, data: data35 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (coerced14 !== void 0) {
              data35 = coerced14;
              if (data31 !== void 0) {
                data31["as"] = coerced14;
              }
            }
          }
          if (!(data35 === "integer" || data35 === "number" || data35 === "text")) {
            const err73 = { instancePath: instancePath + "/translate/as", schemaPath: "#/properties/translate/properties/as/enum", keyword: "enum", params: { allowedValues: schema12.properties.translate.properties.as.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.translate.properties.as.enum, parentSchema: schema12.properties.translate.properties.as, data: data35 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/translate", schemaPath: "#/properties/translate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.translate.type, parentSchema: schema12.properties.translate, data: data31 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.join !== void 0) {
      let data36 = data.join;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        if (data36.max_in_memory === void 0) {
          data36.max_in_memory = 1e5;
        }
        if (data36.from === void 0) {
          const err75 = { instancePath: instancePath + "/join", schemaPath: "#/properties/join/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema12.properties.join.required, parentSchema: schema12.properties.join, data: data36 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data36.on === void 0) {
          const err76 = { instancePath: instancePath + "/join", schemaPath: "#/properties/join/required", keyword: "required", params: { missingProperty: "on" }, message: "must have required property 'on'", schema: schema12.properties.join.required, parentSchema: schema12.properties.join, data: data36 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data36.fields === void 0) {
          const err77 = { instancePath: instancePath + "/join", schemaPath: "#/properties/join/required", keyword: "required", params: { missingProperty: "fields" }, message: "must have required property 'fields'", schema: schema12.properties.join.required, parentSchema: schema12.properties.join, data: data36 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        for (const key14 in data36) {
          if (!(key14 === "from" || key14 === "on" || key14 === "fields" || key14 === "max_in_memory")) {
            const err78 = { instancePath: instancePath + "/join", schemaPath: "#/properties/join/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.join, data: data36 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data36.from !== void 0) {
          let data37 = data36.from;
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (Object.keys(data37).length > 1) {
              const err79 = { instancePath: instancePath + "/join/from", schemaPath: "#/properties/join/properties/from/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema12.properties.join.properties.from, data: data37 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (Object.keys(data37).length < 1) {
              const err80 = { instancePath: instancePath + "/join/from", schemaPath: "#/properties/join/properties/from/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.join.properties.from, data: data37 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            for (const key15 in data37) {
              if (!(key15 === "source" || key15 === "stream")) {
                const err81 = { instancePath: instancePath + "/join/from", schemaPath: "#/properties/join/properties/from/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.join.properties.from, data: data37 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data37.source !== void 0) {
              let data38 = data37.source;
              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                if (data38.connection === void 0) {
                  const err82 = { instancePath: instancePath + "/join/from/source", schemaPath: "#/properties/join/properties/from/properties/source/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'", schema: schema12.properties.join.properties.from.properties.source.required, parentSchema: schema12.properties.join.properties.from.properties.source, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                if (data38.connection !== void 0) {
                  let data39 = data38.connection;
                  if (typeof data39 !== "string") {
                    let dataType15 = typeof data39;
                    let coerced15 = void 0;
                    if (!(coerced15 !== void 0)) {
                      if (dataType15 == "number" || dataType15 == "boolean") {
                        coerced15 = "" + data39;
                      } else if (data39 === null) {
                        coerced15 = "";
                      } else {
                        const err83 = { instancePath: instancePath + "/join/from/source/connection", schemaPath: "#/properties/join/properties/from/properties/source/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.join.properties.from.properties.source.properties.connection.type, parentSchema: schema12.properties.join.properties.from.properties.source.properties.connection, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err83];
                        } else {
                          vErrors.push(err83);
                        }
                        errors++;
                      }
                    }
                    if (coerced15 !== void 0) {
                      data39 = coerced15;
                      if (data38 !== void 0) {
                        data38["connection"] = coerced15;
                      }
                    }
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/join/from/source", schemaPath: "#/properties/join/properties/from/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.join.properties.from.properties.source.type, parentSchema: schema12.properties.join.properties.from.properties.source, data: data38 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data37.stream !== void 0) {
              let data40 = data37.stream;
              if (typeof data40 !== "string") {
                let dataType16 = typeof data40;
                let coerced16 = void 0;
                if (!(coerced16 !== void 0)) {
                  if (dataType16 == "number" || dataType16 == "boolean") {
                    coerced16 = "" + data40;
                  } else if (data40 === null) {
                    coerced16 = "";
                  } else {
                    const err85 = { instancePath: instancePath + "/join/from/stream", schemaPath: "#/properties/join/properties/from/properties/stream/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.join.properties.from.properties.stream.type, parentSchema: schema12.properties.join.properties.from.properties.stream, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (coerced16 !== void 0) {
                  data40 = coerced16;
                  if (data37 !== void 0) {
                    data37["stream"] = coerced16;
                  }
                }
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/join/from", schemaPath: "#/properties/join/properties/from/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.join.properties.from.type, parentSchema: schema12.properties.join.properties.from, data: data37 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data36.on !== void 0) {
          let data41 = data36.on;
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.left === void 0) {
              const err87 = { instancePath: instancePath + "/join/on", schemaPath: "#/properties/join/properties/on/required", keyword: "required", params: { missingProperty: "left" }, message: "must have required property 'left'", schema: schema12.properties.join.properties.on.required, parentSchema: schema12.properties.join.properties.on, data: data41 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            if (data41.right === void 0) {
              const err88 = { instancePath: instancePath + "/join/on", schemaPath: "#/properties/join/properties/on/required", keyword: "required", params: { missingProperty: "right" }, message: "must have required property 'right'", schema: schema12.properties.join.properties.on.required, parentSchema: schema12.properties.join.properties.on, data: data41 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            for (const key16 in data41) {
              if (!(key16 === "left" || key16 === "right")) {
                const err89 = { instancePath: instancePath + "/join/on", schemaPath: "#/properties/join/properties/on/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.join.properties.on, data: data41 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data41.left !== void 0) {
              let data42 = data41.left;
              if (typeof data42 !== "string") {
                let dataType17 = typeof data42;
                let coerced17 = void 0;
                if (!(coerced17 !== void 0)) {
                  if (dataType17 == "number" || dataType17 == "boolean") {
                    coerced17 = "" + data42;
                  } else if (data42 === null) {
                    coerced17 = "";
                  } else {
                    const err90 = { instancePath: instancePath + "/join/on/left", schemaPath: "#/properties/join/properties/on/properties/left/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.join.properties.on.properties.left.type, parentSchema: schema12.properties.join.properties.on.properties.left, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (coerced17 !== void 0) {
                  data42 = coerced17;
                  if (data41 !== void 0) {
                    data41["left"] = coerced17;
                  }
                }
              }
              if (typeof data42 === "string") {
                if (func3(data42) < 1) {
                  const err91 = { instancePath: instancePath + "/join/on/left", schemaPath: "#/properties/join/properties/on/properties/left/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.join.properties.on.properties.left, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
            }
            if (data41.right !== void 0) {
              let data43 = data41.right;
              if (typeof data43 !== "string") {
                let dataType18 = typeof data43;
                let coerced18 = void 0;
                if (!(coerced18 !== void 0)) {
                  if (dataType18 == "number" || dataType18 == "boolean") {
                    coerced18 = "" + data43;
                  } else if (data43 === null) {
                    coerced18 = "";
                  } else {
                    const err92 = { instancePath: instancePath + "/join/on/right", schemaPath: "#/properties/join/properties/on/properties/right/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.join.properties.on.properties.right.type, parentSchema: schema12.properties.join.properties.on.properties.right, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (coerced18 !== void 0) {
                  data43 = coerced18;
                  if (data41 !== void 0) {
                    data41["right"] = coerced18;
                  }
                }
              }
              if (typeof data43 === "string") {
                if (func3(data43) < 1) {
                  const err93 = { instancePath: instancePath + "/join/on/right", schemaPath: "#/properties/join/properties/on/properties/right/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.join.properties.on.properties.right, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/join/on", schemaPath: "#/properties/join/properties/on/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.join.properties.on.type, parentSchema: schema12.properties.join.properties.on, data: data41 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data36.fields !== void 0) {
          let data44 = data36.fields;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (Object.keys(data44).length < 1) {
              const err95 = { instancePath: instancePath + "/join/fields", schemaPath: "#/properties/join/properties/fields/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.join.properties.fields, data: data44 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            for (const key17 in data44) {
              const _errs110 = errors;
              if (typeof key17 === "string") {
                if (!pattern11.test(key17)) {
                  const err96 = { instancePath: instancePath + "/join/fields", schemaPath: "#/properties/join/properties/fields/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$", parentSchema: schema12.properties.join.properties.fields.propertyNames, data: key17, propertyName: key17 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              }
              var valid28 = _errs110 === errors;
              if (!valid28) {
                const err97 = { instancePath: instancePath + "/join/fields", schemaPath: "#/properties/join/properties/fields/propertyNames", keyword: "propertyNames", params: { propertyName: key17 }, message: "property name must be valid", schema: schema12.properties.join.properties.fields.propertyNames, parentSchema: schema12.properties.join.properties.fields, data: data44 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            for (const key18 in data44) {
              if (!validate12.call(this, data44[key18], { instancePath: instancePath + "/join/fields/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data44, parentDataProperty: key18, rootData })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/join/fields", schemaPath: "#/properties/join/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.join.properties.fields.type, parentSchema: schema12.properties.join.properties.fields, data: data44 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        let data46 = data36.max_in_memory;
        if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
          let dataType19 = typeof data46;
          let coerced19 = void 0;
          if (!(coerced19 !== void 0)) {
            if (dataType19 === "boolean" || data46 === null || dataType19 === "string" && data46 && data46 == +data46 && !(data46 % 1)) {
              coerced19 = +data46;
            } else {
              const err99 = { instancePath: instancePath + "/join/max_in_memory", schemaPath: "#/properties/join/properties/max_in_memory/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.join.properties.max_in_memory.type, parentSchema: schema12.properties.join.properties.max_in_memory, data: data46 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          }
          if (coerced19 !== void 0) {
            data46 = coerced19;
            if (data36 !== void 0) {
              data36["max_in_memory"] = coerced19;
            }
          }
        }
        if (typeof data46 == "number" && isFinite(data46)) {
          if (data46 < 1 || isNaN(data46)) {
            const err100 = { instancePath: instancePath + "/join/max_in_memory", schemaPath: "#/properties/join/properties/max_in_memory/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.join.properties.max_in_memory, data: data46 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = { instancePath: instancePath + "/join", schemaPath: "#/properties/join/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.join.type, parentSchema: schema12.properties.join, data: data36 };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
  } else {
    const err102 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err102];
    } else {
      vErrors.push(err102);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.stream_concurrency === void 0) {
      data.stream_concurrency = 1;
    }
    if (data.defaults === void 0) {
      data.defaults = {};
    }
    if (data.connections === void 0) {
      data.connections = {};
    }
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.streams === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "streams" }, message: "must have required property 'streams'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        let dataType0 = typeof data0;
        let coerced0 = void 0;
        if (!(coerced0 !== void 0)) {
          if (dataType0 === "boolean" || data0 === null || dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1)) {
            coerced0 = +data0;
          } else {
            const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (coerced0 !== void 0) {
          data0 = coerced0;
          if (data !== void 0) {
            data["version"] = coerced0;
          }
        }
      }
      if (!(data0 === 1)) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema11.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.version.enum, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string") {
        let dataType1 = typeof data1;
        let coerced1 = void 0;
        if (!(coerced1 !== void 0)) {
          if (dataType1 == "number" || dataType1 == "boolean") {
            coerced1 = "" + data1;
          } else if (data1 === null) {
            coerced1 = "";
          } else {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (coerced1 !== void 0) {
          data1 = coerced1;
          if (data !== void 0) {
            data["name"] = coerced1;
          }
        }
      }
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        let dataType2 = typeof data2;
        let coerced2 = void 0;
        if (!(coerced2 !== void 0)) {
          if (dataType2 == "number" || dataType2 == "boolean") {
            coerced2 = "" + data2;
          } else if (data2 === null) {
            coerced2 = "";
          } else {
            const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (coerced2 !== void 0) {
          data2 = coerced2;
          if (data !== void 0) {
            data["description"] = coerced2;
          }
        }
      }
    }
    if (data.secrets !== void 0) {
      let data3 = data.secrets;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs10 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err8 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.secrets.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var valid1 = _errs10 === errors;
          if (!valid1) {
            const err9 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.secrets.propertyNames, parentSchema: schema11.properties.secrets, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (Object.keys(data4).length > 1) {
              const err10 = { instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/secrets/additionalProperties/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema11.properties.secrets.additionalProperties, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (Object.keys(data4).length < 1) {
              const err11 = { instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/secrets/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.secrets.additionalProperties, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key3 in data4) {
              if (!(key3 === "env" || key3 === "file" || key3 === "command")) {
                const err12 = { instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/secrets/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.secrets.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.env !== void 0) {
              let data5 = data4.env;
              if (typeof data5 !== "string") {
                let dataType3 = typeof data5;
                let coerced3 = void 0;
                if (!(coerced3 !== void 0)) {
                  if (dataType3 == "number" || dataType3 == "boolean") {
                    coerced3 = "" + data5;
                  } else if (data5 === null) {
                    coerced3 = "";
                  } else {
                    const err13 = { instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/secrets/additionalProperties/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.secrets.additionalProperties.properties.env.type, parentSchema: schema11.properties.secrets.additionalProperties.properties.env, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (coerced3 !== void 0) {
                  data5 = coerced3;
                  if (data4 !== void 0) {
                    data4["env"] = coerced3;
                  }
                }
              }
              if (typeof data5 === "string") {
                if (func3(data5) < 1) {
                  const err14 = { instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/secrets/additionalProperties/properties/env/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.secrets.additionalProperties.properties.env, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
            }
            if (data4.file !== void 0) {
              let data6 = data4.file;
              if (typeof data6 !== "string") {
                let dataType4 = typeof data6;
                let coerced4 = void 0;
                if (!(coerced4 !== void 0)) {
                  if (dataType4 == "number" || dataType4 == "boolean") {
                    coerced4 = "" + data6;
                  } else if (data6 === null) {
                    coerced4 = "";
                  } else {
                    const err15 = { instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/file", schemaPath: "#/properties/secrets/additionalProperties/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.secrets.additionalProperties.properties.file.type, parentSchema: schema11.properties.secrets.additionalProperties.properties.file, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (coerced4 !== void 0) {
                  data6 = coerced4;
                  if (data4 !== void 0) {
                    data4["file"] = coerced4;
                  }
                }
              }
              if (typeof data6 === "string") {
                if (func3(data6) < 1) {
                  const err16 = { instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/file", schemaPath: "#/properties/secrets/additionalProperties/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.secrets.additionalProperties.properties.file, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
            }
            if (data4.command !== void 0) {
              let data7 = data4.command;
              if (typeof data7 !== "string") {
                let dataType5 = typeof data7;
                let coerced5 = void 0;
                if (!(coerced5 !== void 0)) {
                  if (dataType5 == "number" || dataType5 == "boolean") {
                    coerced5 = "" + data7;
                  } else if (data7 === null) {
                    coerced5 = "";
                  } else {
                    const err17 = { instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/properties/secrets/additionalProperties/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.secrets.additionalProperties.properties.command.type, parentSchema: schema11.properties.secrets.additionalProperties.properties.command, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (coerced5 !== void 0) {
                  data7 = coerced5;
                  if (data4 !== void 0) {
                    data4["command"] = coerced5;
                  }
                }
              }
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err18 = { instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/properties/secrets/additionalProperties/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.secrets.additionalProperties.properties.command, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/secrets/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.secrets.additionalProperties.type, parentSchema: schema11.properties.secrets.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.secrets.type, parentSchema: schema11.properties.secrets, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.vars !== void 0) {
      let data8 = data.vars;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key4 in data8) {
          const _errs23 = errors;
          if (typeof key4 === "string") {
            if (!pattern0.test(key4)) {
              const err21 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.vars.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          var valid4 = _errs23 === errors;
          if (!valid4) {
            const err22 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema11.properties.vars.propertyNames, parentSchema: schema11.properties.vars, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        for (const key5 in data8) {
          let data9 = data8[key5];
          if (typeof data9 != "object" && typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9)) && typeof data9 !== "boolean") {
            let dataType6 = typeof data9;
            let coerced6 = void 0;
            if (!(coerced6 !== void 0)) {
              if (dataType6 == "number" || dataType6 == "boolean") {
                coerced6 = "" + data9;
              } else if (data9 === null) {
                coerced6 = "";
              } else if (dataType6 == "boolean" || data9 === null || dataType6 == "string" && data9 && data9 == +data9) {
                coerced6 = +data9;
              } else if (data9 === "false" || data9 === 0 || data9 === null) {
                coerced6 = false;
              } else if (data9 === "true" || data9 === 1) {
                coerced6 = true;
              } else if (data9 === "" || data9 === 0 || data9 === false) {
                coerced6 = null;
              } else {
                const err23 = { instancePath: instancePath + "/vars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vars/additionalProperties/type", keyword: "type", params: { type: schema11.properties.vars.additionalProperties.type }, message: "must be string,number,boolean,null,object,array", schema: schema11.properties.vars.additionalProperties.type, parentSchema: schema11.properties.vars.additionalProperties, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (coerced6 !== void 0) {
              data9 = coerced6;
              if (data8 !== void 0) {
                data8[key5] = coerced6;
              }
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vars.type, parentSchema: schema11.properties.vars, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    let data10 = data.stream_concurrency;
    if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
      let dataType7 = typeof data10;
      let coerced7 = void 0;
      if (!(coerced7 !== void 0)) {
        if (dataType7 === "boolean" || data10 === null || dataType7 === "string" && data10 && data10 == +data10 && !(data10 % 1)) {
          coerced7 = +data10;
        } else {
          const err25 = { instancePath: instancePath + "/stream_concurrency", schemaPath: "#/properties/stream_concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.stream_concurrency.type, parentSchema: schema11.properties.stream_concurrency, data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      if (coerced7 !== void 0) {
        data10 = coerced7;
        if (data !== void 0) {
          data["stream_concurrency"] = coerced7;
        }
      }
    }
    if (typeof data10 == "number" && isFinite(data10)) {
      if (data10 > 16 || isNaN(data10)) {
        const err26 = { instancePath: instancePath + "/stream_concurrency", schemaPath: "#/properties/stream_concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16 }, message: "must be <= 16", schema: 16, parentSchema: schema11.properties.stream_concurrency, data: data10 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (data10 < 1 || isNaN(data10)) {
        const err27 = { instancePath: instancePath + "/stream_concurrency", schemaPath: "#/properties/stream_concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.stream_concurrency, data: data10 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    let data11 = data.defaults;
    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
      if (data11.batch_size === void 0) {
        data11.batch_size = 500;
      }
      if (data11.read_ahead === void 0) {
        data11.read_ahead = 4;
      }
      for (const key6 in data11) {
        if (!(key6 === "batch_size" || key6 === "read_ahead")) {
          const err28 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.defaults, data: data11 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      let data12 = data11.batch_size;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        let dataType8 = typeof data12;
        let coerced8 = void 0;
        if (!(coerced8 !== void 0)) {
          if (dataType8 === "boolean" || data12 === null || dataType8 === "string" && data12 && data12 == +data12 && !(data12 % 1)) {
            coerced8 = +data12;
          } else {
            const err29 = { instancePath: instancePath + "/defaults/batch_size", schemaPath: "#/properties/defaults/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.defaults.properties.batch_size.type, parentSchema: schema11.properties.defaults.properties.batch_size, data: data12 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (coerced8 !== void 0) {
          data12 = coerced8;
          if (data11 !== void 0) {
            data11["batch_size"] = coerced8;
          }
        }
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 > 1e5 || isNaN(data12)) {
          const err30 = { instancePath: instancePath + "/defaults/batch_size", schemaPath: "#/properties/defaults/properties/batch_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema11.properties.defaults.properties.batch_size, data: data12 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data12 < 1 || isNaN(data12)) {
          const err31 = { instancePath: instancePath + "/defaults/batch_size", schemaPath: "#/properties/defaults/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.defaults.properties.batch_size, data: data12 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      let data13 = data11.read_ahead;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        let dataType9 = typeof data13;
        let coerced9 = void 0;
        if (!(coerced9 !== void 0)) {
          if (dataType9 === "boolean" || data13 === null || dataType9 === "string" && data13 && data13 == +data13 && !(data13 % 1)) {
            coerced9 = +data13;
          } else {
            const err32 = { instancePath: instancePath + "/defaults/read_ahead", schemaPath: "#/properties/defaults/properties/read_ahead/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.defaults.properties.read_ahead.type, parentSchema: schema11.properties.defaults.properties.read_ahead, data: data13 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (coerced9 !== void 0) {
          data13 = coerced9;
          if (data11 !== void 0) {
            data11["read_ahead"] = coerced9;
          }
        }
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 > 64 || isNaN(data13)) {
          const err33 = { instancePath: instancePath + "/defaults/read_ahead", schemaPath: "#/properties/defaults/properties/read_ahead/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema11.properties.defaults.properties.read_ahead, data: data13 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data13 < 1 || isNaN(data13)) {
          const err34 = { instancePath: instancePath + "/defaults/read_ahead", schemaPath: "#/properties/defaults/properties/read_ahead/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.defaults.properties.read_ahead, data: data13 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    } else {
      const err35 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.defaults.type, parentSchema: schema11.properties.defaults, data: data11 };
      if (vErrors === null) {
        vErrors = [err35];
      } else {
        vErrors.push(err35);
      }
      errors++;
    }
    if (data.schedule !== void 0) {
      let data14 = data.schedule;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.timezone === void 0) {
          data14.timezone = "UTC";
        }
        for (const key7 in data14) {
          if (!(key7 === "every" || key7 === "cron" || key7 === "timezone")) {
            const err36 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.schedule, data: data14 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data14.every !== void 0) {
          let data15 = data14.every;
          if (typeof data15 !== "string") {
            let dataType10 = typeof data15;
            let coerced10 = void 0;
            if (!(coerced10 !== void 0)) {
              if (dataType10 == "number" || dataType10 == "boolean") {
                coerced10 = "" + data15;
              } else if (data15 === null) {
                coerced10 = "";
              } else {
                const err37 = { instancePath: instancePath + "/schedule/every", schemaPath: "#/properties/schedule/properties/every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schedule.properties.every.type, parentSchema: schema11.properties.schedule.properties.every, data: data15 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (coerced10 !== void 0) {
              data15 = coerced10;
              if (data14 !== void 0) {
                data14["every"] = coerced10;
              }
            }
          }
          if (typeof data15 === "string") {
            if (!pattern3.test(data15)) {
              const err38 = { instancePath: instancePath + "/schedule/every", schemaPath: "#/properties/schedule/properties/every/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$", parentSchema: schema11.properties.schedule.properties.every, data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        if (data14.cron !== void 0) {
          let data16 = data14.cron;
          if (typeof data16 !== "string") {
            let dataType11 = typeof data16;
            let coerced11 = void 0;
            if (!(coerced11 !== void 0)) {
              if (dataType11 == "number" || dataType11 == "boolean") {
                coerced11 = "" + data16;
              } else if (data16 === null) {
                coerced11 = "";
              } else {
                const err39 = { instancePath: instancePath + "/schedule/cron", schemaPath: "#/properties/schedule/properties/cron/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schedule.properties.cron.type, parentSchema: schema11.properties.schedule.properties.cron, data: data16 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (coerced11 !== void 0) {
              data16 = coerced11;
              if (data14 !== void 0) {
                data14["cron"] = coerced11;
              }
            }
          }
          if (typeof data16 === "string") {
            if (func3(data16) < 9) {
              const err40 = { instancePath: instancePath + "/schedule/cron", schemaPath: "#/properties/schedule/properties/cron/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters", schema: 9, parentSchema: schema11.properties.schedule.properties.cron, data: data16 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
        let data17 = data14.timezone;
        if (typeof data17 !== "string") {
          let dataType12 = typeof data17;
          let coerced12 = void 0;
          if (!(coerced12 !== void 0)) {
            if (dataType12 == "number" || dataType12 == "boolean") {
              coerced12 = "" + data17;
            } else if (data17 === null) {
              coerced12 = "";
            } else {
              const err41 = { instancePath: instancePath + "/schedule/timezone", schemaPath: "#/properties/schedule/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schedule.properties.timezone.type, parentSchema: schema11.properties.schedule.properties.timezone, data: data17 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          if (coerced12 !== void 0) {
            data17 = coerced12;
            if (data14 !== void 0) {
              data14["timezone"] = coerced12;
            }
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.schedule.type, parentSchema: schema11.properties.schedule, data: data14 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.webhooks !== void 0) {
      let data18 = data.webhooks;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key8 in data18) {
          const _errs48 = errors;
          if (typeof key8 === "string") {
            if (!pattern0.test(key8)) {
              const err43 = { instancePath: instancePath + "/webhooks", schemaPath: "#/properties/webhooks/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.webhooks.propertyNames, data: key8, propertyName: key8 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
          var valid8 = _errs48 === errors;
          if (!valid8) {
            const err44 = { instancePath: instancePath + "/webhooks", schemaPath: "#/properties/webhooks/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema11.properties.webhooks.propertyNames, parentSchema: schema11.properties.webhooks, data: data18 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        for (const key9 in data18) {
          let data19 = data18[key9];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.secret_header === void 0) {
              data19.secret_header = "X-Webhook-Secret";
            }
            if (data19.stream === void 0) {
              const err45 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/webhooks/additionalProperties/required", keyword: "required", params: { missingProperty: "stream" }, message: "must have required property 'stream'", schema: schema11.properties.webhooks.additionalProperties.required, parentSchema: schema11.properties.webhooks.additionalProperties, data: data19 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data19.ids === void 0) {
              const err46 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/webhooks/additionalProperties/required", keyword: "required", params: { missingProperty: "ids" }, message: "must have required property 'ids'", schema: schema11.properties.webhooks.additionalProperties.required, parentSchema: schema11.properties.webhooks.additionalProperties, data: data19 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key10 in data19) {
              if (!(key10 === "stream" || key10 === "ids" || key10 === "when" || key10 === "tenant" || key10 === "secret" || key10 === "secret_header" || key10 === "hmac")) {
                const err47 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/webhooks/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.webhooks.additionalProperties, data: data19 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data19.stream !== void 0) {
              let data20 = data19.stream;
              if (typeof data20 !== "string") {
                let dataType13 = typeof data20;
                let coerced13 = void 0;
                if (!(coerced13 !== void 0)) {
                  if (dataType13 == "number" || dataType13 == "boolean") {
                    coerced13 = "" + data20;
                  } else if (data20 === null) {
                    coerced13 = "";
                  } else {
                    const err48 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/stream", schemaPath: "#/properties/webhooks/additionalProperties/properties/stream/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.stream.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.stream, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (coerced13 !== void 0) {
                  data20 = coerced13;
                  if (data19 !== void 0) {
                    data19["stream"] = coerced13;
                  }
                }
              }
            }
            if (data19.ids !== void 0) {
              let data21 = data19.ids;
              if (typeof data21 !== "string") {
                let dataType14 = typeof data21;
                let coerced14 = void 0;
                if (!(coerced14 !== void 0)) {
                  if (dataType14 == "number" || dataType14 == "boolean") {
                    coerced14 = "" + data21;
                  } else if (data21 === null) {
                    coerced14 = "";
                  } else {
                    const err49 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ids", schemaPath: "#/properties/webhooks/additionalProperties/properties/ids/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.ids.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.ids, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (coerced14 !== void 0) {
                  data21 = coerced14;
                  if (data19 !== void 0) {
                    data19["ids"] = coerced14;
                  }
                }
              }
              if (typeof data21 === "string") {
                if (func3(data21) < 1) {
                  const err50 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ids", schemaPath: "#/properties/webhooks/additionalProperties/properties/ids/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.webhooks.additionalProperties.properties.ids, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
            if (data19.when !== void 0) {
              let data22 = data19.when;
              if (typeof data22 != "object" && typeof data22 !== "string" && !(typeof data22 == "number" && isFinite(data22)) && typeof data22 !== "boolean") {
                let dataType15 = typeof data22;
                let coerced15 = void 0;
                if (!(coerced15 !== void 0)) {
                  if (dataType15 == "number" || dataType15 == "boolean") {
                    coerced15 = "" + data22;
                  } else if (data22 === null) {
                    coerced15 = "";
                  } else if (dataType15 == "boolean" || data22 === null || dataType15 == "string" && data22 && data22 == +data22) {
                    coerced15 = +data22;
                  } else if (data22 === "false" || data22 === 0 || data22 === null) {
                    coerced15 = false;
                  } else if (data22 === "true" || data22 === 1) {
                    coerced15 = true;
                  } else if (data22 === "" || data22 === 0 || data22 === false) {
                    coerced15 = null;
                  } else {
                    const err51 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/when", schemaPath: "#/properties/webhooks/additionalProperties/properties/when/type", keyword: "type", params: { type: schema11.properties.webhooks.additionalProperties.properties.when.type }, message: "must be object,array,string,number,boolean,null", schema: schema11.properties.webhooks.additionalProperties.properties.when.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.when, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (coerced15 !== void 0) {
                  data22 = coerced15;
                  if (data19 !== void 0) {
                    data19["when"] = coerced15;
                  }
                }
              }
            }
            if (data19.tenant !== void 0) {
              let data23 = data19.tenant;
              if (typeof data23 !== "string") {
                let dataType16 = typeof data23;
                let coerced16 = void 0;
                if (!(coerced16 !== void 0)) {
                  if (dataType16 == "number" || dataType16 == "boolean") {
                    coerced16 = "" + data23;
                  } else if (data23 === null) {
                    coerced16 = "";
                  } else {
                    const err52 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/tenant", schemaPath: "#/properties/webhooks/additionalProperties/properties/tenant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.tenant.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.tenant, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (coerced16 !== void 0) {
                  data23 = coerced16;
                  if (data19 !== void 0) {
                    data19["tenant"] = coerced16;
                  }
                }
              }
            }
            if (data19.secret !== void 0) {
              let data24 = data19.secret;
              if (typeof data24 !== "string") {
                let dataType17 = typeof data24;
                let coerced17 = void 0;
                if (!(coerced17 !== void 0)) {
                  if (dataType17 == "number" || dataType17 == "boolean") {
                    coerced17 = "" + data24;
                  } else if (data24 === null) {
                    coerced17 = "";
                  } else {
                    const err53 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/secret", schemaPath: "#/properties/webhooks/additionalProperties/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.secret.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.secret, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (coerced17 !== void 0) {
                  data24 = coerced17;
                  if (data19 !== void 0) {
                    data19["secret"] = coerced17;
                  }
                }
              }
              this.secrets.push(instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/secret");
            }
            let data25 = data19.secret_header;
            if (typeof data25 !== "string") {
              let dataType18 = typeof data25;
              let coerced18 = void 0;
              if (!(coerced18 !== void 0)) {
                if (dataType18 == "number" || dataType18 == "boolean") {
                  coerced18 = "" + data25;
                } else if (data25 === null) {
                  coerced18 = "";
                } else {
                  const err54 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/secret_header", schemaPath: "#/properties/webhooks/additionalProperties/properties/secret_header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.secret_header.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.secret_header, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
              if (coerced18 !== void 0) {
                data25 = coerced18;
                if (data19 !== void 0) {
                  data19["secret_header"] = coerced18;
                }
              }
            }
            if (data19.hmac !== void 0) {
              let data26 = data19.hmac;
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                if (data26.algorithm === void 0) {
                  data26.algorithm = "sha256";
                }
                if (data26.encoding === void 0) {
                  data26.encoding = "hex";
                }
                if (data26.prefix === void 0) {
                  data26.prefix = "";
                }
                if (data26.tolerance_s === void 0) {
                  data26.tolerance_s = 300;
                }
                if (data26.secret === void 0) {
                  const err55 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.required, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (data26.header === void 0) {
                  const err56 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/required", keyword: "required", params: { missingProperty: "header" }, message: "must have required property 'header'", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.required, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                for (const key11 in data26) {
                  if (!(key11 === "secret" || key11 === "header" || key11 === "algorithm" || key11 === "encoding" || key11 === "prefix" || key11 === "timestamp_header" || key11 === "signed" || key11 === "tolerance_s")) {
                    const err57 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data26.secret !== void 0) {
                  let data27 = data26.secret;
                  if (typeof data27 !== "string") {
                    let dataType19 = typeof data27;
                    let coerced19 = void 0;
                    if (!(coerced19 !== void 0)) {
                      if (dataType19 == "number" || dataType19 == "boolean") {
                        coerced19 = "" + data27;
                      } else if (data27 === null) {
                        coerced19 = "";
                      } else {
                        const err58 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/secret", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.secret.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.secret, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                    if (coerced19 !== void 0) {
                      data27 = coerced19;
                      if (data26 !== void 0) {
                        data26["secret"] = coerced19;
                      }
                    }
                  }
                  this.secrets.push(instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/secret");
                }
                if (data26.header !== void 0) {
                  let data28 = data26.header;
                  if (typeof data28 !== "string") {
                    let dataType20 = typeof data28;
                    let coerced20 = void 0;
                    if (!(coerced20 !== void 0)) {
                      if (dataType20 == "number" || dataType20 == "boolean") {
                        coerced20 = "" + data28;
                      } else if (data28 === null) {
                        coerced20 = "";
                      } else {
                        const err59 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/header", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.header.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.header, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (coerced20 !== void 0) {
                      data28 = coerced20;
                      if (data26 !== void 0) {
                        data26["header"] = coerced20;
                      }
                    }
                  }
                }
                let data29 = data26.algorithm;
                if (typeof data29 !== "string") {
                  let dataType21 = typeof data29;
                  let coerced21 = void 0;
                  if (!(coerced21 !== void 0)) {
                    if (dataType21 == "number" || dataType21 == "boolean") {
                      coerced21 = "" + data29;
                    } else if (data29 === null) {
                      coerced21 = "";
                    } else {
                      const err60 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/algorithm", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.algorithm.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.algorithm, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                  if (coerced21 !== void 0) {
                    data29 = coerced21;
                    if (data26 !== void 0) {
                      data26["algorithm"] = coerced21;
                    }
                  }
                }
                if (!(data29 === "sha1" || data29 === "sha256" || data29 === "sha512")) {
                  const err61 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/algorithm", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.algorithm.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.algorithm.enum, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.algorithm, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                let data30 = data26.encoding;
                if (typeof data30 !== "string") {
                  let dataType22 = typeof data30;
                  let coerced22 = void 0;
                  if (!(coerced22 !== void 0)) {
                    if (dataType22 == "number" || dataType22 == "boolean") {
                      coerced22 = "" + data30;
                    } else if (data30 === null) {
                      coerced22 = "";
                    } else {
                      const err62 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/encoding", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.encoding.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.encoding, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  }
                  if (coerced22 !== void 0) {
                    data30 = coerced22;
                    if (data26 !== void 0) {
                      data26["encoding"] = coerced22;
                    }
                  }
                }
                if (!(data30 === "hex" || data30 === "base64")) {
                  const err63 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/encoding", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.encoding.enum, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.encoding, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                let data31 = data26.prefix;
                if (typeof data31 !== "string") {
                  let dataType23 = typeof data31;
                  let coerced23 = void 0;
                  if (!(coerced23 !== void 0)) {
                    if (dataType23 == "number" || dataType23 == "boolean") {
                      coerced23 = "" + data31;
                    } else if (data31 === null) {
                      coerced23 = "";
                    } else {
                      const err64 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/prefix", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.prefix.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.prefix, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  }
                  if (coerced23 !== void 0) {
                    data31 = coerced23;
                    if (data26 !== void 0) {
                      data26["prefix"] = coerced23;
                    }
                  }
                }
                if (data26.timestamp_header !== void 0) {
                  let data32 = data26.timestamp_header;
                  if (typeof data32 !== "string") {
                    let dataType24 = typeof data32;
                    let coerced24 = void 0;
                    if (!(coerced24 !== void 0)) {
                      if (dataType24 == "number" || dataType24 == "boolean") {
                        coerced24 = "" + data32;
                      } else if (data32 === null) {
                        coerced24 = "";
                      } else {
                        const err65 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/timestamp_header", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/timestamp_header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.timestamp_header.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.timestamp_header, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (coerced24 !== void 0) {
                      data32 = coerced24;
                      if (data26 !== void 0) {
                        data26["timestamp_header"] = coerced24;
                      }
                    }
                  }
                }
                if (data26.signed !== void 0) {
                  let data33 = data26.signed;
                  if (typeof data33 !== "string") {
                    let dataType25 = typeof data33;
                    let coerced25 = void 0;
                    if (!(coerced25 !== void 0)) {
                      if (dataType25 == "number" || dataType25 == "boolean") {
                        coerced25 = "" + data33;
                      } else if (data33 === null) {
                        coerced25 = "";
                      } else {
                        const err66 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/signed", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/signed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.signed.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.signed, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                    if (coerced25 !== void 0) {
                      data33 = coerced25;
                      if (data26 !== void 0) {
                        data26["signed"] = coerced25;
                      }
                    }
                  }
                }
                let data34 = data26.tolerance_s;
                if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                  let dataType26 = typeof data34;
                  let coerced26 = void 0;
                  if (!(coerced26 !== void 0)) {
                    if (dataType26 === "boolean" || data34 === null || dataType26 === "string" && data34 && data34 == +data34 && !(data34 % 1)) {
                      coerced26 = +data34;
                    } else {
                      const err67 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/tolerance_s", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/tolerance_s/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.tolerance_s.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.tolerance_s, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  }
                  if (coerced26 !== void 0) {
                    data34 = coerced26;
                    if (data26 !== void 0) {
                      data26["tolerance_s"] = coerced26;
                    }
                  }
                }
                if (typeof data34 == "number" && isFinite(data34)) {
                  if (data34 < 1 || isNaN(data34)) {
                    const err68 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac/tolerance_s", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/properties/tolerance_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac.properties.tolerance_s, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/hmac", schemaPath: "#/properties/webhooks/additionalProperties/properties/hmac/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.webhooks.additionalProperties.properties.hmac.type, parentSchema: schema11.properties.webhooks.additionalProperties.properties.hmac, data: data26 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/webhooks/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/webhooks/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.webhooks.additionalProperties.type, parentSchema: schema11.properties.webhooks.additionalProperties, data: data19 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/webhooks", schemaPath: "#/properties/webhooks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.webhooks.type, parentSchema: schema11.properties.webhooks, data: data18 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.after_run !== void 0) {
      let data35 = data.after_run;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        if (data35.connection === void 0) {
          const err72 = { instancePath: instancePath + "/after_run", schemaPath: "#/properties/after_run/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'", schema: schema11.properties.after_run.required, parentSchema: schema11.properties.after_run, data: data35 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
        for (const key12 in data35) {
          if (!(key12 === "connection" || key12 === "success" || key12 === "failure")) {
            const err73 = { instancePath: instancePath + "/after_run", schemaPath: "#/properties/after_run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.after_run, data: data35 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data35.connection !== void 0) {
          let data36 = data35.connection;
          if (typeof data36 !== "string") {
            let dataType27 = typeof data36;
            let coerced27 = void 0;
            if (!(coerced27 !== void 0)) {
              if (dataType27 == "number" || dataType27 == "boolean") {
                coerced27 = "" + data36;
              } else if (data36 === null) {
                coerced27 = "";
              } else {
                const err74 = { instancePath: instancePath + "/after_run/connection", schemaPath: "#/properties/after_run/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.after_run.properties.connection.type, parentSchema: schema11.properties.after_run.properties.connection, data: data36 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (coerced27 !== void 0) {
              data36 = coerced27;
              if (data35 !== void 0) {
                data35["connection"] = coerced27;
              }
            }
          }
        }
        if (data35.success !== void 0) {
          let data37 = data35.success;
          if (typeof data37 !== "string") {
            let dataType28 = typeof data37;
            let coerced28 = void 0;
            if (!(coerced28 !== void 0)) {
              if (dataType28 == "number" || dataType28 == "boolean") {
                coerced28 = "" + data37;
              } else if (data37 === null) {
                coerced28 = "";
              } else {
                const err75 = { instancePath: instancePath + "/after_run/success", schemaPath: "#/properties/after_run/properties/success/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.after_run.properties.success.type, parentSchema: schema11.properties.after_run.properties.success, data: data37 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (coerced28 !== void 0) {
              data37 = coerced28;
              if (data35 !== void 0) {
                data35["success"] = coerced28;
              }
            }
          }
          if (typeof data37 === "string") {
            if (func3(data37) < 1) {
              const err76 = { instancePath: instancePath + "/after_run/success", schemaPath: "#/properties/after_run/properties/success/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.after_run.properties.success, data: data37 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
        }
        if (data35.failure !== void 0) {
          let data38 = data35.failure;
          if (typeof data38 !== "string") {
            let dataType29 = typeof data38;
            let coerced29 = void 0;
            if (!(coerced29 !== void 0)) {
              if (dataType29 == "number" || dataType29 == "boolean") {
                coerced29 = "" + data38;
              } else if (data38 === null) {
                coerced29 = "";
              } else {
                const err77 = { instancePath: instancePath + "/after_run/failure", schemaPath: "#/properties/after_run/properties/failure/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.after_run.properties.failure.type, parentSchema: schema11.properties.after_run.properties.failure, data: data38 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (coerced29 !== void 0) {
              data38 = coerced29;
              if (data35 !== void 0) {
                data35["failure"] = coerced29;
              }
            }
          }
          if (typeof data38 === "string") {
            if (func3(data38) < 1) {
              const err78 = { instancePath: instancePath + "/after_run/failure", schemaPath: "#/properties/after_run/properties/failure/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.after_run.properties.failure, data: data38 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/after_run", schemaPath: "#/properties/after_run/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.after_run.type, parentSchema: schema11.properties.after_run, data: data35 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.tenants !== void 0) {
      let data39 = data.tenants;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        if (data39.id === void 0) {
          data39.id = "id";
        }
        if (data39.concurrency === void 0) {
          data39.concurrency = 1;
        }
        for (const key13 in data39) {
          if (!(key13 === "source" || key13 === "list" || key13 === "file" || key13 === "id" || key13 === "where" || key13 === "concurrency" || key13 === "frequency_hours" || key13 === "write_back")) {
            const err80 = { instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.tenants, data: data39 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data39.source !== void 0) {
          let data40 = data39.source;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.connection === void 0) {
              const err81 = { instancePath: instancePath + "/tenants/source", schemaPath: "#/properties/tenants/properties/source/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'", schema: schema11.properties.tenants.properties.source.required, parentSchema: schema11.properties.tenants.properties.source, data: data40 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            if (data40.connection !== void 0) {
              let data41 = data40.connection;
              if (typeof data41 !== "string") {
                let dataType30 = typeof data41;
                let coerced30 = void 0;
                if (!(coerced30 !== void 0)) {
                  if (dataType30 == "number" || dataType30 == "boolean") {
                    coerced30 = "" + data41;
                  } else if (data41 === null) {
                    coerced30 = "";
                  } else {
                    const err82 = { instancePath: instancePath + "/tenants/source/connection", schemaPath: "#/properties/tenants/properties/source/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tenants.properties.source.properties.connection.type, parentSchema: schema11.properties.tenants.properties.source.properties.connection, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (coerced30 !== void 0) {
                  data41 = coerced30;
                  if (data40 !== void 0) {
                    data40["connection"] = coerced30;
                  }
                }
              }
            }
          } else {
            const err83 = { instancePath: instancePath + "/tenants/source", schemaPath: "#/properties/tenants/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tenants.properties.source.type, parentSchema: schema11.properties.tenants.properties.source, data: data40 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data39.list !== void 0) {
          let data42 = data39.list;
          if (Array.isArray(data42)) {
            const len0 = data42.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data43 = data42[i0];
              if (!(data43 && typeof data43 == "object" && !Array.isArray(data43))) {
                const err84 = { instancePath: instancePath + "/tenants/list/" + i0, schemaPath: "#/properties/tenants/properties/list/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tenants.properties.list.items.type, parentSchema: schema11.properties.tenants.properties.list.items, data: data43 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/tenants/list", schemaPath: "#/properties/tenants/properties/list/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tenants.properties.list.type, parentSchema: schema11.properties.tenants.properties.list, data: data42 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data39.file !== void 0) {
          let data44 = data39.file;
          if (typeof data44 !== "string") {
            let dataType31 = typeof data44;
            let coerced31 = void 0;
            if (!(coerced31 !== void 0)) {
              if (dataType31 == "number" || dataType31 == "boolean") {
                coerced31 = "" + data44;
              } else if (data44 === null) {
                coerced31 = "";
              } else {
                const err86 = { instancePath: instancePath + "/tenants/file", schemaPath: "#/properties/tenants/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tenants.properties.file.type, parentSchema: schema11.properties.tenants.properties.file, data: data44 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (coerced31 !== void 0) {
              data44 = coerced31;
              if (data39 !== void 0) {
                data39["file"] = coerced31;
              }
            }
          }
          if (typeof data44 === "string") {
            if (func3(data44) < 1) {
              const err87 = { instancePath: instancePath + "/tenants/file", schemaPath: "#/properties/tenants/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tenants.properties.file, data: data44 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
        }
        let data45 = data39.id;
        if (typeof data45 !== "string") {
          let dataType32 = typeof data45;
          let coerced32 = void 0;
          if (!(coerced32 !== void 0)) {
            if (dataType32 == "number" || dataType32 == "boolean") {
              coerced32 = "" + data45;
            } else if (data45 === null) {
              coerced32 = "";
            } else {
              const err88 = { instancePath: instancePath + "/tenants/id", schemaPath: "#/properties/tenants/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tenants.properties.id.type, parentSchema: schema11.properties.tenants.properties.id, data: data45 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          }
          if (coerced32 !== void 0) {
            data45 = coerced32;
            if (data39 !== void 0) {
              data39["id"] = coerced32;
            }
          }
        }
        if (typeof data45 === "string") {
          if (func3(data45) < 1) {
            const err89 = { instancePath: instancePath + "/tenants/id", schemaPath: "#/properties/tenants/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tenants.properties.id, data: data45 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data39.where !== void 0) {
          let data46 = data39.where;
          if (typeof data46 != "object" && typeof data46 !== "string" && !(typeof data46 == "number" && isFinite(data46)) && typeof data46 !== "boolean") {
            let dataType33 = typeof data46;
            let coerced33 = void 0;
            if (!(coerced33 !== void 0)) {
              if (dataType33 == "number" || dataType33 == "boolean") {
                coerced33 = "" + data46;
              } else if (data46 === null) {
                coerced33 = "";
              } else if (dataType33 == "boolean" || data46 === null || dataType33 == "string" && data46 && data46 == +data46) {
                coerced33 = +data46;
              } else if (data46 === "false" || data46 === 0 || data46 === null) {
                coerced33 = false;
              } else if (data46 === "true" || data46 === 1) {
                coerced33 = true;
              } else if (data46 === "" || data46 === 0 || data46 === false) {
                coerced33 = null;
              } else {
                const err90 = { instancePath: instancePath + "/tenants/where", schemaPath: "#/properties/tenants/properties/where/type", keyword: "type", params: { type: schema11.properties.tenants.properties.where.type }, message: "must be object,array,string,number,boolean,null", schema: schema11.properties.tenants.properties.where.type, parentSchema: schema11.properties.tenants.properties.where, data: data46 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (coerced33 !== void 0) {
              data46 = coerced33;
              if (data39 !== void 0) {
                data39["where"] = coerced33;
              }
            }
          }
        }
        let data47 = data39.concurrency;
        if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)) && isFinite(data47))) {
          let dataType34 = typeof data47;
          let coerced34 = void 0;
          if (!(coerced34 !== void 0)) {
            if (dataType34 === "boolean" || data47 === null || dataType34 === "string" && data47 && data47 == +data47 && !(data47 % 1)) {
              coerced34 = +data47;
            } else {
              const err91 = { instancePath: instancePath + "/tenants/concurrency", schemaPath: "#/properties/tenants/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.tenants.properties.concurrency.type, parentSchema: schema11.properties.tenants.properties.concurrency, data: data47 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
          if (coerced34 !== void 0) {
            data47 = coerced34;
            if (data39 !== void 0) {
              data39["concurrency"] = coerced34;
            }
          }
        }
        if (typeof data47 == "number" && isFinite(data47)) {
          if (data47 > 64 || isNaN(data47)) {
            const err92 = { instancePath: instancePath + "/tenants/concurrency", schemaPath: "#/properties/tenants/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema11.properties.tenants.properties.concurrency, data: data47 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
          if (data47 < 1 || isNaN(data47)) {
            const err93 = { instancePath: instancePath + "/tenants/concurrency", schemaPath: "#/properties/tenants/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.tenants.properties.concurrency, data: data47 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data39.frequency_hours !== void 0) {
          let data48 = data39.frequency_hours;
          if (typeof data48 !== "string") {
            let dataType35 = typeof data48;
            let coerced35 = void 0;
            if (!(coerced35 !== void 0)) {
              if (dataType35 == "number" || dataType35 == "boolean") {
                coerced35 = "" + data48;
              } else if (data48 === null) {
                coerced35 = "";
              } else {
                const err94 = { instancePath: instancePath + "/tenants/frequency_hours", schemaPath: "#/properties/tenants/properties/frequency_hours/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tenants.properties.frequency_hours.type, parentSchema: schema11.properties.tenants.properties.frequency_hours, data: data48 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (coerced35 !== void 0) {
              data48 = coerced35;
              if (data39 !== void 0) {
                data39["frequency_hours"] = coerced35;
              }
            }
          }
          if (typeof data48 === "string") {
            if (func3(data48) < 1) {
              const err95 = { instancePath: instancePath + "/tenants/frequency_hours", schemaPath: "#/properties/tenants/properties/frequency_hours/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tenants.properties.frequency_hours, data: data48 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
        }
        if (data39.write_back !== void 0) {
          let data49 = data39.write_back;
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.connection === void 0) {
              const err96 = { instancePath: instancePath + "/tenants/write_back", schemaPath: "#/properties/tenants/properties/write_back/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'", schema: schema11.properties.tenants.properties.write_back.required, parentSchema: schema11.properties.tenants.properties.write_back, data: data49 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            for (const key14 in data49) {
              if (!(key14 === "connection" || key14 === "success" || key14 === "failure")) {
                const err97 = { instancePath: instancePath + "/tenants/write_back", schemaPath: "#/properties/tenants/properties/write_back/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.tenants.properties.write_back, data: data49 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data49.connection !== void 0) {
              let data50 = data49.connection;
              if (typeof data50 !== "string") {
                let dataType36 = typeof data50;
                let coerced36 = void 0;
                if (!(coerced36 !== void 0)) {
                  if (dataType36 == "number" || dataType36 == "boolean") {
                    coerced36 = "" + data50;
                  } else if (data50 === null) {
                    coerced36 = "";
                  } else {
                    const err98 = { instancePath: instancePath + "/tenants/write_back/connection", schemaPath: "#/properties/tenants/properties/write_back/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tenants.properties.write_back.properties.connection.type, parentSchema: schema11.properties.tenants.properties.write_back.properties.connection, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (coerced36 !== void 0) {
                  data50 = coerced36;
                  if (data49 !== void 0) {
                    data49["connection"] = coerced36;
                  }
                }
              }
            }
            if (data49.success !== void 0) {
              let data51 = data49.success;
              if (typeof data51 !== "string") {
                let dataType37 = typeof data51;
                let coerced37 = void 0;
                if (!(coerced37 !== void 0)) {
                  if (dataType37 == "number" || dataType37 == "boolean") {
                    coerced37 = "" + data51;
                  } else if (data51 === null) {
                    coerced37 = "";
                  } else {
                    const err99 = { instancePath: instancePath + "/tenants/write_back/success", schemaPath: "#/properties/tenants/properties/write_back/properties/success/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tenants.properties.write_back.properties.success.type, parentSchema: schema11.properties.tenants.properties.write_back.properties.success, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (coerced37 !== void 0) {
                  data51 = coerced37;
                  if (data49 !== void 0) {
                    data49["success"] = coerced37;
                  }
                }
              }
              if (typeof data51 === "string") {
                if (func3(data51) < 1) {
                  const err100 = { instancePath: instancePath + "/tenants/write_back/success", schemaPath: "#/properties/tenants/properties/write_back/properties/success/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tenants.properties.write_back.properties.success, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
            }
            if (data49.failure !== void 0) {
              let data52 = data49.failure;
              if (typeof data52 !== "string") {
                let dataType38 = typeof data52;
                let coerced38 = void 0;
                if (!(coerced38 !== void 0)) {
                  if (dataType38 == "number" || dataType38 == "boolean") {
                    coerced38 = "" + data52;
                  } else if (data52 === null) {
                    coerced38 = "";
                  } else {
                    const err101 = { instancePath: instancePath + "/tenants/write_back/failure", schemaPath: "#/properties/tenants/properties/write_back/properties/failure/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tenants.properties.write_back.properties.failure.type, parentSchema: schema11.properties.tenants.properties.write_back.properties.failure, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
                if (coerced38 !== void 0) {
                  data52 = coerced38;
                  if (data49 !== void 0) {
                    data49["failure"] = coerced38;
                  }
                }
              }
              if (typeof data52 === "string") {
                if (func3(data52) < 1) {
                  const err102 = { instancePath: instancePath + "/tenants/write_back/failure", schemaPath: "#/properties/tenants/properties/write_back/properties/failure/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tenants.properties.write_back.properties.failure, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err103 = { instancePath: instancePath + "/tenants/write_back", schemaPath: "#/properties/tenants/properties/write_back/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tenants.properties.write_back.type, parentSchema: schema11.properties.tenants.properties.write_back, data: data49 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
      } else {
        const err104 = { instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tenants.type, parentSchema: schema11.properties.tenants, data: data39 };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data.discover !== void 0) {
      let data53 = data.discover;
      if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
        for (const key15 in data53) {
          const _errs129 = errors;
          if (typeof key15 === "string") {
            if (!pattern0.test(key15)) {
              const err105 = { instancePath: instancePath + "/discover", schemaPath: "#/properties/discover/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.discover.propertyNames, data: key15, propertyName: key15 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
          var valid18 = _errs129 === errors;
          if (!valid18) {
            const err106 = { instancePath: instancePath + "/discover", schemaPath: "#/properties/discover/propertyNames", keyword: "propertyNames", params: { propertyName: key15 }, message: "property name must be valid", schema: schema11.properties.discover.propertyNames, parentSchema: schema11.properties.discover, data: data53 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        for (const key16 in data53) {
          let data54 = data53[key16];
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            if (data54.pick === void 0) {
              data54.pick = "first";
            }
            if (data54.source === void 0) {
              const err107 = { instancePath: instancePath + "/discover/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/discover/additionalProperties/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema11.properties.discover.additionalProperties.required, parentSchema: schema11.properties.discover.additionalProperties, data: data54 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            for (const key17 in data54) {
              if (!(key17 === "source" || key17 === "pick")) {
                const err108 = { instancePath: instancePath + "/discover/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/discover/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.discover.additionalProperties, data: data54 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            if (data54.source !== void 0) {
              let data55 = data54.source;
              if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                if (data55.connection === void 0) {
                  const err109 = { instancePath: instancePath + "/discover/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/properties/discover/additionalProperties/properties/source/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'", schema: schema11.properties.discover.additionalProperties.properties.source.required, parentSchema: schema11.properties.discover.additionalProperties.properties.source, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
                if (data55.connection !== void 0) {
                  let data56 = data55.connection;
                  if (typeof data56 !== "string") {
                    let dataType39 = typeof data56;
                    let coerced39 = void 0;
                    if (!(coerced39 !== void 0)) {
                      if (dataType39 == "number" || dataType39 == "boolean") {
                        coerced39 = "" + data56;
                      } else if (data56 === null) {
                        coerced39 = "";
                      } else {
                        const err110 = { instancePath: instancePath + "/discover/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/source/connection", schemaPath: "#/properties/discover/additionalProperties/properties/source/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.discover.additionalProperties.properties.source.properties.connection.type, parentSchema: schema11.properties.discover.additionalProperties.properties.source.properties.connection, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                    }
                    if (coerced39 !== void 0) {
                      data56 = coerced39;
                      if (data55 !== void 0) {
                        data55["connection"] = coerced39;
                      }
                    }
                  }
                }
              } else {
                const err111 = { instancePath: instancePath + "/discover/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/properties/discover/additionalProperties/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.discover.additionalProperties.properties.source.type, parentSchema: schema11.properties.discover.additionalProperties.properties.source, data: data55 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            let data57 = data54.pick;
            if (typeof data57 !== "string") {
              let dataType40 = typeof data57;
              let coerced40 = void 0;
              if (!(coerced40 !== void 0)) {
                if (dataType40 == "number" || dataType40 == "boolean") {
                  coerced40 = "" + data57;
                } else if (data57 === null) {
                  coerced40 = "";
                } else {
                  const err112 = { instancePath: instancePath + "/discover/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/pick", schemaPath: "#/properties/discover/additionalProperties/properties/pick/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.discover.additionalProperties.properties.pick.type, parentSchema: schema11.properties.discover.additionalProperties.properties.pick, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              }
              if (coerced40 !== void 0) {
                data57 = coerced40;
                if (data54 !== void 0) {
                  data54["pick"] = coerced40;
                }
              }
            }
            if (!(data57 === "first" || data57 === "all")) {
              const err113 = { instancePath: instancePath + "/discover/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/pick", schemaPath: "#/properties/discover/additionalProperties/properties/pick/enum", keyword: "enum", params: { allowedValues: schema11.properties.discover.additionalProperties.properties.pick.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.discover.additionalProperties.properties.pick.enum, parentSchema: schema11.properties.discover.additionalProperties.properties.pick, data: data57 };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
          } else {
            const err114 = { instancePath: instancePath + "/discover/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/discover/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.discover.additionalProperties.type, parentSchema: schema11.properties.discover.additionalProperties, data: data54 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
      } else {
        const err115 = { instancePath: instancePath + "/discover", schemaPath: "#/properties/discover/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.discover.type, parentSchema: schema11.properties.discover, data: data53 };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    let data58 = data.connections;
    if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
      for (const key18 in data58) {
        const _errs143 = errors;
        if (typeof key18 === "string") {
          if (!pattern0.test(key18)) {
            const err116 = { instancePath: instancePath + "/connections", schemaPath: "#/properties/connections/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.connections.propertyNames, data: key18, propertyName: key18 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        var valid22 = _errs143 === errors;
        if (!valid22) {
          const err117 = { instancePath: instancePath + "/connections", schemaPath: "#/properties/connections/propertyNames", keyword: "propertyNames", params: { propertyName: key18 }, message: "property name must be valid", schema: schema11.properties.connections.propertyNames, parentSchema: schema11.properties.connections, data: data58 };
          if (vErrors === null) {
            vErrors = [err117];
          } else {
            vErrors.push(err117);
          }
          errors++;
        }
      }
      for (const key19 in data58) {
        let data59 = data58[key19];
        if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
          if (data59.type === void 0) {
            const err118 = { instancePath: instancePath + "/connections/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/connections/additionalProperties/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.connections.additionalProperties.required, parentSchema: schema11.properties.connections.additionalProperties, data: data59 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
          if (data59.type !== void 0) {
            let data60 = data59.type;
            if (typeof data60 !== "string") {
              let dataType41 = typeof data60;
              let coerced41 = void 0;
              if (!(coerced41 !== void 0)) {
                if (dataType41 == "number" || dataType41 == "boolean") {
                  coerced41 = "" + data60;
                } else if (data60 === null) {
                  coerced41 = "";
                } else {
                  const err119 = { instancePath: instancePath + "/connections/" + key19.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/connections/additionalProperties/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.connections.additionalProperties.properties.type.type, parentSchema: schema11.properties.connections.additionalProperties.properties.type, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              }
              if (coerced41 !== void 0) {
                data60 = coerced41;
                if (data59 !== void 0) {
                  data59["type"] = coerced41;
                }
              }
            }
          }
        } else {
          const err120 = { instancePath: instancePath + "/connections/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/connections/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.connections.additionalProperties.type, parentSchema: schema11.properties.connections.additionalProperties, data: data59 };
          if (vErrors === null) {
            vErrors = [err120];
          } else {
            vErrors.push(err120);
          }
          errors++;
        }
      }
    } else {
      const err121 = { instancePath: instancePath + "/connections", schemaPath: "#/properties/connections/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.connections.type, parentSchema: schema11.properties.connections, data: data58 };
      if (vErrors === null) {
        vErrors = [err121];
      } else {
        vErrors.push(err121);
      }
      errors++;
    }
    if (data.templates !== void 0) {
      let data61 = data.templates;
      if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
        for (const key20 in data61) {
          const _errs152 = errors;
          if (typeof key20 === "string") {
            if (!pattern0.test(key20)) {
              const err122 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.templates.propertyNames, data: key20, propertyName: key20 };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          }
          var valid25 = _errs152 === errors;
          if (!valid25) {
            const err123 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/propertyNames", keyword: "propertyNames", params: { propertyName: key20 }, message: "property name must be valid", schema: schema11.properties.templates.propertyNames, parentSchema: schema11.properties.templates, data: data61 };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        for (const key21 in data61) {
          let data62 = data61[key21];
          if (!(data62 && typeof data62 == "object" && !Array.isArray(data62))) {
            const err124 = { instancePath: instancePath + "/templates/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/templates/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.templates.additionalProperties.type, parentSchema: schema11.properties.templates.additionalProperties, data: data62 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
      } else {
        const err125 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.templates.type, parentSchema: schema11.properties.templates, data: data61 };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
    if (data.streams !== void 0) {
      let data63 = data.streams;
      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
        if (Object.keys(data63).length < 1) {
          const err126 = { instancePath: instancePath + "/streams", schemaPath: "#/properties/streams/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.streams, data: data63 };
          if (vErrors === null) {
            vErrors = [err126];
          } else {
            vErrors.push(err126);
          }
          errors++;
        }
        for (const key22 in data63) {
          const _errs159 = errors;
          if (typeof key22 === "string") {
            if (!pattern0.test(key22)) {
              const err127 = { instancePath: instancePath + "/streams", schemaPath: "#/properties/streams/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.streams.propertyNames, data: key22, propertyName: key22 };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          }
          var valid27 = _errs159 === errors;
          if (!valid27) {
            const err128 = { instancePath: instancePath + "/streams", schemaPath: "#/properties/streams/propertyNames", keyword: "propertyNames", params: { propertyName: key22 }, message: "property name must be valid", schema: schema11.properties.streams.propertyNames, parentSchema: schema11.properties.streams, data: data63 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        for (const key23 in data63) {
          let data64 = data63[key23];
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            if (data64.transforms === void 0) {
              data64.transforms = [];
            }
            if (data64.source === void 0) {
              const err129 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/streams/additionalProperties/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema11.properties.streams.additionalProperties.required, parentSchema: schema11.properties.streams.additionalProperties, data: data64 };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (data64.sink === void 0) {
              const err130 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/streams/additionalProperties/required", keyword: "required", params: { missingProperty: "sink" }, message: "must have required property 'sink'", schema: schema11.properties.streams.additionalProperties.required, parentSchema: schema11.properties.streams.additionalProperties, data: data64 };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
            for (const key24 in data64) {
              if (!func2.call(schema11.properties.streams.additionalProperties.properties, key24)) {
                const err131 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/streams/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.streams.additionalProperties, data: data64 };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
            if (data64.extends !== void 0) {
              let data65 = data64.extends;
              if (typeof data65 !== "string") {
                let dataType42 = typeof data65;
                let coerced42 = void 0;
                if (!(coerced42 !== void 0)) {
                  if (dataType42 == "number" || dataType42 == "boolean") {
                    coerced42 = "" + data65;
                  } else if (data65 === null) {
                    coerced42 = "";
                  } else {
                    const err132 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/extends", schemaPath: "#/properties/streams/additionalProperties/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.extends.type, parentSchema: schema11.properties.streams.additionalProperties.properties.extends, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (coerced42 !== void 0) {
                  data65 = coerced42;
                  if (data64 !== void 0) {
                    data64["extends"] = coerced42;
                  }
                }
              }
              if (typeof data65 === "string") {
                if (!pattern0.test(data65)) {
                  const err133 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/extends", schemaPath: "#/properties/streams/additionalProperties/properties/extends/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.streams.additionalProperties.properties.extends, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              }
            }
            if (data64.params !== void 0) {
              let data66 = data64.params;
              if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                for (const key25 in data66) {
                  const _errs168 = errors;
                  if (typeof key25 === "string") {
                    if (!pattern0.test(key25)) {
                      const err134 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/params", schemaPath: "#/properties/streams/additionalProperties/properties/params/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema11.properties.streams.additionalProperties.properties.params.propertyNames, data: key25, propertyName: key25 };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                  }
                  var valid30 = _errs168 === errors;
                  if (!valid30) {
                    const err135 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/params", schemaPath: "#/properties/streams/additionalProperties/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key25 }, message: "property name must be valid", schema: schema11.properties.streams.additionalProperties.properties.params.propertyNames, parentSchema: schema11.properties.streams.additionalProperties.properties.params, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
              } else {
                const err136 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/params", schemaPath: "#/properties/streams/additionalProperties/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.params.type, parentSchema: schema11.properties.streams.additionalProperties.properties.params, data: data66 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data64.description !== void 0) {
              let data68 = data64.description;
              if (typeof data68 !== "string") {
                let dataType43 = typeof data68;
                let coerced43 = void 0;
                if (!(coerced43 !== void 0)) {
                  if (dataType43 == "number" || dataType43 == "boolean") {
                    coerced43 = "" + data68;
                  } else if (data68 === null) {
                    coerced43 = "";
                  } else {
                    const err137 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/streams/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.description.type, parentSchema: schema11.properties.streams.additionalProperties.properties.description, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
                if (coerced43 !== void 0) {
                  data68 = coerced43;
                  if (data64 !== void 0) {
                    data64["description"] = coerced43;
                  }
                }
              }
            }
            if (data64.source !== void 0) {
              let data69 = data64.source;
              if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                if (data69.connection === void 0) {
                  const err138 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/properties/streams/additionalProperties/properties/source/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'", schema: schema11.properties.streams.additionalProperties.properties.source.required, parentSchema: schema11.properties.streams.additionalProperties.properties.source, data: data69 };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
                if (data69.connection !== void 0) {
                  let data70 = data69.connection;
                  if (typeof data70 !== "string") {
                    let dataType44 = typeof data70;
                    let coerced44 = void 0;
                    if (!(coerced44 !== void 0)) {
                      if (dataType44 == "number" || dataType44 == "boolean") {
                        coerced44 = "" + data70;
                      } else if (data70 === null) {
                        coerced44 = "";
                      } else {
                        const err139 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/source/connection", schemaPath: "#/properties/streams/additionalProperties/properties/source/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.source.properties.connection.type, parentSchema: schema11.properties.streams.additionalProperties.properties.source.properties.connection, data: data70 };
                        if (vErrors === null) {
                          vErrors = [err139];
                        } else {
                          vErrors.push(err139);
                        }
                        errors++;
                      }
                    }
                    if (coerced44 !== void 0) {
                      data70 = coerced44;
                      if (data69 !== void 0) {
                        data69["connection"] = coerced44;
                      }
                    }
                  }
                }
              } else {
                const err140 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/properties/streams/additionalProperties/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.source.type, parentSchema: schema11.properties.streams.additionalProperties.properties.source, data: data69 };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data64.incremental !== void 0) {
              let data71 = data64.incremental;
              if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                if (data71.ordered === void 0) {
                  data71.ordered = false;
                }
                if (data71.cursor_field === void 0) {
                  const err141 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/incremental", schemaPath: "#/properties/streams/additionalProperties/properties/incremental/required", keyword: "required", params: { missingProperty: "cursor_field" }, message: "must have required property 'cursor_field'", schema: schema11.properties.streams.additionalProperties.properties.incremental.required, parentSchema: schema11.properties.streams.additionalProperties.properties.incremental, data: data71 };
                  if (vErrors === null) {
                    vErrors = [err141];
                  } else {
                    vErrors.push(err141);
                  }
                  errors++;
                }
                for (const key27 in data71) {
                  if (!(key27 === "cursor_field" || key27 === "initial" || key27 === "ordered")) {
                    const err142 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/incremental", schemaPath: "#/properties/streams/additionalProperties/properties/incremental/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.streams.additionalProperties.properties.incremental, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data71.cursor_field !== void 0) {
                  let data72 = data71.cursor_field;
                  if (typeof data72 !== "string") {
                    let dataType45 = typeof data72;
                    let coerced45 = void 0;
                    if (!(coerced45 !== void 0)) {
                      if (dataType45 == "number" || dataType45 == "boolean") {
                        coerced45 = "" + data72;
                      } else if (data72 === null) {
                        coerced45 = "";
                      } else {
                        const err143 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/incremental/cursor_field", schemaPath: "#/properties/streams/additionalProperties/properties/incremental/properties/cursor_field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.incremental.properties.cursor_field.type, parentSchema: schema11.properties.streams.additionalProperties.properties.incremental.properties.cursor_field, data: data72 };
                        if (vErrors === null) {
                          vErrors = [err143];
                        } else {
                          vErrors.push(err143);
                        }
                        errors++;
                      }
                    }
                    if (coerced45 !== void 0) {
                      data72 = coerced45;
                      if (data71 !== void 0) {
                        data71["cursor_field"] = coerced45;
                      }
                    }
                  }
                  if (typeof data72 === "string") {
                    if (func3(data72) < 1) {
                      const err144 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/incremental/cursor_field", schemaPath: "#/properties/streams/additionalProperties/properties/incremental/properties/cursor_field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.streams.additionalProperties.properties.incremental.properties.cursor_field, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err144];
                      } else {
                        vErrors.push(err144);
                      }
                      errors++;
                    }
                  }
                }
                if (data71.initial !== void 0) {
                  let data73 = data71.initial;
                  if (typeof data73 !== "string" && !(typeof data73 == "number" && isFinite(data73))) {
                    let dataType46 = typeof data73;
                    let coerced46 = void 0;
                    if (!(coerced46 !== void 0)) {
                      if (dataType46 == "number" || dataType46 == "boolean") {
                        coerced46 = "" + data73;
                      } else if (data73 === null) {
                        coerced46 = "";
                      } else if (dataType46 == "boolean" || data73 === null || dataType46 == "string" && data73 && data73 == +data73) {
                        coerced46 = +data73;
                      } else {
                        const err145 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/incremental/initial", schemaPath: "#/properties/streams/additionalProperties/properties/incremental/properties/initial/type", keyword: "type", params: { type: schema11.properties.streams.additionalProperties.properties.incremental.properties.initial.type }, message: "must be string,number", schema: schema11.properties.streams.additionalProperties.properties.incremental.properties.initial.type, parentSchema: schema11.properties.streams.additionalProperties.properties.incremental.properties.initial, data: data73 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    if (coerced46 !== void 0) {
                      data73 = coerced46;
                      if (data71 !== void 0) {
                        data71["initial"] = coerced46;
                      }
                    }
                  }
                }
                let data74 = data71.ordered;
                if (typeof data74 !== "boolean") {
                  let coerced47 = void 0;
                  if (!(coerced47 !== void 0)) {
                    if (data74 === "false" || data74 === 0 || data74 === null) {
                      coerced47 = false;
                    } else if (data74 === "true" || data74 === 1) {
                      coerced47 = true;
                    } else {
                      const err146 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/incremental/ordered", schemaPath: "#/properties/streams/additionalProperties/properties/incremental/properties/ordered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.streams.additionalProperties.properties.incremental.properties.ordered.type, parentSchema: schema11.properties.streams.additionalProperties.properties.incremental.properties.ordered, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err146];
                      } else {
                        vErrors.push(err146);
                      }
                      errors++;
                    }
                  }
                  if (coerced47 !== void 0) {
                    data74 = coerced47;
                    if (data71 !== void 0) {
                      data71["ordered"] = coerced47;
                    }
                  }
                }
              } else {
                const err147 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/incremental", schemaPath: "#/properties/streams/additionalProperties/properties/incremental/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.incremental.type, parentSchema: schema11.properties.streams.additionalProperties.properties.incremental, data: data71 };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
            if (data64.partitions !== void 0) {
              let data75 = data64.partitions;
              if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                if (data75.key === void 0) {
                  data75.key = "id";
                }
                if (data75.concurrency === void 0) {
                  data75.concurrency = 1;
                }
                for (const key28 in data75) {
                  if (!(key28 === "values" || key28 === "from" || key28 === "key" || key28 === "concurrency")) {
                    const err148 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                if (data75.values !== void 0) {
                  let data76 = data75.values;
                  if (!Array.isArray(data76) && typeof data76 !== "string") {
                    let dataType48 = typeof data76;
                    let coerced48 = void 0;
                    if (!(coerced48 !== void 0)) {
                      if (dataType48 == "number" || dataType48 == "boolean") {
                        coerced48 = "" + data76;
                      } else if (data76 === null) {
                        coerced48 = "";
                      } else {
                        const err149 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/values", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/values/type", keyword: "type", params: { type: schema11.properties.streams.additionalProperties.properties.partitions.properties.values.type }, message: "must be array,string", schema: schema11.properties.streams.additionalProperties.properties.partitions.properties.values.type, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.values, data: data76 };
                        if (vErrors === null) {
                          vErrors = [err149];
                        } else {
                          vErrors.push(err149);
                        }
                        errors++;
                      }
                    }
                    if (coerced48 !== void 0) {
                      data76 = coerced48;
                      if (data75 !== void 0) {
                        data75["values"] = coerced48;
                      }
                    }
                  }
                }
                if (data75.from !== void 0) {
                  let data77 = data75.from;
                  if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                    if (Object.keys(data77).length > 1) {
                      const err150 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/from", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/from/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from, data: data77 };
                      if (vErrors === null) {
                        vErrors = [err150];
                      } else {
                        vErrors.push(err150);
                      }
                      errors++;
                    }
                    if (Object.keys(data77).length < 1) {
                      const err151 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/from", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/from/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from, data: data77 };
                      if (vErrors === null) {
                        vErrors = [err151];
                      } else {
                        vErrors.push(err151);
                      }
                      errors++;
                    }
                    for (const key29 in data77) {
                      if (!(key29 === "source" || key29 === "stream")) {
                        const err152 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/from", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/from/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err152];
                        } else {
                          vErrors.push(err152);
                        }
                        errors++;
                      }
                    }
                    if (data77.source !== void 0) {
                      let data78 = data77.source;
                      if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                        if (data78.connection === void 0) {
                          const err153 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/from/source", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/from/properties/source/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'", schema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from.properties.source.required, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from.properties.source, data: data78 };
                          if (vErrors === null) {
                            vErrors = [err153];
                          } else {
                            vErrors.push(err153);
                          }
                          errors++;
                        }
                        if (data78.connection !== void 0) {
                          let data79 = data78.connection;
                          if (typeof data79 !== "string") {
                            let dataType49 = typeof data79;
                            let coerced49 = void 0;
                            if (!(coerced49 !== void 0)) {
                              if (dataType49 == "number" || dataType49 == "boolean") {
                                coerced49 = "" + data79;
                              } else if (data79 === null) {
                                coerced49 = "";
                              } else {
                                const err154 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/from/source/connection", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/from/properties/source/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from.properties.source.properties.connection.type, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from.properties.source.properties.connection, data: data79 };
                                if (vErrors === null) {
                                  vErrors = [err154];
                                } else {
                                  vErrors.push(err154);
                                }
                                errors++;
                              }
                            }
                            if (coerced49 !== void 0) {
                              data79 = coerced49;
                              if (data78 !== void 0) {
                                data78["connection"] = coerced49;
                              }
                            }
                          }
                        }
                      } else {
                        const err155 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/from/source", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/from/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from.properties.source.type, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from.properties.source, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err155];
                        } else {
                          vErrors.push(err155);
                        }
                        errors++;
                      }
                    }
                    if (data77.stream !== void 0) {
                      let data80 = data77.stream;
                      if (typeof data80 !== "string") {
                        let dataType50 = typeof data80;
                        let coerced50 = void 0;
                        if (!(coerced50 !== void 0)) {
                          if (dataType50 == "number" || dataType50 == "boolean") {
                            coerced50 = "" + data80;
                          } else if (data80 === null) {
                            coerced50 = "";
                          } else {
                            const err156 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/from/stream", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/from/properties/stream/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from.properties.stream.type, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from.properties.stream, data: data80 };
                            if (vErrors === null) {
                              vErrors = [err156];
                            } else {
                              vErrors.push(err156);
                            }
                            errors++;
                          }
                        }
                        if (coerced50 !== void 0) {
                          data80 = coerced50;
                          if (data77 !== void 0) {
                            data77["stream"] = coerced50;
                          }
                        }
                      }
                    }
                  } else {
                    const err157 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/from", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/from/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from.type, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.from, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
                let data81 = data75.key;
                if (typeof data81 !== "string") {
                  let dataType51 = typeof data81;
                  let coerced51 = void 0;
                  if (!(coerced51 !== void 0)) {
                    if (dataType51 == "number" || dataType51 == "boolean") {
                      coerced51 = "" + data81;
                    } else if (data81 === null) {
                      coerced51 = "";
                    } else {
                      const err158 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/key", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.partitions.properties.key.type, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.key, data: data81 };
                      if (vErrors === null) {
                        vErrors = [err158];
                      } else {
                        vErrors.push(err158);
                      }
                      errors++;
                    }
                  }
                  if (coerced51 !== void 0) {
                    data81 = coerced51;
                    if (data75 !== void 0) {
                      data75["key"] = coerced51;
                    }
                  }
                }
                if (typeof data81 === "string") {
                  if (func3(data81) < 1) {
                    const err159 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/key", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.key, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                }
                let data82 = data75.concurrency;
                if (!(typeof data82 == "number" && (!(data82 % 1) && !isNaN(data82)) && isFinite(data82))) {
                  let dataType52 = typeof data82;
                  let coerced52 = void 0;
                  if (!(coerced52 !== void 0)) {
                    if (dataType52 === "boolean" || data82 === null || dataType52 === "string" && data82 && data82 == +data82 && !(data82 % 1)) {
                      coerced52 = +data82;
                    } else {
                      const err160 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/concurrency", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.streams.additionalProperties.properties.partitions.properties.concurrency.type, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.concurrency, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err160];
                      } else {
                        vErrors.push(err160);
                      }
                      errors++;
                    }
                  }
                  if (coerced52 !== void 0) {
                    data82 = coerced52;
                    if (data75 !== void 0) {
                      data75["concurrency"] = coerced52;
                    }
                  }
                }
                if (typeof data82 == "number" && isFinite(data82)) {
                  if (data82 > 64 || isNaN(data82)) {
                    const err161 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/concurrency", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.concurrency, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                  if (data82 < 1 || isNaN(data82)) {
                    const err162 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions/concurrency", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions.properties.concurrency, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err162];
                    } else {
                      vErrors.push(err162);
                    }
                    errors++;
                  }
                }
              } else {
                const err163 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/partitions", schemaPath: "#/properties/streams/additionalProperties/properties/partitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.partitions.type, parentSchema: schema11.properties.streams.additionalProperties.properties.partitions, data: data75 };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
            let data83 = data64.transforms;
            if (Array.isArray(data83)) {
              const len1 = data83.length;
              for (let i1 = 0; i1 < len1; i1++) {
                if (!validate11.call(this, data83[i1], { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/transforms/" + i1, parentData: data83, parentDataProperty: i1, rootData })) {
                  vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err164 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/transforms", schemaPath: "#/properties/streams/additionalProperties/properties/transforms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.streams.additionalProperties.properties.transforms.type, parentSchema: schema11.properties.streams.additionalProperties.properties.transforms, data: data83 };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
            if (data64.sink !== void 0) {
              let data85 = data64.sink;
              if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                if (data85.connection === void 0) {
                  const err165 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/sink", schemaPath: "#/properties/streams/additionalProperties/properties/sink/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'", schema: schema11.properties.streams.additionalProperties.properties.sink.required, parentSchema: schema11.properties.streams.additionalProperties.properties.sink, data: data85 };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                }
                if (data85.connection !== void 0) {
                  let data86 = data85.connection;
                  if (typeof data86 !== "string") {
                    let dataType53 = typeof data86;
                    let coerced53 = void 0;
                    if (!(coerced53 !== void 0)) {
                      if (dataType53 == "number" || dataType53 == "boolean") {
                        coerced53 = "" + data86;
                      } else if (data86 === null) {
                        coerced53 = "";
                      } else {
                        const err166 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/sink/connection", schemaPath: "#/properties/streams/additionalProperties/properties/sink/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.sink.properties.connection.type, parentSchema: schema11.properties.streams.additionalProperties.properties.sink.properties.connection, data: data86 };
                        if (vErrors === null) {
                          vErrors = [err166];
                        } else {
                          vErrors.push(err166);
                        }
                        errors++;
                      }
                    }
                    if (coerced53 !== void 0) {
                      data86 = coerced53;
                      if (data85 !== void 0) {
                        data85["connection"] = coerced53;
                      }
                    }
                  }
                }
              } else {
                const err167 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/sink", schemaPath: "#/properties/streams/additionalProperties/properties/sink/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.sink.type, parentSchema: schema11.properties.streams.additionalProperties.properties.sink, data: data85 };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
            if (data64.primary_key !== void 0) {
              let data87 = data64.primary_key;
              if (Array.isArray(data87)) {
                if (data87.length < 1) {
                  const err168 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/primary_key", schemaPath: "#/properties/streams/additionalProperties/properties/primary_key/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.streams.additionalProperties.properties.primary_key, data: data87 };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
                const len2 = data87.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data88 = data87[i2];
                  if (typeof data88 !== "string") {
                    let dataType54 = typeof data88;
                    let coerced54 = void 0;
                    if (!(coerced54 !== void 0)) {
                      if (dataType54 == "number" || dataType54 == "boolean") {
                        coerced54 = "" + data88;
                      } else if (data88 === null) {
                        coerced54 = "";
                      } else {
                        const err169 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/primary_key/" + i2, schemaPath: "#/properties/streams/additionalProperties/properties/primary_key/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.primary_key.items.type, parentSchema: schema11.properties.streams.additionalProperties.properties.primary_key.items, data: data88 };
                        if (vErrors === null) {
                          vErrors = [err169];
                        } else {
                          vErrors.push(err169);
                        }
                        errors++;
                      }
                    }
                    if (coerced54 !== void 0) {
                      data88 = coerced54;
                      if (data87 !== void 0) {
                        data87[i2] = coerced54;
                      }
                    }
                  }
                  if (typeof data88 === "string") {
                    if (func3(data88) < 1) {
                      const err170 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/primary_key/" + i2, schemaPath: "#/properties/streams/additionalProperties/properties/primary_key/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.streams.additionalProperties.properties.primary_key.items, data: data88 };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err171 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/primary_key", schemaPath: "#/properties/streams/additionalProperties/properties/primary_key/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.streams.additionalProperties.properties.primary_key.type, parentSchema: schema11.properties.streams.additionalProperties.properties.primary_key, data: data87 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data64.cache !== void 0) {
              let data89 = data64.cache;
              if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                if (data89.path === void 0) {
                  const err172 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/cache", schemaPath: "#/properties/streams/additionalProperties/properties/cache/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.streams.additionalProperties.properties.cache.required, parentSchema: schema11.properties.streams.additionalProperties.properties.cache, data: data89 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
                for (const key30 in data89) {
                  if (!(key30 === "path" || key30 === "format" || key30 === "max_age")) {
                    const err173 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/cache", schemaPath: "#/properties/streams/additionalProperties/properties/cache/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.streams.additionalProperties.properties.cache, data: data89 };
                    if (vErrors === null) {
                      vErrors = [err173];
                    } else {
                      vErrors.push(err173);
                    }
                    errors++;
                  }
                }
                if (data89.path !== void 0) {
                  let data90 = data89.path;
                  if (typeof data90 !== "string") {
                    let dataType55 = typeof data90;
                    let coerced55 = void 0;
                    if (!(coerced55 !== void 0)) {
                      if (dataType55 == "number" || dataType55 == "boolean") {
                        coerced55 = "" + data90;
                      } else if (data90 === null) {
                        coerced55 = "";
                      } else {
                        const err174 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/cache/path", schemaPath: "#/properties/streams/additionalProperties/properties/cache/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.cache.properties.path.type, parentSchema: schema11.properties.streams.additionalProperties.properties.cache.properties.path, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err174];
                        } else {
                          vErrors.push(err174);
                        }
                        errors++;
                      }
                    }
                    if (coerced55 !== void 0) {
                      data90 = coerced55;
                      if (data89 !== void 0) {
                        data89["path"] = coerced55;
                      }
                    }
                  }
                  if (typeof data90 === "string") {
                    if (func3(data90) < 1) {
                      const err175 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/cache/path", schemaPath: "#/properties/streams/additionalProperties/properties/cache/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.streams.additionalProperties.properties.cache.properties.path, data: data90 };
                      if (vErrors === null) {
                        vErrors = [err175];
                      } else {
                        vErrors.push(err175);
                      }
                      errors++;
                    }
                  }
                }
                if (data89.format !== void 0) {
                  let data91 = data89.format;
                  if (typeof data91 !== "string") {
                    let dataType56 = typeof data91;
                    let coerced56 = void 0;
                    if (!(coerced56 !== void 0)) {
                      if (dataType56 == "number" || dataType56 == "boolean") {
                        coerced56 = "" + data91;
                      } else if (data91 === null) {
                        coerced56 = "";
                      } else {
                        const err176 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/cache/format", schemaPath: "#/properties/streams/additionalProperties/properties/cache/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.cache.properties.format.type, parentSchema: schema11.properties.streams.additionalProperties.properties.cache.properties.format, data: data91 };
                        if (vErrors === null) {
                          vErrors = [err176];
                        } else {
                          vErrors.push(err176);
                        }
                        errors++;
                      }
                    }
                    if (coerced56 !== void 0) {
                      data91 = coerced56;
                      if (data89 !== void 0) {
                        data89["format"] = coerced56;
                      }
                    }
                  }
                  if (!(data91 === "csv" || data91 === "jsonl")) {
                    const err177 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/cache/format", schemaPath: "#/properties/streams/additionalProperties/properties/cache/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.streams.additionalProperties.properties.cache.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.streams.additionalProperties.properties.cache.properties.format.enum, parentSchema: schema11.properties.streams.additionalProperties.properties.cache.properties.format, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err177];
                    } else {
                      vErrors.push(err177);
                    }
                    errors++;
                  }
                }
                if (data89.max_age !== void 0) {
                  let data92 = data89.max_age;
                  if (typeof data92 !== "string") {
                    let dataType57 = typeof data92;
                    let coerced57 = void 0;
                    if (!(coerced57 !== void 0)) {
                      if (dataType57 == "number" || dataType57 == "boolean") {
                        coerced57 = "" + data92;
                      } else if (data92 === null) {
                        coerced57 = "";
                      } else {
                        const err178 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/cache/max_age", schemaPath: "#/properties/streams/additionalProperties/properties/cache/properties/max_age/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.cache.properties.max_age.type, parentSchema: schema11.properties.streams.additionalProperties.properties.cache.properties.max_age, data: data92 };
                        if (vErrors === null) {
                          vErrors = [err178];
                        } else {
                          vErrors.push(err178);
                        }
                        errors++;
                      }
                    }
                    if (coerced57 !== void 0) {
                      data92 = coerced57;
                      if (data89 !== void 0) {
                        data89["max_age"] = coerced57;
                      }
                    }
                  }
                  if (typeof data92 === "string") {
                    if (!pattern3.test(data92)) {
                      const err179 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/cache/max_age", schemaPath: "#/properties/streams/additionalProperties/properties/cache/properties/max_age/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$", parentSchema: schema11.properties.streams.additionalProperties.properties.cache.properties.max_age, data: data92 };
                      if (vErrors === null) {
                        vErrors = [err179];
                      } else {
                        vErrors.push(err179);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err180 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/cache", schemaPath: "#/properties/streams/additionalProperties/properties/cache/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.cache.type, parentSchema: schema11.properties.streams.additionalProperties.properties.cache, data: data89 };
                if (vErrors === null) {
                  vErrors = [err180];
                } else {
                  vErrors.push(err180);
                }
                errors++;
              }
            }
            if (data64.also !== void 0) {
              let data93 = data64.also;
              if (Array.isArray(data93)) {
                const len3 = data93.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data94 = data93[i3];
                  if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                    if (data94.transforms === void 0) {
                      data94.transforms = [];
                    }
                    if (data94.sink === void 0) {
                      const err181 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/also/" + i3, schemaPath: "#/properties/streams/additionalProperties/properties/also/items/required", keyword: "required", params: { missingProperty: "sink" }, message: "must have required property 'sink'", schema: schema11.properties.streams.additionalProperties.properties.also.items.required, parentSchema: schema11.properties.streams.additionalProperties.properties.also.items, data: data94 };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                    }
                    for (const key31 in data94) {
                      if (!(key31 === "transforms" || key31 === "sink")) {
                        const err182 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/also/" + i3, schemaPath: "#/properties/streams/additionalProperties/properties/also/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.streams.additionalProperties.properties.also.items, data: data94 };
                        if (vErrors === null) {
                          vErrors = [err182];
                        } else {
                          vErrors.push(err182);
                        }
                        errors++;
                      }
                    }
                    let data95 = data94.transforms;
                    if (Array.isArray(data95)) {
                      const len4 = data95.length;
                      for (let i4 = 0; i4 < len4; i4++) {
                        if (!validate11.call(this, data95[i4], { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/also/" + i3 + "/transforms/" + i4, parentData: data95, parentDataProperty: i4, rootData })) {
                          vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                          errors = vErrors.length;
                        }
                      }
                    } else {
                      const err183 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/also/" + i3 + "/transforms", schemaPath: "#/properties/streams/additionalProperties/properties/also/items/properties/transforms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.streams.additionalProperties.properties.also.items.properties.transforms.type, parentSchema: schema11.properties.streams.additionalProperties.properties.also.items.properties.transforms, data: data95 };
                      if (vErrors === null) {
                        vErrors = [err183];
                      } else {
                        vErrors.push(err183);
                      }
                      errors++;
                    }
                    if (data94.sink !== void 0) {
                      let data97 = data94.sink;
                      if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                        if (data97.connection === void 0) {
                          const err184 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/also/" + i3 + "/sink", schemaPath: "#/properties/streams/additionalProperties/properties/also/items/properties/sink/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'", schema: schema11.properties.streams.additionalProperties.properties.also.items.properties.sink.required, parentSchema: schema11.properties.streams.additionalProperties.properties.also.items.properties.sink, data: data97 };
                          if (vErrors === null) {
                            vErrors = [err184];
                          } else {
                            vErrors.push(err184);
                          }
                          errors++;
                        }
                        if (data97.connection !== void 0) {
                          let data98 = data97.connection;
                          if (typeof data98 !== "string") {
                            let dataType58 = typeof data98;
                            let coerced58 = void 0;
                            if (!(coerced58 !== void 0)) {
                              if (dataType58 == "number" || dataType58 == "boolean") {
                                coerced58 = "" + data98;
                              } else if (data98 === null) {
                                coerced58 = "";
                              } else {
                                const err185 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/also/" + i3 + "/sink/connection", schemaPath: "#/properties/streams/additionalProperties/properties/also/items/properties/sink/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.also.items.properties.sink.properties.connection.type, parentSchema: schema11.properties.streams.additionalProperties.properties.also.items.properties.sink.properties.connection, data: data98 };
                                if (vErrors === null) {
                                  vErrors = [err185];
                                } else {
                                  vErrors.push(err185);
                                }
                                errors++;
                              }
                            }
                            if (coerced58 !== void 0) {
                              data98 = coerced58;
                              if (data97 !== void 0) {
                                data97["connection"] = coerced58;
                              }
                            }
                          }
                        }
                      } else {
                        const err186 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/also/" + i3 + "/sink", schemaPath: "#/properties/streams/additionalProperties/properties/also/items/properties/sink/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.also.items.properties.sink.type, parentSchema: schema11.properties.streams.additionalProperties.properties.also.items.properties.sink, data: data97 };
                        if (vErrors === null) {
                          vErrors = [err186];
                        } else {
                          vErrors.push(err186);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err187 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/also/" + i3, schemaPath: "#/properties/streams/additionalProperties/properties/also/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.also.items.type, parentSchema: schema11.properties.streams.additionalProperties.properties.also.items, data: data94 };
                    if (vErrors === null) {
                      vErrors = [err187];
                    } else {
                      vErrors.push(err187);
                    }
                    errors++;
                  }
                }
              } else {
                const err188 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/also", schemaPath: "#/properties/streams/additionalProperties/properties/also/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.streams.additionalProperties.properties.also.type, parentSchema: schema11.properties.streams.additionalProperties.properties.also, data: data93 };
                if (vErrors === null) {
                  vErrors = [err188];
                } else {
                  vErrors.push(err188);
                }
                errors++;
              }
            }
            if (data64.strategies !== void 0) {
              let data99 = data64.strategies;
              if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                for (const key32 in data99) {
                  if (!(key32 === "ids" || key32 === "auto")) {
                    const err189 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies", schemaPath: "#/properties/streams/additionalProperties/properties/strategies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies, data: data99 };
                    if (vErrors === null) {
                      vErrors = [err189];
                    } else {
                      vErrors.push(err189);
                    }
                    errors++;
                  }
                }
                if (data99.ids !== void 0) {
                  let data100 = data99.ids;
                  if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                    if (data100.source === void 0) {
                      const err190 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/ids", schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/ids/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema11.properties.streams.additionalProperties.properties.strategies.properties.ids.required, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.ids, data: data100 };
                      if (vErrors === null) {
                        vErrors = [err190];
                      } else {
                        vErrors.push(err190);
                      }
                      errors++;
                    }
                    for (const key33 in data100) {
                      if (!(key33 === "source")) {
                        const err191 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/ids", schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/ids/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.ids, data: data100 };
                        if (vErrors === null) {
                          vErrors = [err191];
                        } else {
                          vErrors.push(err191);
                        }
                        errors++;
                      }
                    }
                    if (data100.source !== void 0) {
                      let data101 = data100.source;
                      if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                      } else {
                        const err192 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/ids/source", schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/ids/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.strategies.properties.ids.properties.source.type, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.ids.properties.source, data: data101 };
                        if (vErrors === null) {
                          vErrors = [err192];
                        } else {
                          vErrors.push(err192);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err193 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/ids", schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/ids/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.strategies.properties.ids.type, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.ids, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err193];
                    } else {
                      vErrors.push(err193);
                    }
                    errors++;
                  }
                }
                if (data99.auto !== void 0) {
                  let data102 = data99.auto;
                  if (Array.isArray(data102)) {
                    const len5 = data102.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data103 = data102[i5];
                      if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                        if (data103.when === void 0) {
                          const err194 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/auto/" + i5, schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/auto/items/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.required, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items, data: data103 };
                          if (vErrors === null) {
                            vErrors = [err194];
                          } else {
                            vErrors.push(err194);
                          }
                          errors++;
                        }
                        if (data103.use === void 0) {
                          const err195 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/auto/" + i5, schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/auto/items/required", keyword: "required", params: { missingProperty: "use" }, message: "must have required property 'use'", schema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.required, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items, data: data103 };
                          if (vErrors === null) {
                            vErrors = [err195];
                          } else {
                            vErrors.push(err195);
                          }
                          errors++;
                        }
                        for (const key34 in data103) {
                          if (!(key34 === "when" || key34 === "use")) {
                            const err196 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/auto/" + i5, schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/auto/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items, data: data103 };
                            if (vErrors === null) {
                              vErrors = [err196];
                            } else {
                              vErrors.push(err196);
                            }
                            errors++;
                          }
                        }
                        if (data103.when !== void 0) {
                          let data104 = data103.when;
                          if (typeof data104 != "object" && typeof data104 !== "string" && !(typeof data104 == "number" && isFinite(data104)) && typeof data104 !== "boolean") {
                            let dataType59 = typeof data104;
                            let coerced59 = void 0;
                            if (!(coerced59 !== void 0)) {
                              if (dataType59 == "number" || dataType59 == "boolean") {
                                coerced59 = "" + data104;
                              } else if (data104 === null) {
                                coerced59 = "";
                              } else if (dataType59 == "boolean" || data104 === null || dataType59 == "string" && data104 && data104 == +data104) {
                                coerced59 = +data104;
                              } else if (data104 === "false" || data104 === 0 || data104 === null) {
                                coerced59 = false;
                              } else if (data104 === "true" || data104 === 1) {
                                coerced59 = true;
                              } else if (data104 === "" || data104 === 0 || data104 === false) {
                                coerced59 = null;
                              } else {
                                const err197 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/auto/" + i5 + "/when", schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/auto/items/properties/when/type", keyword: "type", params: { type: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.properties.when.type }, message: "must be object,array,string,number,boolean,null", schema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.properties.when.type, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.properties.when, data: data104 };
                                if (vErrors === null) {
                                  vErrors = [err197];
                                } else {
                                  vErrors.push(err197);
                                }
                                errors++;
                              }
                            }
                            if (coerced59 !== void 0) {
                              data104 = coerced59;
                              if (data103 !== void 0) {
                                data103["when"] = coerced59;
                              }
                            }
                          }
                        }
                        if (data103.use !== void 0) {
                          let data105 = data103.use;
                          if (typeof data105 !== "string") {
                            let dataType60 = typeof data105;
                            let coerced60 = void 0;
                            if (!(coerced60 !== void 0)) {
                              if (dataType60 == "number" || dataType60 == "boolean") {
                                coerced60 = "" + data105;
                              } else if (data105 === null) {
                                coerced60 = "";
                              } else {
                                const err198 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/auto/" + i5 + "/use", schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/auto/items/properties/use/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.properties.use.type, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.properties.use, data: data105 };
                                if (vErrors === null) {
                                  vErrors = [err198];
                                } else {
                                  vErrors.push(err198);
                                }
                                errors++;
                              }
                            }
                            if (coerced60 !== void 0) {
                              data105 = coerced60;
                              if (data103 !== void 0) {
                                data103["use"] = coerced60;
                              }
                            }
                          }
                          if (!(data105 === "full" || data105 === "incremental")) {
                            const err199 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/auto/" + i5 + "/use", schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/auto/items/properties/use/enum", keyword: "enum", params: { allowedValues: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.properties.use.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.properties.use.enum, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.properties.use, data: data105 };
                            if (vErrors === null) {
                              vErrors = [err199];
                            } else {
                              vErrors.push(err199);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err200 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/auto/" + i5, schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/auto/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items.type, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.items, data: data103 };
                        if (vErrors === null) {
                          vErrors = [err200];
                        } else {
                          vErrors.push(err200);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err201 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies/auto", schemaPath: "#/properties/streams/additionalProperties/properties/strategies/properties/auto/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto.type, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies.properties.auto, data: data102 };
                    if (vErrors === null) {
                      vErrors = [err201];
                    } else {
                      vErrors.push(err201);
                    }
                    errors++;
                  }
                }
              } else {
                const err202 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategies", schemaPath: "#/properties/streams/additionalProperties/properties/strategies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.strategies.type, parentSchema: schema11.properties.streams.additionalProperties.properties.strategies, data: data99 };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
            if (data64.after !== void 0) {
              let data106 = data64.after;
              if (Array.isArray(data106)) {
                const len6 = data106.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data107 = data106[i6];
                  if (typeof data107 !== "string") {
                    let dataType61 = typeof data107;
                    let coerced61 = void 0;
                    if (!(coerced61 !== void 0)) {
                      if (dataType61 == "number" || dataType61 == "boolean") {
                        coerced61 = "" + data107;
                      } else if (data107 === null) {
                        coerced61 = "";
                      } else {
                        const err203 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/after/" + i6, schemaPath: "#/properties/streams/additionalProperties/properties/after/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.streams.additionalProperties.properties.after.items.type, parentSchema: schema11.properties.streams.additionalProperties.properties.after.items, data: data107 };
                        if (vErrors === null) {
                          vErrors = [err203];
                        } else {
                          vErrors.push(err203);
                        }
                        errors++;
                      }
                    }
                    if (coerced61 !== void 0) {
                      data107 = coerced61;
                      if (data106 !== void 0) {
                        data106[i6] = coerced61;
                      }
                    }
                  }
                }
                let i7 = data106.length;
                let j0;
                if (i7 > 1) {
                  const indices0 = {};
                  for (; i7--; ) {
                    let item0 = data106[i7];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err204 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/after", schemaPath: "#/properties/streams/additionalProperties/properties/after/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i7 + " are identical)", schema: true, parentSchema: schema11.properties.streams.additionalProperties.properties.after, data: data106 };
                      if (vErrors === null) {
                        vErrors = [err204];
                      } else {
                        vErrors.push(err204);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i7;
                  }
                }
              } else {
                const err205 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/after", schemaPath: "#/properties/streams/additionalProperties/properties/after/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.streams.additionalProperties.properties.after.type, parentSchema: schema11.properties.streams.additionalProperties.properties.after, data: data106 };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
            if (data64.quarantine !== void 0) {
              let data108 = data64.quarantine;
              if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
                for (const key35 in data108) {
                  if (!(key35 === "max_records" || key35 === "max_percent")) {
                    const err206 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/quarantine", schemaPath: "#/properties/streams/additionalProperties/properties/quarantine/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.streams.additionalProperties.properties.quarantine, data: data108 };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                }
                if (data108.max_records !== void 0) {
                  let data109 = data108.max_records;
                  if (!(typeof data109 == "number" && (!(data109 % 1) && !isNaN(data109)) && isFinite(data109))) {
                    let dataType62 = typeof data109;
                    let coerced62 = void 0;
                    if (!(coerced62 !== void 0)) {
                      if (dataType62 === "boolean" || data109 === null || dataType62 === "string" && data109 && data109 == +data109 && !(data109 % 1)) {
                        coerced62 = +data109;
                      } else {
                        const err207 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/quarantine/max_records", schemaPath: "#/properties/streams/additionalProperties/properties/quarantine/properties/max_records/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.streams.additionalProperties.properties.quarantine.properties.max_records.type, parentSchema: schema11.properties.streams.additionalProperties.properties.quarantine.properties.max_records, data: data109 };
                        if (vErrors === null) {
                          vErrors = [err207];
                        } else {
                          vErrors.push(err207);
                        }
                        errors++;
                      }
                    }
                    if (coerced62 !== void 0) {
                      data109 = coerced62;
                      if (data108 !== void 0) {
                        data108["max_records"] = coerced62;
                      }
                    }
                  }
                  if (typeof data109 == "number" && isFinite(data109)) {
                    if (data109 < 0 || isNaN(data109)) {
                      const err208 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/quarantine/max_records", schemaPath: "#/properties/streams/additionalProperties/properties/quarantine/properties/max_records/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.streams.additionalProperties.properties.quarantine.properties.max_records, data: data109 };
                      if (vErrors === null) {
                        vErrors = [err208];
                      } else {
                        vErrors.push(err208);
                      }
                      errors++;
                    }
                  }
                }
                if (data108.max_percent !== void 0) {
                  let data110 = data108.max_percent;
                  if (!(typeof data110 == "number" && isFinite(data110))) {
                    let dataType63 = typeof data110;
                    let coerced63 = void 0;
                    if (!(coerced63 !== void 0)) {
                      if (dataType63 == "boolean" || data110 === null || dataType63 == "string" && data110 && data110 == +data110) {
                        coerced63 = +data110;
                      } else {
                        const err209 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/quarantine/max_percent", schemaPath: "#/properties/streams/additionalProperties/properties/quarantine/properties/max_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.streams.additionalProperties.properties.quarantine.properties.max_percent.type, parentSchema: schema11.properties.streams.additionalProperties.properties.quarantine.properties.max_percent, data: data110 };
                        if (vErrors === null) {
                          vErrors = [err209];
                        } else {
                          vErrors.push(err209);
                        }
                        errors++;
                      }
                    }
                    if (coerced63 !== void 0) {
                      data110 = coerced63;
                      if (data108 !== void 0) {
                        data108["max_percent"] = coerced63;
                      }
                    }
                  }
                  if (typeof data110 == "number" && isFinite(data110)) {
                    if (data110 > 100 || isNaN(data110)) {
                      const err210 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/quarantine/max_percent", schemaPath: "#/properties/streams/additionalProperties/properties/quarantine/properties/max_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.streams.additionalProperties.properties.quarantine.properties.max_percent, data: data110 };
                      if (vErrors === null) {
                        vErrors = [err210];
                      } else {
                        vErrors.push(err210);
                      }
                      errors++;
                    }
                    if (data110 < 0 || isNaN(data110)) {
                      const err211 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/quarantine/max_percent", schemaPath: "#/properties/streams/additionalProperties/properties/quarantine/properties/max_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.streams.additionalProperties.properties.quarantine.properties.max_percent, data: data110 };
                      if (vErrors === null) {
                        vErrors = [err211];
                      } else {
                        vErrors.push(err211);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err212 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/quarantine", schemaPath: "#/properties/streams/additionalProperties/properties/quarantine/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.properties.quarantine.type, parentSchema: schema11.properties.streams.additionalProperties.properties.quarantine, data: data108 };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            }
            if (data64.batch_size !== void 0) {
              let data111 = data64.batch_size;
              if (!(typeof data111 == "number" && (!(data111 % 1) && !isNaN(data111)) && isFinite(data111))) {
                let dataType64 = typeof data111;
                let coerced64 = void 0;
                if (!(coerced64 !== void 0)) {
                  if (dataType64 === "boolean" || data111 === null || dataType64 === "string" && data111 && data111 == +data111 && !(data111 % 1)) {
                    coerced64 = +data111;
                  } else {
                    const err213 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/batch_size", schemaPath: "#/properties/streams/additionalProperties/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.streams.additionalProperties.properties.batch_size.type, parentSchema: schema11.properties.streams.additionalProperties.properties.batch_size, data: data111 };
                    if (vErrors === null) {
                      vErrors = [err213];
                    } else {
                      vErrors.push(err213);
                    }
                    errors++;
                  }
                }
                if (coerced64 !== void 0) {
                  data111 = coerced64;
                  if (data64 !== void 0) {
                    data64["batch_size"] = coerced64;
                  }
                }
              }
              if (typeof data111 == "number" && isFinite(data111)) {
                if (data111 > 1e5 || isNaN(data111)) {
                  const err214 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/batch_size", schemaPath: "#/properties/streams/additionalProperties/properties/batch_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema11.properties.streams.additionalProperties.properties.batch_size, data: data111 };
                  if (vErrors === null) {
                    vErrors = [err214];
                  } else {
                    vErrors.push(err214);
                  }
                  errors++;
                }
                if (data111 < 1 || isNaN(data111)) {
                  const err215 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/batch_size", schemaPath: "#/properties/streams/additionalProperties/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.streams.additionalProperties.properties.batch_size, data: data111 };
                  if (vErrors === null) {
                    vErrors = [err215];
                  } else {
                    vErrors.push(err215);
                  }
                  errors++;
                }
              }
            }
            if (data64.read_ahead !== void 0) {
              let data112 = data64.read_ahead;
              if (!(typeof data112 == "number" && (!(data112 % 1) && !isNaN(data112)) && isFinite(data112))) {
                let dataType65 = typeof data112;
                let coerced65 = void 0;
                if (!(coerced65 !== void 0)) {
                  if (dataType65 === "boolean" || data112 === null || dataType65 === "string" && data112 && data112 == +data112 && !(data112 % 1)) {
                    coerced65 = +data112;
                  } else {
                    const err216 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/read_ahead", schemaPath: "#/properties/streams/additionalProperties/properties/read_ahead/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.streams.additionalProperties.properties.read_ahead.type, parentSchema: schema11.properties.streams.additionalProperties.properties.read_ahead, data: data112 };
                    if (vErrors === null) {
                      vErrors = [err216];
                    } else {
                      vErrors.push(err216);
                    }
                    errors++;
                  }
                }
                if (coerced65 !== void 0) {
                  data112 = coerced65;
                  if (data64 !== void 0) {
                    data64["read_ahead"] = coerced65;
                  }
                }
              }
              if (typeof data112 == "number" && isFinite(data112)) {
                if (data112 > 64 || isNaN(data112)) {
                  const err217 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/read_ahead", schemaPath: "#/properties/streams/additionalProperties/properties/read_ahead/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema11.properties.streams.additionalProperties.properties.read_ahead, data: data112 };
                  if (vErrors === null) {
                    vErrors = [err217];
                  } else {
                    vErrors.push(err217);
                  }
                  errors++;
                }
                if (data112 < 1 || isNaN(data112)) {
                  const err218 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/read_ahead", schemaPath: "#/properties/streams/additionalProperties/properties/read_ahead/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.streams.additionalProperties.properties.read_ahead, data: data112 };
                  if (vErrors === null) {
                    vErrors = [err218];
                  } else {
                    vErrors.push(err218);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err219 = { instancePath: instancePath + "/streams/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/streams/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.additionalProperties.type, parentSchema: schema11.properties.streams.additionalProperties, data: data64 };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
        }
      } else {
        const err220 = { instancePath: instancePath + "/streams", schemaPath: "#/properties/streams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.streams.type, parentSchema: schema11.properties.streams, data: data63 };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      }
    }
  } else {
    const err221 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err221];
    } else {
      vErrors.push(err221);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var PIPELINE_VALIDATORS = [
  { schema: '{"$id":"https://syncengine.dev/schema/pipeline.json","title":"syncengine pipeline","description":"A YAML file that declares connections, streams and variables for one sync pipeline.","type":"object","additionalProperties":false,"required":["version","streams"],"$defs":{"fieldSpec":{"title":"FieldSpec","description":"Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.","anyOf":[{"type":"string","minLength":1,"description":"A dot path into the source record."},{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":2,"properties":{"path":{"type":"string","minLength":1,"description":"A dot path into the source record."},"value":{"description":"A constant value.","tsType":"unknown"},"template":{"type":"string","description":"A string with `${record.field}` references to the source record (and any runtime scope)."},"expr":{"description":"A json-logic expression, e.g. `{\\">\\": [{\\"var\\": \\"total\\"}, 0]}`. See docs/expressions.md.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"object":{"description":"Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"}},"list":{"description":"Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/fieldSpec"}},"each":{"description":"Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Dot path of the list."},"fields":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Field specs read from each element; a target may be a dot path (`vendor.id`)."},"key":{"$ref":"#/$defs/fieldSpec"},"value":{"$ref":"#/$defs/fieldSpec"}}},"default":{"description":"Used when the path or expression yields null or nothing.","tsType":"unknown"}}}]},"transformStep":{"title":"TransformStep","description":"One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"map":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped."},"set":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created)."},"keep":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Keeps only these top-level fields."},"drop":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Removes these top-level fields."},"pack":{"description":"Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).","type":"object","additionalProperties":false,"required":["into"],"properties":{"into":{"description":"Name of the field that receives the packed fields.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"keep":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Fields that stay at the top level."}}},"flatten":{"description":"Turns one record into one record per element of the list at `path` (e.g. one per order line).","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"Dot path of the list.","type":"string","minLength":1},"into":{"description":"Field that receives the element; the list field itself is removed.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$","default":"item"},"index":{"description":"Optional field that receives the element\'s position (0-based).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"keep_empty":{"description":"Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.","type":"boolean","default":false}}},"filter":{"description":"Keeps only the records for which this json-logic expression is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"dedupe":{"description":"Drops a record whose key was already seen in this run (the first one wins).","type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dot path(s) of the fields that identify a record."}}},"classify":{"description":"Sets fields from the first rule whose `when` holds, or from `default` when none does.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["when","set"],"properties":{"when":{"description":"A json-logic condition on the record.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"set":{"description":"Fields to set: constants; text may use `${record.field}`.","type":"object","minProperties":1,"additionalProperties":{"tsType":"unknown"}}}}},"default":{"description":"Fields to set when no rule matches.","type":"object","additionalProperties":{"tsType":"unknown"}}}},"validate":{"description":"Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.","type":"object","additionalProperties":false,"required":["schema"],"properties":{"schema":{"description":"The JSON Schema records must match.","type":"object","tsType":"Record<string, unknown>"}}},"translate":{"description":"Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.","type":"object","additionalProperties":false,"required":["kind","path"],"properties":{"kind":{"description":"Crosswalk kind, e.g. `item`.","type":"string","minLength":1},"path":{"description":"Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.","type":"string","minLength":1},"missing":{"description":"When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.","type":"string","enum":["quarantine","skip","fail"],"default":"quarantine"},"as":{"description":"The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id\'s type: a numeric source id gives a number when the target id is an integer, a text one gives text.","type":"string","enum":["integer","number","text"]}}},"join":{"description":"Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).","type":"object","additionalProperties":false,"required":["from","on","fields"],"properties":{"from":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"source":{"description":"A source block: `connection` plus the connector\'s stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"stream":{"description":"Name of another stream whose source (and transforms) give the records; its sink is not used.","type":"string"}},"description":"The right side: `source` (a source block) or `stream` (another stream)."},"on":{"description":"Join key: `left` path in this stream\'s record, `right` path in the other record.","type":"object","additionalProperties":false,"required":["left","right"],"properties":{"left":{"type":"string","minLength":1},"right":{"type":"string","minLength":1}}},"fields":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Fields to add, read from the matching right record (field specs; `default` applies on a miss)."},"max_in_memory":{"description":"Right-side records kept in memory before the lookup moves to disk.","type":"integer","minimum":1,"default":100000}}}}}},"properties":{"version":{"description":"Version of the pipeline language this file is written in.","type":"integer","enum":[1]},"name":{"description":"Name of the pipeline in logs and run history. Defaults to the file name without extension.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"description":{"description":"Free text about the pipeline, shown by `syncengine serve` (`GET /pipelines`).","type":"string"},"secrets":{"description":"Secrets read from a provider when the pipeline loads, used as `${secrets.name}` and masked everywhere: an environment variable, a file, or the output of a command (e.g. `gcloud secrets versions access latest --secret=x`).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"env":{"description":"Name of an environment variable.","type":"string","minLength":1},"file":{"description":"A file whose content (trimmed) is the secret; relative to the pipeline file.","type":"string","minLength":1},"command":{"description":"A shell command whose output (trimmed) is the secret.","type":"string","minLength":1}}}},"vars":{"description":"Named values referenced as `${vars.name}`. May reference `${env.NAME}`; overridden by `--var name=value`.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":["string","number","boolean","null","object","array"],"tsType":"unknown"}},"stream_concurrency":{"description":"How many streams of a run may run at the same time. A stream still starts only after every stream in its `after` list finished, and streams start in the file\'s order; each stream\'s requests share its connection\'s `rate_limit`.","type":"integer","minimum":1,"maximum":16,"default":1},"defaults":{"description":"Settings applied to every stream unless the stream sets its own.","type":"object","additionalProperties":false,"properties":{"batch_size":{"description":"Records per batch handed to the sink; the cursor is checkpointed per committed batch.","type":"integer","minimum":1,"maximum":100000,"default":500},"read_ahead":{"description":"Pages a source may fetch ahead of the page being transformed. Reading, transforming and writing always overlap; a source whose next address does not depend on the last response (page and offset paging) has up to this many requests in flight, within its rate limit, while one whose next request needs the last response (cursor, next link) fetches one page ahead. Memory holds at most this many pages plus two, and three batches, per stream being read.","type":"integer","minimum":1,"maximum":64,"default":4}},"default":{}},"schedule":{"description":"When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.","type":"object","additionalProperties":false,"properties":{"every":{"description":"An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.","type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h|d)$"},"cron":{"description":"A cron expression (5 or 6 fields), e.g. `0 */6 * * *`.","type":"string","minLength":9},"timezone":{"description":"IANA time zone of the cron expression.","type":"string","default":"UTC"}}},"webhooks":{"description":"Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["stream","ids"],"properties":{"stream":{"description":"The stream to run by ids (it must declare `strategies.ids`).","type":"string"},"ids":{"description":"Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.","type":"string","minLength":1},"when":{"description":"Accept only payloads for which this json-logic expression is truthy; others get 202 and no run.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"tenant":{"description":"Dot path of the tenant id in the payload, for multi-tenant pipelines.","type":"string"},"secret":{"description":"A shared secret the sender puts in `secret_header`.","type":"string","x-secret":true},"secret_header":{"description":"Header that carries the shared secret.","type":"string","default":"X-Webhook-Secret"},"hmac":{"description":"An HMAC signature of the raw body instead of a shared secret.","type":"object","additionalProperties":false,"required":["secret","header"],"properties":{"secret":{"type":"string","x-secret":true,"description":"The signing key."},"header":{"type":"string","description":"Header that carries the signature, e.g. `X-Signature`."},"algorithm":{"type":"string","enum":["sha1","sha256","sha512"],"default":"sha256"},"encoding":{"type":"string","enum":["hex","base64"],"default":"hex"},"prefix":{"type":"string","description":"Text before the signature in the header, e.g. `sha256=`.","default":""},"timestamp_header":{"type":"string","description":"Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409)."},"signed":{"type":"string","description":"What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`."},"tolerance_s":{"type":"integer","minimum":1,"default":300,"description":"With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered."}}}}}},"after_run":{"description":"Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.run_id}` become bound parameters.","type":"object","additionalProperties":false,"required":["connection"],"properties":{"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"success":{"description":"Statement after a successful run.","type":"string","minLength":1},"failure":{"description":"Statement after a failed or aborted run.","type":"string","minLength":1}}},"tenants":{"description":"Runs the whole pipeline once per tenant (e.g. per client account). Each tenant\'s fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.","type":"object","additionalProperties":false,"properties":{"source":{"description":"Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"list":{"description":"The tenants, inline.","type":"array","items":{"type":"object"},"tsType":"Record<string, unknown>[]"},"file":{"description":"A JSON or YAML file with a list of tenants, relative to the pipeline file.","type":"string","minLength":1},"id":{"description":"Dot path of the tenant id in each tenant record.","type":"string","minLength":1,"default":"id"},"where":{"description":"Run only the tenants for which this json-logic expression is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"concurrency":{"description":"How many tenants run at the same time.","type":"integer","minimum":1,"maximum":64,"default":1},"frequency_hours":{"description":"Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.","type":"string","minLength":1},"write_back":{"description":"Statements run on a connection after each tenant\'s run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.","type":"object","additionalProperties":false,"required":["connection"],"properties":{"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"success":{"description":"Statement after a successful run.","type":"string","minLength":1},"failure":{"description":"Statement after a failed run.","type":"string","minLength":1}}}}},"discover":{"description":"Requests made once at the start of a run whose result the streams use as `${discover.<name>}`, e.g. a lookup of the warehouse id of a checkout.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"description":"A source block: `connection` plus the connector\'s stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"pick":{"description":"`first`: the first record (an error when there is none); `all`: the list of every record.","type":"string","enum":["first","all"],"default":"first"}}}},"connections":{"description":"Reusable connections (an API with its auth, a database), keyed by name. `type` picks the connector; the other keys are that connector\'s options.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","required":["type"],"properties":{"type":{"description":"The connector, e.g. `http`, `sqlite`, `stdout`.","type":"string"}},"additionalProperties":true},"default":{}},"templates":{"description":"Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","tsType":"Record<string, unknown>"}},"streams":{"description":"The streams of the pipeline, keyed by name. Each reads from one source and writes to one sink.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["source","sink"],"properties":{"extends":{"description":"Name of a template under `templates` this stream is built from; its own keys override the template\'s.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"params":{"description":"Values for the template\'s `${params.name}` references (`${params.stream}` is the stream\'s name).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"tsType":"unknown"}},"description":{"type":"string","description":"Free text."},"source":{"description":"Where records come from: `connection` names a connection; the other keys are the connector\'s stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"incremental":{"description":"Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.","type":"object","additionalProperties":false,"required":["cursor_field"],"properties":{"cursor_field":{"description":"Dot path of the field in the source record that grows with every change, e.g. `updated_at`.","type":"string","minLength":1},"initial":{"description":"Cursor value for the first run, when no cursor is stored yet.","type":["string","number"]},"ordered":{"description":"The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.","type":"boolean","default":false}}},"partitions":{"description":"Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.","type":"object","additionalProperties":false,"properties":{"values":{"description":"A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).","type":["array","string"],"tsType":"unknown[] | string"},"from":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"source":{"description":"A source block: `connection` plus the connector\'s stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"stream":{"description":"Name of another stream whose source (and transforms) give the records; its sink is not used.","type":"string"}},"description":"Parent records: `source` (a source block, like a stream\'s) or `stream` (another stream\'s source and transforms; its sink is not used)."},"key":{"description":"Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).","type":"string","minLength":1,"default":"id"},"concurrency":{"description":"How many partitions are read at the same time. Their batches are written one at a time, each partition\'s in order, each with its own cursor.","type":"integer","minimum":1,"maximum":64,"default":1}}},"transforms":{"description":"Steps applied to each record in order, between the source and the sink.","type":"array","items":{"$ref":"#/$defs/transformStep"},"default":[]},"sink":{"description":"Where records go: `connection` names a connection; the other keys are the connector\'s stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"primary_key":{"description":"Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.","type":"array","items":{"type":"string","minLength":1},"minItems":1},"cache":{"description":"Keeps a copy of the source\'s records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.","type":"string","minLength":1},"format":{"description":"File format. Default: from the extension (`.csv`, else JSON lines).","type":"string","enum":["csv","jsonl"]},"max_age":{"description":"Read the source again when the file is older than this, e.g. `24h`.","type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h|d)$"}}},"also":{"description":"More outputs of the same records: each entry runs its own `transforms` on the records the stream\'s transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.","type":"array","items":{"type":"object","additionalProperties":false,"required":["sink"],"properties":{"transforms":{"description":"Steps for this output only.","type":"array","items":{"$ref":"#/$defs/transformStep"},"default":[]},"sink":{"description":"Where this output goes: `connection` plus the connector\'s stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true}}}},"strategies":{"description":"How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).","type":"object","additionalProperties":false,"properties":{"ids":{"description":"Fetches just the given ids (a webhook, `--ids`): these source options replace the stream\'s for that run.","type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"description":"Source options that replace the stream\'s, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: \\"Id in (${ids_csv})\\" }` (one request for all).","type":"object","additionalProperties":true}}},"auto":{"description":"Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.","type":"array","items":{"type":"object","additionalProperties":false,"required":["when","use"],"properties":{"when":{"description":"A json-logic expression, e.g. `{\\">\\": [{\\"var\\": \\"total\\"}, 0]}`. See docs/expressions.md.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"use":{"type":"string","enum":["full","incremental"]}}}}}},"after":{"description":"Streams that must finish before this one starts (e.g. items before purchase orders).","type":"array","items":{"type":"string"},"uniqueItems":true},"quarantine":{"description":"When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.","type":"object","additionalProperties":false,"properties":{"max_records":{"description":"Most records a run may quarantine.","type":"integer","minimum":0},"max_percent":{"description":"Most records a run may quarantine, as a percentage of the records read.","type":"number","minimum":0,"maximum":100}}},"batch_size":{"description":"Records per batch for this stream. Defaults to `defaults.batch_size`.","type":"integer","minimum":1,"maximum":100000},"read_ahead":{"description":"Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.","type":"integer","minimum":1,"maximum":64}}}}}}', validate: validate_0 }
];

// packages/engine/dist/config/load-pipeline.js
async function loadPipelineFile(path, registry, options = {}) {
  const text = await readPipelineText(path, options.displayPath ?? path);
  return parsePipeline(text, { file: options.displayPath ?? path, baseDir: dirname(resolve(path)), name: basename(path, extname(path)) }, registry, options);
}
async function parsePipeline(text, source, registry, options = {}) {
  const { doc, reporter } = parseDocument(text, source.file, options);
  const data = doc.toJS({ maxAliasCount: -1 });
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    reporter.at([], "a pipeline file must be a map with at least `version` and `streams`");
    throw new PipelineConfigError(reporter.issues);
  }
  const root = data;
  reporter.setOrigin(expandTemplates(root, reporter.atRef).origin);
  const redactor = createRedactor();
  const runtimeTemplates = /* @__PURE__ */ new Set();
  interpolatePipeline(root, {
    env: loadEnvironment(source.baseDir, options.dotenv ?? true, options.env ?? process.env),
    baseDir: source.baseDir,
    vars: options.vars ?? {},
    resolveSecrets: options.resolveSecrets ?? true,
    unsetEnv: options.unsetEnv ?? "error",
    redactor,
    reporter
  });
  const base = validateWithSecrets(PIPELINE_SCHEMA, root, PIPELINE_VALIDATORS);
  const errors = [...base.errors, ...checkConnectionTypes(root, Object.keys(registry).sort())];
  for (const problem of formatAjvErrors(errors, root))
    reporter.atSchema(problem.path, problem.message, problem.atKey);
  const blocks = await checkConnectorBlocks(root, { registry, reporter, redactor, runtimeTemplates });
  checkReferences(root, { reporter, checkEndpoint: blocks.checkEndpoint, connections: blocks.connections });
  for (const pointer of base.secrets)
    addSecretAt(redactor, root, pointer);
  for (const warning of sortIssues(reporter.warnings))
    options.onWarning?.(warning);
  if (reporter.issues.length)
    throw new PipelineConfigError(sortIssues(reporter.issues).map((i) => ({ ...i, message: redactor.redact(i.message) })));
  return Object.freeze({
    name: typeof root.name === "string" ? root.name : source.name ?? "pipeline",
    file: source.file,
    baseDir: source.baseDir,
    definition: root,
    redactor,
    connectors: blocks.connectors,
    runtimeTemplates
  });
}
function parseDocument(text, file, options) {
  const bad = checkPipelineText(text);
  if (bad)
    throw new PipelineConfigError([{ file, line: bad.line, column: bad.column, path: "", message: bad.message }]);
  const lineCounter = new import_yaml3.LineCounter();
  const parsed = parseYaml(text, lineCounter);
  const issues = [];
  const atOffset = (problem) => {
    const pos = lineCounter.linePos(problem.offset);
    issues.push({ file, line: pos.line, column: pos.col, path: formatPath(problem.path), message: problem.message });
  };
  if (!parsed.doc) {
    parsed.problems.forEach(atOffset);
    throw new PipelineConfigError(issues);
  }
  describeYamlErrors([...parsed.doc.errors, ...parsed.doc.warnings], text, parsed.doc, lineCounter).forEach(atOffset);
  parsed.problems.forEach(atOffset);
  if (issues.length)
    throw new PipelineConfigError(sortIssues(issues));
  return { doc: parsed.doc, reporter: createConfigReporter(file, parsed.doc, lineCounter, options.unsetEnv ?? "error") };
}

// packages/engine/dist/engine.js
import { existsSync as existsSync2 } from "node:fs";
import { join as join2, resolve as resolve2 } from "node:path";
function defaultStatePath(pipeline) {
  return join2(pipeline.baseDir, ".syncengine", "state.db");
}
function createEngine(options) {
  const connectors = options.connectors;
  return {
    connectors,
    load: (path, loadOptions) => loadPipelineFile(path, connectors, loadOptions),
    parse: (text, source, loadOptions) => parsePipeline(text, source, connectors, loadOptions),
    plan: (pipeline, planOptions) => planPipeline(pipeline, planOptions),
    async run(pipeline, runOptions = {}) {
      const { state, statePath, stateUrl, stateHistoryRetention, ...rest } = runOptions;
      const history = stateHistoryRetention !== void 0 ? { historyRetention: stateHistoryRetention } : {};
      const path = statePath === ":memory:" ? statePath : resolve2(statePath ?? defaultStatePath(pipeline));
      const sqlitePath = rest.dryRun && path !== ":memory:" && !existsSync2(path) ? ":memory:" : path;
      const { runPipeline } = await import("./run-pipeline-DGBVWFJ3.js");
      const store = state ?? (stateUrl !== void 0 ? await (await import("./create-state-store-NK4356AA.js")).createStateStore(stateUrl, history) : await (await import("./sqlite-state-store-AR6FLUIZ.js")).createSqliteStateStore({ path: sqlitePath, ...history }));
      try {
        return await runPipeline(pipeline, { ...rest, state: store });
      } finally {
        if (!state)
          await store.close();
      }
    }
  };
}

export {
  createRedactor,
  createConfigAjv,
  validateWithSecrets,
  connectorBlockSchemas,
  PIPELINE_SCHEMA,
  pipelineSchemaFor,
  loadEnvironment,
  loadPipelineFile,
  parsePipeline,
  defaultStatePath,
  createEngine
};
