// @ts-nocheck
/* Generated from PIPELINE_SCHEMA by `npm run generate` (ajv standalone code): loading a pipeline compiles no schema. Do not edit by hand: a test fails when it is stale. */
import type { PrecompiledValidator } from '../connector/connector.js';
import { ucs2length } from './validator-runtime.js';

const validate_0 = validate21;
const schema6 = {"$id":"https://syncengine.dev/schema/pipeline.json","title":"syncengine pipeline","description":"A YAML file that declares connections, streams and variables for one sync pipeline.","type":"object","additionalProperties":false,"required":["version","streams"],"$defs":{"fieldSpec":{"title":"FieldSpec","description":"Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.","anyOf":[{"type":"string","minLength":1,"description":"A dot path into the source record."},{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":2,"properties":{"path":{"type":"string","minLength":1,"description":"A dot path into the source record."},"value":{"description":"A constant value.","tsType":"unknown"},"template":{"type":"string","description":"A string with `${record.field}` references to the source record (and any runtime scope)."},"expr":{"description":"A json-logic expression, e.g. `{\">\": [{\"var\": \"total\"}, 0]}`. See docs/expressions.md.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"object":{"description":"Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"}},"list":{"description":"Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/fieldSpec"}},"each":{"description":"Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Dot path of the list."},"fields":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Field specs read from each element; a target may be a dot path (`vendor.id`)."},"key":{"$ref":"#/$defs/fieldSpec"},"value":{"$ref":"#/$defs/fieldSpec"}}},"default":{"description":"Used when the path or expression yields null or nothing.","tsType":"unknown"}}}]},"transformStep":{"title":"TransformStep","description":"One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"map":{"$ref":"#/$defs/x-hoisted-25"},"set":{"$ref":"#/$defs/x-hoisted-26"},"keep":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Keeps only these top-level fields."},"drop":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Removes these top-level fields."},"pack":{"$ref":"#/$defs/x-hoisted-27"},"flatten":{"$ref":"#/$defs/x-hoisted-28"},"filter":{"description":"Keeps only the records for which this json-logic expression is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"dedupe":{"$ref":"#/$defs/x-hoisted-29"},"classify":{"$ref":"#/$defs/x-hoisted-31"},"validate":{"$ref":"#/$defs/x-hoisted-32"},"translate":{"$ref":"#/$defs/x-hoisted-34"},"join":{"$ref":"#/$defs/x-hoisted-36"}}},"x-hoisted-0":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"env":{"description":"Name of an environment variable.","type":"string","minLength":1},"file":{"description":"A file whose content (trimmed) is the secret; relative to the pipeline file.","type":"string","minLength":1},"command":{"description":"A shell command whose output (trimmed) is the secret.","type":"string","minLength":1}}},"x-hoisted-1":{"description":"Secrets read from a provider when the pipeline loads, used as `${secrets.name}` and masked everywhere: an environment variable, a file, or the output of a command (e.g. `gcloud secrets versions access latest --secret=x`).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-0"}},"x-hoisted-2":{"description":"Named values referenced as `${vars.name}`. May reference `${env.NAME}`; overridden by `--var name=value`.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":["string","number","boolean","null","object","array"],"tsType":"unknown"}},"x-hoisted-3":{"description":"When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.","type":"object","additionalProperties":false,"properties":{"every":{"description":"An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},"cron":{"description":"A cron expression (5 or 6 fields), e.g. `0 */6 * * *`.","type":"string","minLength":9},"timezone":{"description":"IANA time zone of the cron expression.","type":"string","default":"UTC"}}},"x-hoisted-4":{"description":"An HMAC signature of the raw body instead of a shared secret.","type":"object","additionalProperties":false,"required":["secret","header"],"properties":{"secret":{"type":"string","x-secret":true,"description":"The signing key."},"header":{"type":"string","description":"Header that carries the signature, e.g. `X-Signature`."},"algorithm":{"type":"string","enum":["sha1","sha256","sha512"],"default":"sha256"},"encoding":{"type":"string","enum":["hex","base64"],"default":"hex"},"prefix":{"type":"string","description":"Text before the signature in the header, e.g. `sha256=`.","default":""},"timestamp_header":{"type":"string","description":"Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409)."},"signed":{"type":"string","description":"What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`."},"tolerance_s":{"type":"integer","minimum":1,"default":300,"description":"With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered."}}},"x-hoisted-5":{"type":"object","additionalProperties":false,"required":["stream","ids"],"properties":{"stream":{"description":"The stream to run by ids (it must declare `strategies.ids`).","type":"string"},"ids":{"description":"Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.","type":"string","minLength":1},"when":{"description":"Accept only payloads for which this json-logic expression is truthy; others get 202 and no run.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"tenant":{"description":"Dot path of the tenant id in the payload, for multi-tenant pipelines.","type":"string"},"secret":{"description":"A shared secret the sender puts in `secret_header`.","type":"string","x-secret":true},"secret_header":{"description":"Header that carries the shared secret.","type":"string","default":"X-Webhook-Secret"},"hmac":{"$ref":"#/$defs/x-hoisted-4"}}},"x-hoisted-6":{"description":"Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-5"}},"x-hoisted-7":{"description":"Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.run_id}` become bound parameters.","type":"object","additionalProperties":false,"required":["connection"],"properties":{"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"success":{"description":"Statement after a successful run.","type":"string","minLength":1},"failure":{"description":"Statement after a failed or aborted run.","type":"string","minLength":1}}},"x-hoisted-8":{"description":"Statements run on a connection after each tenant's run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.","type":"object","additionalProperties":false,"required":["connection"],"properties":{"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"success":{"description":"Statement after a successful run.","type":"string","minLength":1},"failure":{"description":"Statement after a failed run.","type":"string","minLength":1}}},"x-hoisted-9":{"description":"Runs the whole pipeline once per tenant (e.g. per client account). Each tenant's fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.","type":"object","additionalProperties":false,"properties":{"source":{"description":"Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"list":{"description":"The tenants, inline.","type":"array","items":{"type":"object"},"tsType":"Record<string, unknown>[]"},"file":{"description":"A JSON or YAML file with a list of tenants, relative to the pipeline file.","type":"string","minLength":1},"id":{"description":"Dot path of the tenant id in each tenant record.","type":"string","minLength":1,"default":"id"},"where":{"description":"Run only the tenants for which this json-logic expression is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"concurrency":{"description":"How many tenants run at the same time.","type":"integer","minimum":1,"maximum":64,"default":1},"frequency_hours":{"description":"Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.","type":"string","minLength":1},"write_back":{"$ref":"#/$defs/x-hoisted-8"}}},"x-hoisted-10":{"type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"pick":{"description":"`first`: the first record (an error when there is none); `all`: the list of every record.","type":"string","enum":["first","all"],"default":"first"}}},"x-hoisted-11":{"description":"Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","tsType":"Record<string, unknown>"}},"x-hoisted-12":{"description":"Where records come from: `connection` names a connection; the other keys are the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"x-hoisted-13":{"description":"Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.","type":"object","additionalProperties":false,"required":["cursor_field"],"properties":{"cursor_field":{"description":"Dot path of the field in the source record that grows with every change, e.g. `updated_at`.","type":"string","minLength":1},"initial":{"description":"Cursor value for the first run, when no cursor is stored yet.","type":["string","number"]},"ordered":{"description":"The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.","type":"boolean","default":false}}},"x-hoisted-14":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"stream":{"description":"Name of another stream whose source (and transforms) give the records; its sink is not used.","type":"string"}},"description":"Parent records: `source` (a source block, like a stream's) or `stream` (another stream's source and transforms; its sink is not used)."},"x-hoisted-15":{"description":"Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.","type":"object","additionalProperties":false,"properties":{"values":{"description":"A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).","type":["array","string"],"tsType":"unknown[] | string"},"from":{"$ref":"#/$defs/x-hoisted-14"},"key":{"description":"Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).","type":"string","minLength":1,"default":"id"},"concurrency":{"description":"How many partitions are read at the same time. Their batches are written one at a time, each partition's in order, each with its own cursor.","type":"integer","minimum":1,"maximum":64,"default":1}}},"x-hoisted-16":{"description":"Keeps a copy of the source's records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.","type":"string","minLength":1},"format":{"description":"File format. Default: from the extension (`.csv`, else JSON lines).","type":"string","enum":["csv","jsonl"]},"max_age":{"description":"Read the source again when the file is older than this, e.g. `24h`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"}}},"x-hoisted-17":{"type":"object","additionalProperties":false,"required":["sink"],"properties":{"transforms":{"description":"Steps for this output only.","type":"array","items":{"$ref":"#/$defs/transformStep"},"default":[]},"sink":{"description":"Where this output goes: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true}}},"x-hoisted-18":{"description":"More outputs of the same records: each entry runs its own `transforms` on the records the stream's transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.","type":"array","items":{"$ref":"#/$defs/x-hoisted-17"}},"x-hoisted-19":{"description":"Fetches just the given ids (a webhook, `--ids`): these source options replace the stream's for that run.","type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"description":"Source options that replace the stream's, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: \"Id in (${ids_csv})\" }` (one request for all).","type":"object","additionalProperties":true}}},"x-hoisted-20":{"type":"object","additionalProperties":false,"required":["when","use"],"properties":{"when":{"description":"A json-logic expression, e.g. `{\">\": [{\"var\": \"total\"}, 0]}`. See docs/expressions.md.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"use":{"type":"string","enum":["full","incremental"]}}},"x-hoisted-21":{"description":"Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.","type":"array","items":{"$ref":"#/$defs/x-hoisted-20"}},"x-hoisted-22":{"description":"How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).","type":"object","additionalProperties":false,"properties":{"ids":{"$ref":"#/$defs/x-hoisted-19"},"auto":{"$ref":"#/$defs/x-hoisted-21"}}},"x-hoisted-23":{"description":"When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.","type":"object","additionalProperties":false,"properties":{"max_records":{"description":"Most records a run may quarantine.","type":"integer","minimum":0},"max_percent":{"description":"Most records a run may quarantine, as a percentage of the records read.","type":"number","minimum":0,"maximum":100}}},"x-hoisted-24":{"type":"object","additionalProperties":false,"required":["source","sink"],"properties":{"extends":{"description":"Name of a template under `templates` this stream is built from; its own keys override the template's.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"params":{"description":"Values for the template's `${params.name}` references (`${params.stream}` is the stream's name).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"tsType":"unknown"}},"description":{"type":"string","description":"Free text."},"source":{"$ref":"#/$defs/x-hoisted-12"},"incremental":{"$ref":"#/$defs/x-hoisted-13"},"partitions":{"$ref":"#/$defs/x-hoisted-15"},"transforms":{"description":"Steps applied to each record in order, between the source and the sink.","type":"array","items":{"$ref":"#/$defs/transformStep"},"default":[]},"sink":{"description":"Where records go: `connection` names a connection; the other keys are the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"primary_key":{"description":"Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.","type":"array","items":{"type":"string","minLength":1},"minItems":1},"cache":{"$ref":"#/$defs/x-hoisted-16"},"also":{"$ref":"#/$defs/x-hoisted-18"},"strategies":{"$ref":"#/$defs/x-hoisted-22"},"after":{"description":"Streams that must finish before this one starts (e.g. items before purchase orders).","type":"array","items":{"type":"string"},"uniqueItems":true},"quarantine":{"$ref":"#/$defs/x-hoisted-23"},"batch_size":{"description":"Records per batch for this stream. Defaults to `defaults.batch_size`.","type":"integer","minimum":1,"maximum":100000},"read_ahead":{"description":"Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.","type":"integer","minimum":1,"maximum":64}}},"x-hoisted-25":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped."},"x-hoisted-26":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created)."},"x-hoisted-27":{"description":"Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).","type":"object","additionalProperties":false,"required":["into"],"properties":{"into":{"description":"Name of the field that receives the packed fields.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"keep":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Fields that stay at the top level."}}},"x-hoisted-28":{"description":"Turns one record into one record per element of the list at `path` (e.g. one per order line).","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"Dot path of the list.","type":"string","minLength":1},"into":{"description":"Field that receives the element; the list field itself is removed.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$","default":"item"},"index":{"description":"Optional field that receives the element's position (0-based).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"keep_empty":{"description":"Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.","type":"boolean","default":false}}},"x-hoisted-29":{"description":"Drops a record whose key was already seen in this run (the first one wins).","type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dot path(s) of the fields that identify a record."}}},"x-hoisted-30":{"type":"object","additionalProperties":false,"required":["when","set"],"properties":{"when":{"description":"A json-logic condition on the record.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"set":{"description":"Fields to set: constants; text may use `${record.field}`.","type":"object","minProperties":1,"additionalProperties":{"tsType":"unknown"}}}},"x-hoisted-31":{"description":"Sets fields from the first rule whose `when` holds, or from `default` when none does.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/x-hoisted-30"}},"default":{"description":"Fields to set when no rule matches.","type":"object","additionalProperties":{"tsType":"unknown"}}}},"x-hoisted-32":{"description":"Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.","type":"object","additionalProperties":false,"required":["schema"],"properties":{"schema":{"description":"The JSON Schema records must match.","type":"object","tsType":"Record<string, unknown>"}}},"x-hoisted-33":{"description":"The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.","type":"string","enum":["integer","number","text"]},"x-hoisted-34":{"description":"Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.","type":"object","additionalProperties":false,"required":["kind","path"],"properties":{"kind":{"description":"Crosswalk kind, e.g. `item`.","type":"string","minLength":1},"path":{"description":"Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.","type":"string","minLength":1},"missing":{"description":"When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.","type":"string","enum":["quarantine","skip","fail"],"default":"quarantine"},"as":{"$ref":"#/$defs/x-hoisted-33"}}},"x-hoisted-35":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"stream":{"description":"Name of another stream whose source (and transforms) give the records; its sink is not used.","type":"string"}},"description":"The right side: `source` (a source block) or `stream` (another stream)."},"x-hoisted-36":{"description":"Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).","type":"object","additionalProperties":false,"required":["from","on","fields"],"properties":{"from":{"$ref":"#/$defs/x-hoisted-35"},"on":{"description":"Join key: `left` path in this stream's record, `right` path in the other record.","type":"object","additionalProperties":false,"required":["left","right"],"properties":{"left":{"type":"string","minLength":1},"right":{"type":"string","minLength":1}}},"fields":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Fields to add, read from the matching right record (field specs; `default` applies on a miss)."},"max_in_memory":{"description":"Right-side records kept in memory before the lookup moves to disk.","type":"integer","minimum":1,"default":100000}}}},"properties":{"version":{"description":"Version of the pipeline language this file is written in.","type":"integer","enum":[1]},"name":{"description":"Name of the pipeline in logs and run history. Defaults to the file name without extension.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"description":{"description":"Free text about the pipeline, shown by `syncengine serve` (`GET /pipelines`).","type":"string"},"secrets":{"$ref":"#/$defs/x-hoisted-1"},"vars":{"$ref":"#/$defs/x-hoisted-2"},"stream_concurrency":{"description":"How many streams of a run may run at the same time. A stream still starts only after every stream in its `after` list finished, and streams start in the file's order; each stream's requests share its connection's `rate_limit`.","type":"integer","minimum":1,"maximum":16,"default":1},"defaults":{"description":"Settings applied to every stream unless the stream sets its own.","type":"object","additionalProperties":false,"properties":{"batch_size":{"description":"Records per batch handed to the sink; the cursor is checkpointed per committed batch.","type":"integer","minimum":1,"maximum":100000,"default":500},"read_ahead":{"description":"Pages a source may fetch ahead of the page being transformed. Reading, transforming and writing always overlap; a source whose next address does not depend on the last response (page and offset paging) has up to this many requests in flight, within its rate limit, while one whose next request needs the last response (cursor, next link) fetches one page ahead. Memory holds at most this many pages plus two, and three batches, per stream being read.","type":"integer","minimum":1,"maximum":64,"default":4}},"default":{}},"schedule":{"$ref":"#/$defs/x-hoisted-3"},"webhooks":{"$ref":"#/$defs/x-hoisted-6"},"after_run":{"$ref":"#/$defs/x-hoisted-7"},"tenants":{"$ref":"#/$defs/x-hoisted-9"},"discover":{"description":"Requests made once at the start of a run whose result the streams use as `${discover.<name>}`, e.g. a lookup of the warehouse id of a checkout.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-10"}},"connections":{"description":"Reusable connections (an API with its auth, a database), keyed by name. `type` picks the connector; the other keys are that connector's options.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","required":["type"],"properties":{"type":{"description":"The connector, e.g. `http`, `sqlite`, `stdout`.","type":"string"}},"additionalProperties":true},"default":{}},"templates":{"$ref":"#/$defs/x-hoisted-11"},"streams":{"description":"The streams of the pipeline, keyed by name. Each reads from one source and writes to one sink.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-24"}}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*$", "u");
const schema7 = {"description":"Secrets read from a provider when the pipeline loads, used as `${secrets.name}` and masked everywhere: an environment variable, a file, or the output of a command (e.g. `gcloud secrets versions access latest --secret=x`).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-0"}};
const schema8 = {"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"env":{"description":"Name of an environment variable.","type":"string","minLength":1},"file":{"description":"A file whose content (trimmed) is the secret; relative to the pipeline file.","type":"string","minLength":1},"command":{"description":"A shell command whose output (trimmed) is the secret.","type":"string","minLength":1}}};
const func3 = ucs2length;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "env") || (key0 === "file")) || (key0 === "command"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.env !== undefined){
let data0 = data.env;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.env.type,parentSchema:schema8.properties.env,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["env"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema8.properties.env,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.file !== undefined){
let data1 = data.file;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.file.type,parentSchema:schema8.properties.file,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["file"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema8.properties.file,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.command !== undefined){
let data2 = data.command;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err7 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.command.type,parentSchema:schema8.properties.command,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["command"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema8.properties.command,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern0.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema7.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema7.propertyNames,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
if(!(validate23.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema9 = {"description":"Named values referenced as `${vars.name}`. May reference `${env.NAME}`; overridden by `--var name=value`.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":["string","number","boolean","null","object","array"],"tsType":"unknown"}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern0.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema9.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema9.propertyNames,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if((((typeof data0 != "object") && (typeof data0 !== "string")) && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else if(dataType0 == "boolean" || data0 === null
              || (dataType0 == "string" && data0 && data0 == +data0)){
coerced0 = +data0;
}
else if(data0 === "false" || data0 === 0 || data0 === null){
coerced0 = false;
}
else if(data0 === "true" || data0 === 1){
coerced0 = true;
}
else if(data0 === "" || data0 === 0 || data0 === false){
coerced0 = null;
}
else {
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema9.additionalProperties.type},message:"must be string,number,boolean,null,object,array",schema:schema9.additionalProperties.type,parentSchema:schema9.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data[key1] = coerced0;
}
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema10 = {"description":"When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.","type":"object","additionalProperties":false,"properties":{"every":{"description":"An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},"cron":{"description":"A cron expression (5 or 6 fields), e.g. `0 */6 * * *`.","type":"string","minLength":9},"timezone":{"description":"IANA time zone of the cron expression.","type":"string","default":"UTC"}}};
const pattern3 = new RegExp("^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timezone === undefined){
data.timezone = "UTC";
}
for(const key0 in data){
if(!(((key0 === "every") || (key0 === "cron")) || (key0 === "timezone"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.every !== undefined){
let data0 = data.every;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/every",schemaPath:"#/properties/every/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.every.type,parentSchema:schema10.properties.every,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["every"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err2 = {instancePath:instancePath+"/every",schemaPath:"#/properties/every/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$",parentSchema:schema10.properties.every,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.cron !== undefined){
let data1 = data.cron;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err3 = {instancePath:instancePath+"/cron",schemaPath:"#/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.cron.type,parentSchema:schema10.properties.cron,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["cron"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 9){
const err4 = {instancePath:instancePath+"/cron",schemaPath:"#/properties/cron/minLength",keyword:"minLength",params:{limit: 9},message:"must NOT have fewer than 9 characters",schema:9,parentSchema:schema10.properties.cron,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
let data2 = data.timezone;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err5 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.timezone.type,parentSchema:schema10.properties.timezone,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["timezone"] = coerced2;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema11 = {"description":"Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-5"}};
const schema12 = {"type":"object","additionalProperties":false,"required":["stream","ids"],"properties":{"stream":{"description":"The stream to run by ids (it must declare `strategies.ids`).","type":"string"},"ids":{"description":"Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.","type":"string","minLength":1},"when":{"description":"Accept only payloads for which this json-logic expression is truthy; others get 202 and no run.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"tenant":{"description":"Dot path of the tenant id in the payload, for multi-tenant pipelines.","type":"string"},"secret":{"description":"A shared secret the sender puts in `secret_header`.","type":"string","x-secret":true},"secret_header":{"description":"Header that carries the shared secret.","type":"string","default":"X-Webhook-Secret"},"hmac":{"$ref":"#/$defs/x-hoisted-4"}}};
const schema13 = {"description":"An HMAC signature of the raw body instead of a shared secret.","type":"object","additionalProperties":false,"required":["secret","header"],"properties":{"secret":{"type":"string","x-secret":true,"description":"The signing key."},"header":{"type":"string","description":"Header that carries the signature, e.g. `X-Signature`."},"algorithm":{"type":"string","enum":["sha1","sha256","sha512"],"default":"sha256"},"encoding":{"type":"string","enum":["hex","base64"],"default":"hex"},"prefix":{"type":"string","description":"Text before the signature in the header, e.g. `sha256=`.","default":""},"timestamp_header":{"type":"string","description":"Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409)."},"signed":{"type":"string","description":"What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`."},"tolerance_s":{"type":"integer","minimum":1,"default":300,"description":"With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered."}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.algorithm === undefined){
data.algorithm = "sha256";
}
if(data.encoding === undefined){
data.encoding = "hex";
}
if(data.prefix === undefined){
data.prefix = "";
}
if(data.tolerance_s === undefined){
data.tolerance_s = 300;
}
if(data.secret === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.header === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "header"},message:"must have required property '"+"header"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "secret") || (key0 === "header")) || (key0 === "algorithm")) || (key0 === "encoding")) || (key0 === "prefix")) || (key0 === "timestamp_header")) || (key0 === "signed")) || (key0 === "tolerance_s"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.secret !== undefined){
let data0 = data.secret;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.secret.type,parentSchema:schema13.properties.secret,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["secret"] = coerced0;
}
}
}
this.secrets.push(instancePath + "/secret");
}
if(data.header !== undefined){
let data1 = data.header;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.header.type,parentSchema:schema13.properties.header,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["header"] = coerced1;
}
}
}
}
let data2 = data.algorithm;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err5 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.algorithm.type,parentSchema:schema13.properties.algorithm,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["algorithm"] = coerced2;
}
}
}
if(!(((data2 === "sha1") || (data2 === "sha256")) || (data2 === "sha512"))){
const err6 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema13.properties.algorithm.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.algorithm.enum,parentSchema:schema13.properties.algorithm,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
let data3 = data.encoding;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err7 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.encoding.type,parentSchema:schema13.properties.encoding,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["encoding"] = coerced3;
}
}
}
if(!((data3 === "hex") || (data3 === "base64"))){
const err8 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema13.properties.encoding.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.encoding.enum,parentSchema:schema13.properties.encoding,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let data4 = data.prefix;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err9 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.prefix.type,parentSchema:schema13.properties.prefix,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["prefix"] = coerced4;
}
}
}
if(data.timestamp_header !== undefined){
let data5 = data.timestamp_header;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
const err10 = {instancePath:instancePath+"/timestamp_header",schemaPath:"#/properties/timestamp_header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.timestamp_header.type,parentSchema:schema13.properties.timestamp_header,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["timestamp_header"] = coerced5;
}
}
}
}
if(data.signed !== undefined){
let data6 = data.signed;
if(typeof data6 !== "string"){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data6;
}
else if(data6 === null){
coerced6 = "";
}
else {
const err11 = {instancePath:instancePath+"/signed",schemaPath:"#/properties/signed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.signed.type,parentSchema:schema13.properties.signed,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["signed"] = coerced6;
}
}
}
}
let data7 = data.tolerance_s;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 === "boolean" || data7 === null
              || (dataType7 === "string" && data7 && data7 == +data7 && !(data7 % 1))){
coerced7 = +data7;
}
else {
const err12 = {instancePath:instancePath+"/tolerance_s",schemaPath:"#/properties/tolerance_s/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.tolerance_s.type,parentSchema:schema13.properties.tolerance_s,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["tolerance_s"] = coerced7;
}
}
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/tolerance_s",schemaPath:"#/properties/tolerance_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties.tolerance_s,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.secret_header === undefined){
data.secret_header = "X-Webhook-Secret";
}
if(data.stream === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stream"},message:"must have required property '"+"stream"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ids === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ids"},message:"must have required property '"+"ids"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "stream") || (key0 === "ids")) || (key0 === "when")) || (key0 === "tenant")) || (key0 === "secret")) || (key0 === "secret_header")) || (key0 === "hmac"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.stream !== undefined){
let data0 = data.stream;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.stream.type,parentSchema:schema12.properties.stream,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["stream"] = coerced0;
}
}
}
}
if(data.ids !== undefined){
let data1 = data.ids;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.ids.type,parentSchema:schema12.properties.ids,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["ids"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.ids,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.when !== undefined){
let data2 = data.when;
if((((typeof data2 != "object") && (typeof data2 !== "string")) && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else if(dataType2 == "boolean" || data2 === null
              || (dataType2 == "string" && data2 && data2 == +data2)){
coerced2 = +data2;
}
else if(data2 === "false" || data2 === 0 || data2 === null){
coerced2 = false;
}
else if(data2 === "true" || data2 === 1){
coerced2 = true;
}
else if(data2 === "" || data2 === 0 || data2 === false){
coerced2 = null;
}
else {
const err6 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: schema12.properties.when.type},message:"must be object,array,string,number,boolean,null",schema:schema12.properties.when.type,parentSchema:schema12.properties.when,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["when"] = coerced2;
}
}
}
}
if(data.tenant !== undefined){
let data3 = data.tenant;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err7 = {instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.tenant.type,parentSchema:schema12.properties.tenant,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["tenant"] = coerced3;
}
}
}
}
if(data.secret !== undefined){
let data4 = data.secret;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err8 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.secret.type,parentSchema:schema12.properties.secret,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["secret"] = coerced4;
}
}
}
this.secrets.push(instancePath + "/secret");
}
let data5 = data.secret_header;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
const err9 = {instancePath:instancePath+"/secret_header",schemaPath:"#/properties/secret_header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.secret_header.type,parentSchema:schema12.properties.secret_header,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["secret_header"] = coerced5;
}
}
}
if(data.hmac !== undefined){
if(!(validate32.call(this, data.hmac, {instancePath:instancePath+"/hmac",parentData:data,parentDataProperty:"hmac",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern0.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema11.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema11.propertyNames,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
if(!(validate31.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema14 = {"description":"Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.run_id}` become bound parameters.","type":"object","additionalProperties":false,"required":["connection"],"properties":{"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"success":{"description":"Statement after a successful run.","type":"string","minLength":1},"failure":{"description":"Statement after a failed or aborted run.","type":"string","minLength":1}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connection === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "connection") || (key0 === "success")) || (key0 === "failure"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.connection !== undefined){
let data0 = data.connection;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.connection.type,parentSchema:schema14.properties.connection,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["connection"] = coerced0;
}
}
}
}
if(data.success !== undefined){
let data1 = data.success;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err3 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.success.type,parentSchema:schema14.properties.success,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["success"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.success,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.failure !== undefined){
let data2 = data.failure;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err5 = {instancePath:instancePath+"/failure",schemaPath:"#/properties/failure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.failure.type,parentSchema:schema14.properties.failure,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["failure"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/failure",schemaPath:"#/properties/failure/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.failure,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema15 = {"description":"Runs the whole pipeline once per tenant (e.g. per client account). Each tenant's fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.","type":"object","additionalProperties":false,"properties":{"source":{"description":"Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"list":{"description":"The tenants, inline.","type":"array","items":{"type":"object"},"tsType":"Record<string, unknown>[]"},"file":{"description":"A JSON or YAML file with a list of tenants, relative to the pipeline file.","type":"string","minLength":1},"id":{"description":"Dot path of the tenant id in each tenant record.","type":"string","minLength":1,"default":"id"},"where":{"description":"Run only the tenants for which this json-logic expression is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"concurrency":{"description":"How many tenants run at the same time.","type":"integer","minimum":1,"maximum":64,"default":1},"frequency_hours":{"description":"Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.","type":"string","minLength":1},"write_back":{"$ref":"#/$defs/x-hoisted-8"}}};
const schema16 = {"description":"Statements run on a connection after each tenant's run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.","type":"object","additionalProperties":false,"required":["connection"],"properties":{"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"success":{"description":"Statement after a successful run.","type":"string","minLength":1},"failure":{"description":"Statement after a failed run.","type":"string","minLength":1}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connection === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "connection") || (key0 === "success")) || (key0 === "failure"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.connection !== undefined){
let data0 = data.connection;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.connection.type,parentSchema:schema16.properties.connection,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["connection"] = coerced0;
}
}
}
}
if(data.success !== undefined){
let data1 = data.success;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err3 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.success.type,parentSchema:schema16.properties.success,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["success"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.success,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.failure !== undefined){
let data2 = data.failure;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err5 = {instancePath:instancePath+"/failure",schemaPath:"#/properties/failure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.failure.type,parentSchema:schema16.properties.failure,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["failure"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/failure",schemaPath:"#/properties/failure/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.failure,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
data.id = "id";
}
if(data.concurrency === undefined){
data.concurrency = 1;
}
for(const key0 in data){
if(!((((((((key0 === "source") || (key0 === "list")) || (key0 === "file")) || (key0 === "id")) || (key0 === "where")) || (key0 === "concurrency")) || (key0 === "frequency_hours")) || (key0 === "write_back"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.connection === undefined){
const err1 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema15.properties.source.required,parentSchema:schema15.properties.source,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.connection !== undefined){
let data1 = data0.connection;
if(typeof data1 !== "string"){
let dataType0 = typeof data1;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data1;
}
else if(data1 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/source/connection",schemaPath:"#/properties/source/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.source.properties.connection.type,parentSchema:schema15.properties.source.properties.connection,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data1 = coerced0;
if(data0 !== undefined){
data0["connection"] = coerced0;
}
}
}
}
}
else {
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.source.type,parentSchema:schema15.properties.source,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.list !== undefined){
let data2 = data.list;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err4 = {instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.list.items.type,parentSchema:schema15.properties.list.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/list",schemaPath:"#/properties/list/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.list.type,parentSchema:schema15.properties.list,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.file !== undefined){
let data4 = data.file;
if(typeof data4 !== "string"){
let dataType1 = typeof data4;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data4;
}
else if(data4 === null){
coerced1 = "";
}
else {
const err6 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.file.type,parentSchema:schema15.properties.file,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced1 !== undefined){
data4 = coerced1;
if(data !== undefined){
data["file"] = coerced1;
}
}
}
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err7 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.file,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
let data5 = data.id;
if(typeof data5 !== "string"){
let dataType2 = typeof data5;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data5;
}
else if(data5 === null){
coerced2 = "";
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.id.type,parentSchema:schema15.properties.id,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced2 !== undefined){
data5 = coerced2;
if(data !== undefined){
data["id"] = coerced2;
}
}
}
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.id,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.where !== undefined){
let data6 = data.where;
if((((typeof data6 != "object") && (typeof data6 !== "string")) && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){
let dataType3 = typeof data6;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data6;
}
else if(data6 === null){
coerced3 = "";
}
else if(dataType3 == "boolean" || data6 === null
              || (dataType3 == "string" && data6 && data6 == +data6)){
coerced3 = +data6;
}
else if(data6 === "false" || data6 === 0 || data6 === null){
coerced3 = false;
}
else if(data6 === "true" || data6 === 1){
coerced3 = true;
}
else if(data6 === "" || data6 === 0 || data6 === false){
coerced3 = null;
}
else {
const err10 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/type",keyword:"type",params:{type: schema15.properties.where.type},message:"must be object,array,string,number,boolean,null",schema:schema15.properties.where.type,parentSchema:schema15.properties.where,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced3 !== undefined){
data6 = coerced3;
if(data !== undefined){
data["where"] = coerced3;
}
}
}
}
let data7 = data.concurrency;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
let dataType4 = typeof data7;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 === "boolean" || data7 === null
              || (dataType4 === "string" && data7 && data7 == +data7 && !(data7 % 1))){
coerced4 = +data7;
}
else {
const err11 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.properties.concurrency.type,parentSchema:schema15.properties.concurrency,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced4 !== undefined){
data7 = coerced4;
if(data !== undefined){
data["concurrency"] = coerced4;
}
}
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 64 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema15.properties.concurrency,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema15.properties.concurrency,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.frequency_hours !== undefined){
let data8 = data.frequency_hours;
if(typeof data8 !== "string"){
let dataType5 = typeof data8;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data8;
}
else if(data8 === null){
coerced5 = "";
}
else {
const err14 = {instancePath:instancePath+"/frequency_hours",schemaPath:"#/properties/frequency_hours/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.frequency_hours.type,parentSchema:schema15.properties.frequency_hours,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced5 !== undefined){
data8 = coerced5;
if(data !== undefined){
data["frequency_hours"] = coerced5;
}
}
}
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err15 = {instancePath:instancePath+"/frequency_hours",schemaPath:"#/properties/frequency_hours/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.frequency_hours,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.write_back !== undefined){
if(!(validate39.call(this, data.write_back, {instancePath:instancePath+"/write_back",parentData:data,parentDataProperty:"write_back",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"pick":{"description":"`first`: the first record (an error when there is none); `all`: the list of every record.","type":"string","enum":["first","all"],"default":"first"}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pick === undefined){
data.pick = "first";
}
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "source") || (key0 === "pick"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.connection === undefined){
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema17.properties.source.required,parentSchema:schema17.properties.source,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.connection !== undefined){
let data1 = data0.connection;
if(typeof data1 !== "string"){
let dataType0 = typeof data1;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data1;
}
else if(data1 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/source/connection",schemaPath:"#/properties/source/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.source.properties.connection.type,parentSchema:schema17.properties.source.properties.connection,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data1 = coerced0;
if(data0 !== undefined){
data0["connection"] = coerced0;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.properties.source.type,parentSchema:schema17.properties.source,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let data2 = data.pick;
if(typeof data2 !== "string"){
let dataType1 = typeof data2;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data2;
}
else if(data2 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/pick",schemaPath:"#/properties/pick/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.pick.type,parentSchema:schema17.properties.pick,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data2 = coerced1;
if(data !== undefined){
data["pick"] = coerced1;
}
}
}
if(!((data2 === "first") || (data2 === "all"))){
const err6 = {instancePath:instancePath+"/pick",schemaPath:"#/properties/pick/enum",keyword:"enum",params:{allowedValues: schema17.properties.pick.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.pick.enum,parentSchema:schema17.properties.pick,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema18 = {"description":"Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","tsType":"Record<string, unknown>"}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern0.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema18.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema18.propertyNames,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.additionalProperties.type,parentSchema:schema18.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","additionalProperties":false,"required":["source","sink"],"properties":{"extends":{"description":"Name of a template under `templates` this stream is built from; its own keys override the template's.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"params":{"description":"Values for the template's `${params.name}` references (`${params.stream}` is the stream's name).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"tsType":"unknown"}},"description":{"type":"string","description":"Free text."},"source":{"$ref":"#/$defs/x-hoisted-12"},"incremental":{"$ref":"#/$defs/x-hoisted-13"},"partitions":{"$ref":"#/$defs/x-hoisted-15"},"transforms":{"description":"Steps applied to each record in order, between the source and the sink.","type":"array","items":{"$ref":"#/$defs/transformStep"},"default":[]},"sink":{"description":"Where records go: `connection` names a connection; the other keys are the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"primary_key":{"description":"Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.","type":"array","items":{"type":"string","minLength":1},"minItems":1},"cache":{"$ref":"#/$defs/x-hoisted-16"},"also":{"$ref":"#/$defs/x-hoisted-18"},"strategies":{"$ref":"#/$defs/x-hoisted-22"},"after":{"description":"Streams that must finish before this one starts (e.g. items before purchase orders).","type":"array","items":{"type":"string"},"uniqueItems":true},"quarantine":{"$ref":"#/$defs/x-hoisted-23"},"batch_size":{"description":"Records per batch for this stream. Defaults to `defaults.batch_size`.","type":"integer","minimum":1,"maximum":100000},"read_ahead":{"description":"Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.","type":"integer","minimum":1,"maximum":64}}};
const schema20 = {"description":"Where records come from: `connection` names a connection; the other keys are the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connection === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.connection !== undefined){
let data0 = data.connection;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.connection.type,parentSchema:schema20.properties.connection,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["connection"] = coerced0;
}
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

const schema21 = {"description":"Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.","type":"object","additionalProperties":false,"required":["cursor_field"],"properties":{"cursor_field":{"description":"Dot path of the field in the source record that grows with every change, e.g. `updated_at`.","type":"string","minLength":1},"initial":{"description":"Cursor value for the first run, when no cursor is stored yet.","type":["string","number"]},"ordered":{"description":"The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.","type":"boolean","default":false}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ordered === undefined){
data.ordered = false;
}
if(data.cursor_field === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cursor_field"},message:"must have required property '"+"cursor_field"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "cursor_field") || (key0 === "initial")) || (key0 === "ordered"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.cursor_field !== undefined){
let data0 = data.cursor_field;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/cursor_field",schemaPath:"#/properties/cursor_field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.cursor_field.type,parentSchema:schema21.properties.cursor_field,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["cursor_field"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/cursor_field",schemaPath:"#/properties/cursor_field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.cursor_field,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.initial !== undefined){
let data1 = data.initial;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else if(dataType1 == "boolean" || data1 === null
              || (dataType1 == "string" && data1 && data1 == +data1)){
coerced1 = +data1;
}
else {
const err4 = {instancePath:instancePath+"/initial",schemaPath:"#/properties/initial/type",keyword:"type",params:{type: schema21.properties.initial.type},message:"must be string,number",schema:schema21.properties.initial.type,parentSchema:schema21.properties.initial,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["initial"] = coerced1;
}
}
}
}
let data2 = data.ordered;
if(typeof data2 !== "boolean"){
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(data2 === "false" || data2 === 0 || data2 === null){
coerced2 = false;
}
else if(data2 === "true" || data2 === 1){
coerced2 = true;
}
else {
const err5 = {instancePath:instancePath+"/ordered",schemaPath:"#/properties/ordered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.ordered.type,parentSchema:schema21.properties.ordered,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["ordered"] = coerced2;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}

const schema22 = {"description":"Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.","type":"object","additionalProperties":false,"properties":{"values":{"description":"A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).","type":["array","string"],"tsType":"unknown[] | string"},"from":{"$ref":"#/$defs/x-hoisted-14"},"key":{"description":"Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).","type":"string","minLength":1,"default":"id"},"concurrency":{"description":"How many partitions are read at the same time. Their batches are written one at a time, each partition's in order, each with its own cursor.","type":"integer","minimum":1,"maximum":64,"default":1}}};
const schema23 = {"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"stream":{"description":"Name of another stream whose source (and transforms) give the records; its sink is not used.","type":"string"}},"description":"Parent records: `source` (a source block, like a stream's) or `stream` (another stream's source and transforms; its sink is not used)."};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "source") || (key0 === "stream"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.connection === undefined){
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema23.properties.source.required,parentSchema:schema23.properties.source,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.connection !== undefined){
let data1 = data0.connection;
if(typeof data1 !== "string"){
let dataType0 = typeof data1;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data1;
}
else if(data1 === null){
coerced0 = "";
}
else {
const err4 = {instancePath:instancePath+"/source/connection",schemaPath:"#/properties/source/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.source.properties.connection.type,parentSchema:schema23.properties.source.properties.connection,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced0 !== undefined){
data1 = coerced0;
if(data0 !== undefined){
data0["connection"] = coerced0;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.source.type,parentSchema:schema23.properties.source,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.stream !== undefined){
let data2 = data.stream;
if(typeof data2 !== "string"){
let dataType1 = typeof data2;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data2;
}
else if(data2 === null){
coerced1 = "";
}
else {
const err6 = {instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.stream.type,parentSchema:schema23.properties.stream,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced1 !== undefined){
data2 = coerced1;
if(data !== undefined){
data["stream"] = coerced1;
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
data.key = "id";
}
if(data.concurrency === undefined){
data.concurrency = 1;
}
for(const key0 in data){
if(!((((key0 === "values") || (key0 === "from")) || (key0 === "key")) || (key0 === "concurrency"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.values !== undefined){
let data0 = data.values;
if((!(Array.isArray(data0))) && (typeof data0 !== "string")){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: schema22.properties.values.type},message:"must be array,string",schema:schema22.properties.values.type,parentSchema:schema22.properties.values,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["values"] = coerced0;
}
}
}
}
if(data.from !== undefined){
if(!(validate52.call(this, data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
let data2 = data.key;
if(typeof data2 !== "string"){
let dataType1 = typeof data2;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data2;
}
else if(data2 === null){
coerced1 = "";
}
else {
const err2 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.key.type,parentSchema:schema22.properties.key,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced1 !== undefined){
data2 = coerced1;
if(data !== undefined){
data["key"] = coerced1;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.key,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data3 = data.concurrency;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
let dataType2 = typeof data3;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 === "boolean" || data3 === null
              || (dataType2 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced2 = +data3;
}
else {
const err4 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.concurrency.type,parentSchema:schema22.properties.concurrency,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced2 !== undefined){
data3 = coerced2;
if(data !== undefined){
data["concurrency"] = coerced2;
}
}
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 64 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema22.properties.concurrency,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.concurrency,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}

const schema24 = {"title":"TransformStep","description":"One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"map":{"$ref":"#/$defs/x-hoisted-25"},"set":{"$ref":"#/$defs/x-hoisted-26"},"keep":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Keeps only these top-level fields."},"drop":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Removes these top-level fields."},"pack":{"$ref":"#/$defs/x-hoisted-27"},"flatten":{"$ref":"#/$defs/x-hoisted-28"},"filter":{"description":"Keeps only the records for which this json-logic expression is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"dedupe":{"$ref":"#/$defs/x-hoisted-29"},"classify":{"$ref":"#/$defs/x-hoisted-31"},"validate":{"$ref":"#/$defs/x-hoisted-32"},"translate":{"$ref":"#/$defs/x-hoisted-34"},"join":{"$ref":"#/$defs/x-hoisted-36"}}};
const schema25 = {"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped."};
const pattern11 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$", "u");
const schema26 = {"title":"FieldSpec","description":"Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.","anyOf":[{"type":"string","minLength":1,"description":"A dot path into the source record."},{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":2,"properties":{"path":{"type":"string","minLength":1,"description":"A dot path into the source record."},"value":{"description":"A constant value.","tsType":"unknown"},"template":{"type":"string","description":"A string with `${record.field}` references to the source record (and any runtime scope)."},"expr":{"description":"A json-logic expression, e.g. `{\">\": [{\"var\": \"total\"}, 0]}`. See docs/expressions.md.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"object":{"description":"Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"}},"list":{"description":"Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/fieldSpec"}},"each":{"description":"Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Dot path of the list."},"fields":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Field specs read from each element; a target may be a dot path (`vendor.id`)."},"key":{"$ref":"#/$defs/fieldSpec"},"value":{"$ref":"#/$defs/fieldSpec"}}},"default":{"description":"Used when the path or expression yields null or nothing.","tsType":"unknown"}}}]};
const wrapper0 = {validate: validate57};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
let dataType0 = typeof data;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data;
}
else if(data === null){
coerced0 = "";
}
else {
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.anyOf[0].type,parentSchema:schema26.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data = coerced0;
if(parentData !== undefined){
parentData[parentDataProperty] = coerced0;
}
}
}
if(typeof data === "string"){
if(func3(data) < 1){
const err1 = {instancePath,schemaPath:"#/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 2){
const err2 = {instancePath,schemaPath:"#/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 2},message:"must NOT have more than 2 properties",schema:2,parentSchema:schema26.anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Object.keys(data).length < 1){
const err3 = {instancePath,schemaPath:"#/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema26.anyOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "path") || (key0 === "value")) || (key0 === "template")) || (key0 === "expr")) || (key0 === "object")) || (key0 === "list")) || (key0 === "each")) || (key0 === "default"))){
const err4 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26.anyOf[1],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 !== "string"){
let dataType1 = typeof data0;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data0;
}
else if(data0 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.anyOf[1].properties.path.type,parentSchema:schema26.anyOf[1].properties.path,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data0 = coerced1;
if(data !== undefined){
data["path"] = coerced1;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.anyOf[1].properties.path,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.template !== undefined){
let data2 = data.template;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err7 = {instancePath:instancePath+"/template",schemaPath:"#/anyOf/1/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.anyOf[1].properties.template.type,parentSchema:schema26.anyOf[1].properties.template,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["template"] = coerced2;
}
}
}
}
if(data.expr !== undefined){
let data3 = data.expr;
if((((typeof data3 != "object") && (typeof data3 !== "string")) && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else if(dataType3 == "boolean" || data3 === null
              || (dataType3 == "string" && data3 && data3 == +data3)){
coerced3 = +data3;
}
else if(data3 === "false" || data3 === 0 || data3 === null){
coerced3 = false;
}
else if(data3 === "true" || data3 === 1){
coerced3 = true;
}
else if(data3 === "" || data3 === 0 || data3 === false){
coerced3 = null;
}
else {
const err8 = {instancePath:instancePath+"/expr",schemaPath:"#/anyOf/1/properties/expr/type",keyword:"type",params:{type: schema26.anyOf[1].properties.expr.type},message:"must be object,array,string,number,boolean,null",schema:schema26.anyOf[1].properties.expr.type,parentSchema:schema26.anyOf[1].properties.expr,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["expr"] = coerced3;
}
}
}
}
if(data.object !== undefined){
let data4 = data.object;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err9 = {instancePath:instancePath+"/object",schemaPath:"#/anyOf/1/properties/object/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema26.anyOf[1].properties.object,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
const _errs17 = errors;
if(typeof key1 === "string"){
if(!pattern11.test(key1)){
const err10 = {instancePath:instancePath+"/object",schemaPath:"#/anyOf/1/properties/object/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$",parentSchema:schema26.anyOf[1].properties.object.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid2 = _errs17 === errors;
if(!valid2){
const err11 = {instancePath:instancePath+"/object",schemaPath:"#/anyOf/1/properties/object/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema26.anyOf[1].properties.object.propertyNames,parentSchema:schema26.anyOf[1].properties.object,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data4){
if(!(wrapper0.validate.call(this, data4[key2], {instancePath:instancePath+"/object/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/object",schemaPath:"#/anyOf/1/properties/object/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.anyOf[1].properties.object.type,parentSchema:schema26.anyOf[1].properties.object,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.list !== undefined){
let data6 = data.list;
if(Array.isArray(data6)){
if(data6.length < 1){
const err13 = {instancePath:instancePath+"/list",schemaPath:"#/anyOf/1/properties/list/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema26.anyOf[1].properties.list,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate.call(this, data6[i0], {instancePath:instancePath+"/list/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/list",schemaPath:"#/anyOf/1/properties/list/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.anyOf[1].properties.list.type,parentSchema:schema26.anyOf[1].properties.list,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.each !== undefined){
let data8 = data.each;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.path === undefined){
const err15 = {instancePath:instancePath+"/each",schemaPath:"#/anyOf/1/properties/each/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema26.anyOf[1].properties.each.required,parentSchema:schema26.anyOf[1].properties.each,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data8){
if(!((((key3 === "path") || (key3 === "fields")) || (key3 === "key")) || (key3 === "value"))){
const err16 = {instancePath:instancePath+"/each",schemaPath:"#/anyOf/1/properties/each/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema26.anyOf[1].properties.each,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.path !== undefined){
let data9 = data8.path;
if(typeof data9 !== "string"){
let dataType4 = typeof data9;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data9;
}
else if(data9 === null){
coerced4 = "";
}
else {
const err17 = {instancePath:instancePath+"/each/path",schemaPath:"#/anyOf/1/properties/each/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.anyOf[1].properties.each.properties.path.type,parentSchema:schema26.anyOf[1].properties.each.properties.path,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(coerced4 !== undefined){
data9 = coerced4;
if(data8 !== undefined){
data8["path"] = coerced4;
}
}
}
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err18 = {instancePath:instancePath+"/each/path",schemaPath:"#/anyOf/1/properties/each/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.anyOf[1].properties.each.properties.path,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data8.fields !== undefined){
let data10 = data8.fields;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length < 1){
const err19 = {instancePath:instancePath+"/each/fields",schemaPath:"#/anyOf/1/properties/each/properties/fields/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema26.anyOf[1].properties.each.properties.fields,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key4 in data10){
const _errs30 = errors;
if(typeof key4 === "string"){
if(!pattern11.test(key4)){
const err20 = {instancePath:instancePath+"/each/fields",schemaPath:"#/anyOf/1/properties/each/properties/fields/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$",parentSchema:schema26.anyOf[1].properties.each.properties.fields.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var valid7 = _errs30 === errors;
if(!valid7){
const err21 = {instancePath:instancePath+"/each/fields",schemaPath:"#/anyOf/1/properties/each/properties/fields/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema26.anyOf[1].properties.each.properties.fields.propertyNames,parentSchema:schema26.anyOf[1].properties.each.properties.fields,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key5 in data10){
if(!(wrapper0.validate.call(this, data10[key5], {instancePath:instancePath+"/each/fields/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key5,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/each/fields",schemaPath:"#/anyOf/1/properties/each/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.anyOf[1].properties.each.properties.fields.type,parentSchema:schema26.anyOf[1].properties.each.properties.fields,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.key !== undefined){
if(!(wrapper0.validate.call(this, data8.key, {instancePath:instancePath+"/each/key",parentData:data8,parentDataProperty:"key",rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
if(data8.value !== undefined){
if(!(wrapper0.validate.call(this, data8.value, {instancePath:instancePath+"/each/value",parentData:data8,parentDataProperty:"value",rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/each",schemaPath:"#/anyOf/1/properties/each/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.anyOf[1].properties.each.type,parentSchema:schema26.anyOf[1].properties.each,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.anyOf[1].type,parentSchema:schema26.anyOf[1],data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err25 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema26.anyOf,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate57.errors = vErrors;
return errors === 0;
}


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern11.test(key0)){
const err1 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$",parentSchema:schema25.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema25.propertyNames,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data){
if(!(validate57.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created)."};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern11.test(key0)){
const err1 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$",parentSchema:schema27.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema27.propertyNames,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data){
if(!(validate57.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}

const schema28 = {"description":"Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).","type":"object","additionalProperties":false,"required":["into"],"properties":{"into":{"description":"Name of the field that receives the packed fields.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"keep":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Fields that stay at the top level."}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.into === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "into"},message:"must have required property '"+"into"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "into") || (key0 === "keep"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.into !== undefined){
let data0 = data.into;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/into",schemaPath:"#/properties/into/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.into.type,parentSchema:schema28.properties.into,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["into"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/into",schemaPath:"#/properties/into/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema28.properties.into,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.keep !== undefined){
let data1 = data.keep;
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema28.properties.keep,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
let dataType1 = typeof data2;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data2;
}
else if(data2 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/keep/" + i0,schemaPath:"#/properties/keep/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.keep.items.type,parentSchema:schema28.properties.keep.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data2 = coerced1;
if(data1 !== undefined){
data1[i0] = coerced1;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/keep/" + i0,schemaPath:"#/properties/keep/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.keep.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.keep.type,parentSchema:schema28.properties.keep,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}

const schema29 = {"description":"Turns one record into one record per element of the list at `path` (e.g. one per order line).","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"Dot path of the list.","type":"string","minLength":1},"into":{"description":"Field that receives the element; the list field itself is removed.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$","default":"item"},"index":{"description":"Optional field that receives the element's position (0-based).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"keep_empty":{"description":"Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.","type":"boolean","default":false}}};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.into === undefined){
data.into = "item";
}
if(data.keep_empty === undefined){
data.keep_empty = false;
}
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "path") || (key0 === "into")) || (key0 === "index")) || (key0 === "keep_empty"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.path.type,parentSchema:schema29.properties.path,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["path"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.path,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
let data1 = data.into;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/into",schemaPath:"#/properties/into/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.into.type,parentSchema:schema29.properties.into,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["into"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/into",schemaPath:"#/properties/into/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema29.properties.into,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.index !== undefined){
let data2 = data.index;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err6 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.index.type,parentSchema:schema29.properties.index,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["index"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err7 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema29.properties.index,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
let data3 = data.keep_empty;
if(typeof data3 !== "boolean"){
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(data3 === "false" || data3 === 0 || data3 === null){
coerced3 = false;
}
else if(data3 === "true" || data3 === 1){
coerced3 = true;
}
else {
const err8 = {instancePath:instancePath+"/keep_empty",schemaPath:"#/properties/keep_empty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.keep_empty.type,parentSchema:schema29.properties.keep_empty,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["keep_empty"] = coerced3;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}

const schema30 = {"description":"Drops a record whose key was already seen in this run (the first one wins).","type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dot path(s) of the fields that identify a record."}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "key")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.key !== undefined){
let data0 = data.key;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30.properties.key,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
let dataType0 = typeof data1;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data1;
}
else if(data1 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/key/" + i0,schemaPath:"#/properties/key/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.key.items.type,parentSchema:schema30.properties.key.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data1 = coerced0;
if(data0 !== undefined){
data0[i0] = coerced0;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/key/" + i0,schemaPath:"#/properties/key/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.key.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.key.type,parentSchema:schema30.properties.key,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}

const schema31 = {"description":"Sets fields from the first rule whose `when` holds, or from `default` when none does.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/x-hoisted-30"}},"default":{"description":"Fields to set when no rule matches.","type":"object","additionalProperties":{"tsType":"unknown"}}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["when","set"],"properties":{"when":{"description":"A json-logic condition on the record.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"set":{"description":"Fields to set: constants; text may use `${record.field}`.","type":"object","minProperties":1,"additionalProperties":{"tsType":"unknown"}}}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.when === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.set === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "set"},message:"must have required property '"+"set"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "when") || (key0 === "set"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.when !== undefined){
let data0 = data.when;
if((((typeof data0 != "object") && (typeof data0 !== "string")) && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else if(dataType0 == "boolean" || data0 === null
              || (dataType0 == "string" && data0 && data0 == +data0)){
coerced0 = +data0;
}
else if(data0 === "false" || data0 === 0 || data0 === null){
coerced0 = false;
}
else if(data0 === "true" || data0 === 1){
coerced0 = true;
}
else if(data0 === "" || data0 === 0 || data0 === false){
coerced0 = null;
}
else {
const err3 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: schema32.properties.when.type},message:"must be object,array,string,number,boolean,null",schema:schema32.properties.when.type,parentSchema:schema32.properties.when,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["when"] = coerced0;
}
}
}
}
if(data.set !== undefined){
let data1 = data.set;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err4 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32.properties.set,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.set.type,parentSchema:schema32.properties.set,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rules === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "rules") || (key0 === "default"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.rules !== undefined){
let data0 = data.rules;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.rules,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate70.call(this, data0[i0], {instancePath:instancePath+"/rules/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.rules.type,parentSchema:schema31.properties.rules,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.default !== undefined){
let data2 = data.default;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
const err4 = {instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.default.type,parentSchema:schema31.properties.default,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}

const schema33 = {"description":"Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.","type":"object","additionalProperties":false,"required":["schema"],"properties":{"schema":{"description":"The JSON Schema records must match.","type":"object","tsType":"Record<string, unknown>"}}};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "schema")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.schema !== undefined){
let data0 = data.schema;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err2 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.schema.type,parentSchema:schema33.properties.schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}

const schema34 = {"description":"Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.","type":"object","additionalProperties":false,"required":["kind","path"],"properties":{"kind":{"description":"Crosswalk kind, e.g. `item`.","type":"string","minLength":1},"path":{"description":"Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.","type":"string","minLength":1},"missing":{"description":"When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.","type":"string","enum":["quarantine","skip","fail"],"default":"quarantine"},"as":{"$ref":"#/$defs/x-hoisted-33"}}};
const schema35 = {"description":"The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.","type":"string","enum":["integer","number","text"]};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
let dataType0 = typeof data;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data;
}
else if(data === null){
coerced0 = "";
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data = coerced0;
if(parentData !== undefined){
parentData[parentDataProperty] = coerced0;
}
}
}
if(!(((data === "integer") || (data === "number")) || (data === "text"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}


function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.missing === undefined){
data.missing = "quarantine";
}
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "kind") || (key0 === "path")) || (key0 === "missing")) || (key0 === "as"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.kind.type,parentSchema:schema34.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["kind"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.path.type,parentSchema:schema34.properties.path,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["path"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.path,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
let data2 = data.missing;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err7 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.missing.type,parentSchema:schema34.properties.missing,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["missing"] = coerced2;
}
}
}
if(!(((data2 === "quarantine") || (data2 === "skip")) || (data2 === "fail"))){
const err8 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/enum",keyword:"enum",params:{allowedValues: schema34.properties.missing.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.missing.enum,parentSchema:schema34.properties.missing,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.as !== undefined){
if(!(validate76.call(this, data.as, {instancePath:instancePath+"/as",parentData:data,parentDataProperty:"as",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}

const schema36 = {"description":"Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).","type":"object","additionalProperties":false,"required":["from","on","fields"],"properties":{"from":{"$ref":"#/$defs/x-hoisted-35"},"on":{"description":"Join key: `left` path in this stream's record, `right` path in the other record.","type":"object","additionalProperties":false,"required":["left","right"],"properties":{"left":{"type":"string","minLength":1},"right":{"type":"string","minLength":1}}},"fields":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Fields to add, read from the matching right record (field specs; `default` applies on a miss)."},"max_in_memory":{"description":"Right-side records kept in memory before the lookup moves to disk.","type":"integer","minimum":1,"default":100000}}};
const schema37 = {"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"stream":{"description":"Name of another stream whose source (and transforms) give the records; its sink is not used.","type":"string"}},"description":"The right side: `source` (a source block) or `stream` (another stream)."};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "source") || (key0 === "stream"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.connection === undefined){
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema37.properties.source.required,parentSchema:schema37.properties.source,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.connection !== undefined){
let data1 = data0.connection;
if(typeof data1 !== "string"){
let dataType0 = typeof data1;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data1;
}
else if(data1 === null){
coerced0 = "";
}
else {
const err4 = {instancePath:instancePath+"/source/connection",schemaPath:"#/properties/source/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.source.properties.connection.type,parentSchema:schema37.properties.source.properties.connection,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced0 !== undefined){
data1 = coerced0;
if(data0 !== undefined){
data0["connection"] = coerced0;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.source.type,parentSchema:schema37.properties.source,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.stream !== undefined){
let data2 = data.stream;
if(typeof data2 !== "string"){
let dataType1 = typeof data2;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data2;
}
else if(data2 === null){
coerced1 = "";
}
else {
const err6 = {instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.stream.type,parentSchema:schema37.properties.stream,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced1 !== undefined){
data2 = coerced1;
if(data !== undefined){
data["stream"] = coerced1;
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}


function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.max_in_memory === undefined){
data.max_in_memory = 100000;
}
if(data.from === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.on === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "on"},message:"must have required property '"+"on"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fields === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "from") || (key0 === "on")) || (key0 === "fields")) || (key0 === "max_in_memory"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.from !== undefined){
if(!(validate80.call(this, data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
if(data.on !== undefined){
let data1 = data.on;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.left === undefined){
const err4 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/required",keyword:"required",params:{missingProperty: "left"},message:"must have required property '"+"left"+"'",schema:schema36.properties.on.required,parentSchema:schema36.properties.on,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.right === undefined){
const err5 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/required",keyword:"required",params:{missingProperty: "right"},message:"must have required property '"+"right"+"'",schema:schema36.properties.on.required,parentSchema:schema36.properties.on,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "left") || (key1 === "right"))){
const err6 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.on,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.left !== undefined){
let data2 = data1.left;
if(typeof data2 !== "string"){
let dataType0 = typeof data2;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data2;
}
else if(data2 === null){
coerced0 = "";
}
else {
const err7 = {instancePath:instancePath+"/on/left",schemaPath:"#/properties/on/properties/left/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.on.properties.left.type,parentSchema:schema36.properties.on.properties.left,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced0 !== undefined){
data2 = coerced0;
if(data1 !== undefined){
data1["left"] = coerced0;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/on/left",schemaPath:"#/properties/on/properties/left/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.on.properties.left,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data1.right !== undefined){
let data3 = data1.right;
if(typeof data3 !== "string"){
let dataType1 = typeof data3;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data3;
}
else if(data3 === null){
coerced1 = "";
}
else {
const err9 = {instancePath:instancePath+"/on/right",schemaPath:"#/properties/on/properties/right/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.on.properties.right.type,parentSchema:schema36.properties.on.properties.right,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced1 !== undefined){
data3 = coerced1;
if(data1 !== undefined){
data1["right"] = coerced1;
}
}
}
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err10 = {instancePath:instancePath+"/on/right",schemaPath:"#/properties/on/properties/right/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.on.properties.right,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.on.type,parentSchema:schema36.properties.on,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.fields !== undefined){
let data4 = data.fields;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err12 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.fields,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data4){
const _errs12 = errors;
if(typeof key2 === "string"){
if(!pattern11.test(key2)){
const err13 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$",parentSchema:schema36.properties.fields.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid2 = _errs12 === errors;
if(!valid2){
const err14 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema36.properties.fields.propertyNames,parentSchema:schema36.properties.fields,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key3 in data4){
if(!(validate57.call(this, data4[key3], {instancePath:instancePath+"/fields/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.fields.type,parentSchema:schema36.properties.fields,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let data6 = data.max_in_memory;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
let dataType2 = typeof data6;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 === "boolean" || data6 === null
              || (dataType2 === "string" && data6 && data6 == +data6 && !(data6 % 1))){
coerced2 = +data6;
}
else {
const err16 = {instancePath:instancePath+"/max_in_memory",schemaPath:"#/properties/max_in_memory/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.max_in_memory.type,parentSchema:schema36.properties.max_in_memory,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(coerced2 !== undefined){
data6 = coerced2;
if(data !== undefined){
data["max_in_memory"] = coerced2;
}
}
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/max_in_memory",schemaPath:"#/properties/max_in_memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.max_in_memory,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}


function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema24.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.map !== undefined){
if(!(validate56.call(this, data.map, {instancePath:instancePath+"/map",parentData:data,parentDataProperty:"map",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.set !== undefined){
if(!(validate60.call(this, data.set, {instancePath:instancePath+"/set",parentData:data,parentDataProperty:"set",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.keep !== undefined){
let data2 = data.keep;
if(Array.isArray(data2)){
if(data2.length < 1){
const err3 = {instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema24.properties.keep,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
let dataType0 = typeof data3;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data3;
}
else if(data3 === null){
coerced0 = "";
}
else {
const err4 = {instancePath:instancePath+"/keep/" + i0,schemaPath:"#/properties/keep/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.keep.items.type,parentSchema:schema24.properties.keep.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced0 !== undefined){
data3 = coerced0;
if(data2 !== undefined){
data2[i0] = coerced0;
}
}
}
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err5 = {instancePath:instancePath+"/keep/" + i0,schemaPath:"#/properties/keep/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.properties.keep.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.keep.type,parentSchema:schema24.properties.keep,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.drop !== undefined){
let data4 = data.drop;
if(Array.isArray(data4)){
if(data4.length < 1){
const err7 = {instancePath:instancePath+"/drop",schemaPath:"#/properties/drop/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema24.properties.drop,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 !== "string"){
let dataType1 = typeof data5;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data5;
}
else if(data5 === null){
coerced1 = "";
}
else {
const err8 = {instancePath:instancePath+"/drop/" + i1,schemaPath:"#/properties/drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.drop.items.type,parentSchema:schema24.properties.drop.items,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced1 !== undefined){
data5 = coerced1;
if(data4 !== undefined){
data4[i1] = coerced1;
}
}
}
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err9 = {instancePath:instancePath+"/drop/" + i1,schemaPath:"#/properties/drop/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.properties.drop.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/drop",schemaPath:"#/properties/drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.drop.type,parentSchema:schema24.properties.drop,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.pack !== undefined){
if(!(validate63.call(this, data.pack, {instancePath:instancePath+"/pack",parentData:data,parentDataProperty:"pack",rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
if(data.flatten !== undefined){
if(!(validate65.call(this, data.flatten, {instancePath:instancePath+"/flatten",parentData:data,parentDataProperty:"flatten",rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.filter !== undefined){
let data8 = data.filter;
if((((typeof data8 != "object") && (typeof data8 !== "string")) && (!((typeof data8 == "number") && (isFinite(data8))))) && (typeof data8 !== "boolean")){
let dataType2 = typeof data8;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data8;
}
else if(data8 === null){
coerced2 = "";
}
else if(dataType2 == "boolean" || data8 === null
              || (dataType2 == "string" && data8 && data8 == +data8)){
coerced2 = +data8;
}
else if(data8 === "false" || data8 === 0 || data8 === null){
coerced2 = false;
}
else if(data8 === "true" || data8 === 1){
coerced2 = true;
}
else if(data8 === "" || data8 === 0 || data8 === false){
coerced2 = null;
}
else {
const err11 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/type",keyword:"type",params:{type: schema24.properties.filter.type},message:"must be object,array,string,number,boolean,null",schema:schema24.properties.filter.type,parentSchema:schema24.properties.filter,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced2 !== undefined){
data8 = coerced2;
if(data !== undefined){
data["filter"] = coerced2;
}
}
}
}
if(data.dedupe !== undefined){
if(!(validate67.call(this, data.dedupe, {instancePath:instancePath+"/dedupe",parentData:data,parentDataProperty:"dedupe",rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.classify !== undefined){
if(!(validate69.call(this, data.classify, {instancePath:instancePath+"/classify",parentData:data,parentDataProperty:"classify",rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data.validate !== undefined){
if(!(validate73.call(this, data.validate, {instancePath:instancePath+"/validate",parentData:data,parentDataProperty:"validate",rootData}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.translate !== undefined){
if(!(validate75.call(this, data.translate, {instancePath:instancePath+"/translate",parentData:data,parentDataProperty:"translate",rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
if(data.join !== undefined){
if(!(validate79.call(this, data.join, {instancePath:instancePath+"/join",parentData:data,parentDataProperty:"join",rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

const schema38 = {"description":"Keeps a copy of the source's records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.","type":"string","minLength":1},"format":{"description":"File format. Default: from the extension (`.csv`, else JSON lines).","type":"string","enum":["csv","jsonl"]},"max_age":{"description":"Read the source again when the file is older than this, e.g. `24h`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"}}};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "path") || (key0 === "format")) || (key0 === "max_age"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.path.type,parentSchema:schema38.properties.path,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["path"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.path,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.format !== undefined){
let data1 = data.format;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.format.type,parentSchema:schema38.properties.format,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["format"] = coerced1;
}
}
}
if(!((data1 === "csv") || (data1 === "jsonl"))){
const err5 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema38.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.format.enum,parentSchema:schema38.properties.format,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.max_age !== undefined){
let data2 = data.max_age;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err6 = {instancePath:instancePath+"/max_age",schemaPath:"#/properties/max_age/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.max_age.type,parentSchema:schema38.properties.max_age,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["max_age"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err7 = {instancePath:instancePath+"/max_age",schemaPath:"#/properties/max_age/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$",parentSchema:schema38.properties.max_age,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}

const schema39 = {"description":"More outputs of the same records: each entry runs its own `transforms` on the records the stream's transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.","type":"array","items":{"$ref":"#/$defs/x-hoisted-17"}};
const schema40 = {"type":"object","additionalProperties":false,"required":["sink"],"properties":{"transforms":{"description":"Steps for this output only.","type":"array","items":{"$ref":"#/$defs/transformStep"},"default":[]},"sink":{"description":"Where this output goes: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true}}};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transforms === undefined){
data.transforms = [];
}
if(data.sink === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sink"},message:"must have required property '"+"sink"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "transforms") || (key0 === "sink"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let data0 = data.transforms;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate55.call(this, data0[i0], {instancePath:instancePath+"/transforms/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/transforms",schemaPath:"#/properties/transforms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.transforms.type,parentSchema:schema40.properties.transforms,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sink !== undefined){
let data2 = data.sink;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.connection === undefined){
const err3 = {instancePath:instancePath+"/sink",schemaPath:"#/properties/sink/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema40.properties.sink.required,parentSchema:schema40.properties.sink,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.connection !== undefined){
let data3 = data2.connection;
if(typeof data3 !== "string"){
let dataType0 = typeof data3;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data3;
}
else if(data3 === null){
coerced0 = "";
}
else {
const err4 = {instancePath:instancePath+"/sink/connection",schemaPath:"#/properties/sink/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.sink.properties.connection.type,parentSchema:schema40.properties.sink.properties.connection,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced0 !== undefined){
data3 = coerced0;
if(data2 !== undefined){
data2["connection"] = coerced0;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/sink",schemaPath:"#/properties/sink/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.sink.type,parentSchema:schema40.properties.sink,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate88.call(this, data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}

const schema41 = {"description":"How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).","type":"object","additionalProperties":false,"properties":{"ids":{"$ref":"#/$defs/x-hoisted-19"},"auto":{"$ref":"#/$defs/x-hoisted-21"}}};
const schema42 = {"description":"Fetches just the given ids (a webhook, `--ids`): these source options replace the stream's for that run.","type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"description":"Source options that replace the stream's, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: \"Id in (${ids_csv})\" }` (one request for all).","type":"object","additionalProperties":true}}};

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "source")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
}
else {
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.source.type,parentSchema:schema42.properties.source,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}

const schema43 = {"description":"Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.","type":"array","items":{"$ref":"#/$defs/x-hoisted-20"}};
const schema44 = {"type":"object","additionalProperties":false,"required":["when","use"],"properties":{"when":{"description":"A json-logic expression, e.g. `{\">\": [{\"var\": \"total\"}, 0]}`. See docs/expressions.md.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"use":{"type":"string","enum":["full","incremental"]}}};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.when === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.use === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "use"},message:"must have required property '"+"use"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "when") || (key0 === "use"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.when !== undefined){
let data0 = data.when;
if((((typeof data0 != "object") && (typeof data0 !== "string")) && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else if(dataType0 == "boolean" || data0 === null
              || (dataType0 == "string" && data0 && data0 == +data0)){
coerced0 = +data0;
}
else if(data0 === "false" || data0 === 0 || data0 === null){
coerced0 = false;
}
else if(data0 === "true" || data0 === 1){
coerced0 = true;
}
else if(data0 === "" || data0 === 0 || data0 === false){
coerced0 = null;
}
else {
const err3 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: schema44.properties.when.type},message:"must be object,array,string,number,boolean,null",schema:schema44.properties.when.type,parentSchema:schema44.properties.when,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["when"] = coerced0;
}
}
}
}
if(data.use !== undefined){
let data1 = data.use;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/use",schemaPath:"#/properties/use/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.use.type,parentSchema:schema44.properties.use,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["use"] = coerced1;
}
}
}
if(!((data1 === "full") || (data1 === "incremental"))){
const err5 = {instancePath:instancePath+"/use",schemaPath:"#/properties/use/enum",keyword:"enum",params:{allowedValues: schema44.properties.use.enum},message:"must be equal to one of the allowed values",schema:schema44.properties.use.enum,parentSchema:schema44.properties.use,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}


function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate96.call(this, data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate95.errors = vErrors;
return errors === 0;
}


function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "ids") || (key0 === "auto"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ids !== undefined){
if(!(validate93.call(this, data.ids, {instancePath:instancePath+"/ids",parentData:data,parentDataProperty:"ids",rootData}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
}
if(data.auto !== undefined){
if(!(validate95.call(this, data.auto, {instancePath:instancePath+"/auto",parentData:data,parentDataProperty:"auto",rootData}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}

const schema45 = {"description":"When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.","type":"object","additionalProperties":false,"properties":{"max_records":{"description":"Most records a run may quarantine.","type":"integer","minimum":0},"max_percent":{"description":"Most records a run may quarantine, as a percentage of the records read.","type":"number","minimum":0,"maximum":100}}};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "max_records") || (key0 === "max_percent"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.max_records !== undefined){
let data0 = data.max_records;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced0 = +data0;
}
else {
const err1 = {instancePath:instancePath+"/max_records",schemaPath:"#/properties/max_records/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.max_records.type,parentSchema:schema45.properties.max_records,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["max_records"] = coerced0;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/max_records",schemaPath:"#/properties/max_records/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema45.properties.max_records,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.max_percent !== undefined){
let data1 = data.max_percent;
if(!((typeof data1 == "number") && (isFinite(data1)))){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "boolean" || data1 === null
              || (dataType1 == "string" && data1 && data1 == +data1)){
coerced1 = +data1;
}
else {
const err3 = {instancePath:instancePath+"/max_percent",schemaPath:"#/properties/max_percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema45.properties.max_percent.type,parentSchema:schema45.properties.max_percent,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["max_percent"] = coerced1;
}
}
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/max_percent",schemaPath:"#/properties/max_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema45.properties.max_percent,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/max_percent",schemaPath:"#/properties/max_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema45.properties.max_percent,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transforms === undefined){
data.transforms = [];
}
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sink === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sink"},message:"must have required property '"+"sink"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema19.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.extends !== undefined){
let data0 = data.extends;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.extends.type,parentSchema:schema19.properties.extends,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["extends"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema19.properties.extends,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.params !== undefined){
let data1 = data.params;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs6 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err5 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema19.properties.params.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
const err6 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema19.properties.params.propertyNames,parentSchema:schema19.properties.params,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.params.type,parentSchema:schema19.properties.params,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
let dataType1 = typeof data3;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data3;
}
else if(data3 === null){
coerced1 = "";
}
else {
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.description.type,parentSchema:schema19.properties.description,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced1 !== undefined){
data3 = coerced1;
if(data !== undefined){
data["description"] = coerced1;
}
}
}
}
if(data.source !== undefined){
if(!(validate47.call(this, data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.incremental !== undefined){
if(!(validate49.call(this, data.incremental, {instancePath:instancePath+"/incremental",parentData:data,parentDataProperty:"incremental",rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.partitions !== undefined){
if(!(validate51.call(this, data.partitions, {instancePath:instancePath+"/partitions",parentData:data,parentDataProperty:"partitions",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
let data7 = data.transforms;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate55.call(this, data7[i0], {instancePath:instancePath+"/transforms/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/transforms",schemaPath:"#/properties/transforms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.transforms.type,parentSchema:schema19.properties.transforms,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.sink !== undefined){
let data9 = data.sink;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.connection === undefined){
const err10 = {instancePath:instancePath+"/sink",schemaPath:"#/properties/sink/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema19.properties.sink.required,parentSchema:schema19.properties.sink,data:data9};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data9.connection !== undefined){
let data10 = data9.connection;
if(typeof data10 !== "string"){
let dataType2 = typeof data10;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data10;
}
else if(data10 === null){
coerced2 = "";
}
else {
const err11 = {instancePath:instancePath+"/sink/connection",schemaPath:"#/properties/sink/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.sink.properties.connection.type,parentSchema:schema19.properties.sink.properties.connection,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced2 !== undefined){
data10 = coerced2;
if(data9 !== undefined){
data9["connection"] = coerced2;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/sink",schemaPath:"#/properties/sink/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.sink.type,parentSchema:schema19.properties.sink,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.primary_key !== undefined){
let data11 = data.primary_key;
if(Array.isArray(data11)){
if(data11.length < 1){
const err13 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema19.properties.primary_key,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(typeof data12 !== "string"){
let dataType3 = typeof data12;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data12;
}
else if(data12 === null){
coerced3 = "";
}
else {
const err14 = {instancePath:instancePath+"/primary_key/" + i1,schemaPath:"#/properties/primary_key/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.primary_key.items.type,parentSchema:schema19.properties.primary_key.items,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced3 !== undefined){
data12 = coerced3;
if(data11 !== undefined){
data11[i1] = coerced3;
}
}
}
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err15 = {instancePath:instancePath+"/primary_key/" + i1,schemaPath:"#/properties/primary_key/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.primary_key.items,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.primary_key.type,parentSchema:schema19.properties.primary_key,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.cache !== undefined){
if(!(validate85.call(this, data.cache, {instancePath:instancePath+"/cache",parentData:data,parentDataProperty:"cache",rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
}
if(data.also !== undefined){
if(!(validate87.call(this, data.also, {instancePath:instancePath+"/also",parentData:data,parentDataProperty:"also",rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
if(data.strategies !== undefined){
if(!(validate92.call(this, data.strategies, {instancePath:instancePath+"/strategies",parentData:data,parentDataProperty:"strategies",rootData}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
if(data.after !== undefined){
let data16 = data.after;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
let data17 = data16[i2];
if(typeof data17 !== "string"){
let dataType4 = typeof data17;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data17;
}
else if(data17 === null){
coerced4 = "";
}
else {
const err17 = {instancePath:instancePath+"/after/" + i2,schemaPath:"#/properties/after/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.after.items.type,parentSchema:schema19.properties.after.items,data:data17};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(coerced4 !== undefined){
data17 = coerced4;
if(data16 !== undefined){
data16[i2] = coerced4;
}
}
}
}
let i3 = data16.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data16[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err18 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema19.properties.after,data:data16};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err19 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.after.type,parentSchema:schema19.properties.after,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.quarantine !== undefined){
if(!(validate100.call(this, data.quarantine, {instancePath:instancePath+"/quarantine",parentData:data,parentDataProperty:"quarantine",rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data.batch_size !== undefined){
let data19 = data.batch_size;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
let dataType5 = typeof data19;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data19 === null
              || (dataType5 === "string" && data19 && data19 == +data19 && !(data19 % 1))){
coerced5 = +data19;
}
else {
const err20 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.batch_size.type,parentSchema:schema19.properties.batch_size,data:data19};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(coerced5 !== undefined){
data19 = coerced5;
if(data !== undefined){
data["batch_size"] = coerced5;
}
}
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 100000 || isNaN(data19)){
const err21 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema19.properties.batch_size,data:data19};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err22 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.batch_size,data:data19};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.read_ahead !== undefined){
let data20 = data.read_ahead;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
let dataType6 = typeof data20;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 === "boolean" || data20 === null
              || (dataType6 === "string" && data20 && data20 == +data20 && !(data20 % 1))){
coerced6 = +data20;
}
else {
const err23 = {instancePath:instancePath+"/read_ahead",schemaPath:"#/properties/read_ahead/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.read_ahead.type,parentSchema:schema19.properties.read_ahead,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(coerced6 !== undefined){
data20 = coerced6;
if(data !== undefined){
data["read_ahead"] = coerced6;
}
}
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 64 || isNaN(data20)){
const err24 = {instancePath:instancePath+"/read_ahead",schemaPath:"#/properties/read_ahead/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema19.properties.read_ahead,data:data20};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err25 = {instancePath:instancePath+"/read_ahead",schemaPath:"#/properties/read_ahead/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.read_ahead,data:data20};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://syncengine.dev/schema/pipeline.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stream_concurrency === undefined){
data.stream_concurrency = 1;
}
if(data.defaults === undefined){
data.defaults = {};
}
if(data.connections === undefined){
data.connections = {};
}
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.streams === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "streams"},message:"must have required property '"+"streams"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema6.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced0 = +data0;
}
else {
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.version.type,parentSchema:schema6.properties.version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["version"] = coerced0;
}
}
}
if(!(data0 === 1)){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/enum",keyword:"enum",params:{allowedValues: schema6.properties.version.enum},message:"must be equal to one of the allowed values",schema:schema6.properties.version.enum,parentSchema:schema6.properties.version,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.name.type,parentSchema:schema6.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["name"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema6.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.description.type,parentSchema:schema6.properties.description,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["description"] = coerced2;
}
}
}
}
if(data.secrets !== undefined){
if(!(validate22.call(this, data.secrets, {instancePath:instancePath+"/secrets",parentData:data,parentDataProperty:"secrets",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.vars !== undefined){
if(!(validate26.call(this, data.vars, {instancePath:instancePath+"/vars",parentData:data,parentDataProperty:"vars",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
let data5 = data.stream_concurrency;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
let dataType3 = typeof data5;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data5 === null
              || (dataType3 === "string" && data5 && data5 == +data5 && !(data5 % 1))){
coerced3 = +data5;
}
else {
const err8 = {instancePath:instancePath+"/stream_concurrency",schemaPath:"#/properties/stream_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.stream_concurrency.type,parentSchema:schema6.properties.stream_concurrency,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced3 !== undefined){
data5 = coerced3;
if(data !== undefined){
data["stream_concurrency"] = coerced3;
}
}
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 16 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/stream_concurrency",schemaPath:"#/properties/stream_concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema6.properties.stream_concurrency,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/stream_concurrency",schemaPath:"#/properties/stream_concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema6.properties.stream_concurrency,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let data6 = data.defaults;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.batch_size === undefined){
data6.batch_size = 500;
}
if(data6.read_ahead === undefined){
data6.read_ahead = 4;
}
for(const key1 in data6){
if(!((key1 === "batch_size") || (key1 === "read_ahead"))){
const err11 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.defaults,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let data7 = data6.batch_size;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
let dataType4 = typeof data7;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 === "boolean" || data7 === null
              || (dataType4 === "string" && data7 && data7 == +data7 && !(data7 % 1))){
coerced4 = +data7;
}
else {
const err12 = {instancePath:instancePath+"/defaults/batch_size",schemaPath:"#/properties/defaults/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.defaults.properties.batch_size.type,parentSchema:schema6.properties.defaults.properties.batch_size,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced4 !== undefined){
data7 = coerced4;
if(data6 !== undefined){
data6["batch_size"] = coerced4;
}
}
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 100000 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/defaults/batch_size",schemaPath:"#/properties/defaults/properties/batch_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema6.properties.defaults.properties.batch_size,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/defaults/batch_size",schemaPath:"#/properties/defaults/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema6.properties.defaults.properties.batch_size,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let data8 = data6.read_ahead;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
let dataType5 = typeof data8;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data8 === null
              || (dataType5 === "string" && data8 && data8 == +data8 && !(data8 % 1))){
coerced5 = +data8;
}
else {
const err15 = {instancePath:instancePath+"/defaults/read_ahead",schemaPath:"#/properties/defaults/properties/read_ahead/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.defaults.properties.read_ahead.type,parentSchema:schema6.properties.defaults.properties.read_ahead,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced5 !== undefined){
data8 = coerced5;
if(data6 !== undefined){
data6["read_ahead"] = coerced5;
}
}
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 64 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/defaults/read_ahead",schemaPath:"#/properties/defaults/properties/read_ahead/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema6.properties.defaults.properties.read_ahead,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/defaults/read_ahead",schemaPath:"#/properties/defaults/properties/read_ahead/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema6.properties.defaults.properties.read_ahead,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.defaults.type,parentSchema:schema6.properties.defaults,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.schedule !== undefined){
if(!(validate28.call(this, data.schedule, {instancePath:instancePath+"/schedule",parentData:data,parentDataProperty:"schedule",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.webhooks !== undefined){
if(!(validate30.call(this, data.webhooks, {instancePath:instancePath+"/webhooks",parentData:data,parentDataProperty:"webhooks",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.after_run !== undefined){
if(!(validate36.call(this, data.after_run, {instancePath:instancePath+"/after_run",parentData:data,parentDataProperty:"after_run",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.tenants !== undefined){
if(!(validate38.call(this, data.tenants, {instancePath:instancePath+"/tenants",parentData:data,parentDataProperty:"tenants",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.discover !== undefined){
let data13 = data.discover;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
const _errs25 = errors;
if(typeof key2 === "string"){
if(!pattern0.test(key2)){
const err19 = {instancePath:instancePath+"/discover",schemaPath:"#/properties/discover/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema6.properties.discover.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var valid2 = _errs25 === errors;
if(!valid2){
const err20 = {instancePath:instancePath+"/discover",schemaPath:"#/properties/discover/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema6.properties.discover.propertyNames,parentSchema:schema6.properties.discover,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
for(const key3 in data13){
if(!(validate42.call(this, data13[key3], {instancePath:instancePath+"/discover/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data13,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/discover",schemaPath:"#/properties/discover/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.discover.type,parentSchema:schema6.properties.discover,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data15 = data.connections;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key4 in data15){
const _errs30 = errors;
if(typeof key4 === "string"){
if(!pattern0.test(key4)){
const err22 = {instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema6.properties.connections.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var valid4 = _errs30 === errors;
if(!valid4){
const err23 = {instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema6.properties.connections.propertyNames,parentSchema:schema6.properties.connections,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key5 in data15){
let data16 = data15[key5];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.type === undefined){
const err24 = {instancePath:instancePath+"/connections/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/connections/additionalProperties/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema6.properties.connections.additionalProperties.required,parentSchema:schema6.properties.connections.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data16.type !== undefined){
let data17 = data16.type;
if(typeof data17 !== "string"){
let dataType6 = typeof data17;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data17;
}
else if(data17 === null){
coerced6 = "";
}
else {
const err25 = {instancePath:instancePath+"/connections/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/connections/additionalProperties/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.connections.additionalProperties.properties.type.type,parentSchema:schema6.properties.connections.additionalProperties.properties.type,data:data17};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(coerced6 !== undefined){
data17 = coerced6;
if(data16 !== undefined){
data16["type"] = coerced6;
}
}
}
}
}
else {
const err26 = {instancePath:instancePath+"/connections/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/connections/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.connections.additionalProperties.type,parentSchema:schema6.properties.connections.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.connections.type,parentSchema:schema6.properties.connections,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.templates !== undefined){
if(!(validate44.call(this, data.templates, {instancePath:instancePath+"/templates",parentData:data,parentDataProperty:"templates",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.streams !== undefined){
let data19 = data.streams;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(Object.keys(data19).length < 1){
const err28 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema6.properties.streams,data:data19};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key6 in data19){
const _errs40 = errors;
if(typeof key6 === "string"){
if(!pattern0.test(key6)){
const err29 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema6.properties.streams.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var valid7 = _errs40 === errors;
if(!valid7){
const err30 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema6.properties.streams.propertyNames,parentSchema:schema6.properties.streams,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
for(const key7 in data19){
if(!(validate46.call(this, data19[key7], {instancePath:instancePath+"/streams/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data19,parentDataProperty:key7,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.streams.type,parentSchema:schema6.properties.streams,data:data19};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const PIPELINE_VALIDATORS: readonly PrecompiledValidator[] = [
  { schema: "{\"$id\":\"https://syncengine.dev/schema/pipeline.json\",\"title\":\"syncengine pipeline\",\"description\":\"A YAML file that declares connections, streams and variables for one sync pipeline.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"version\",\"streams\"],\"$defs\":{\"fieldSpec\":{\"title\":\"FieldSpec\",\"description\":\"Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.\",\"anyOf\":[{\"type\":\"string\",\"minLength\":1,\"description\":\"A dot path into the source record.\"},{\"type\":\"object\",\"additionalProperties\":false,\"minProperties\":1,\"maxProperties\":2,\"properties\":{\"path\":{\"type\":\"string\",\"minLength\":1,\"description\":\"A dot path into the source record.\"},\"value\":{\"description\":\"A constant value.\",\"tsType\":\"unknown\"},\"template\":{\"type\":\"string\",\"description\":\"A string with `${record.field}` references to the source record (and any runtime scope).\"},\"expr\":{\"description\":\"A json-logic expression, e.g. `{\\\">\\\": [{\\\"var\\\": \\\"total\\\"}, 0]}`. See docs/expressions.md.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"object\":{\"description\":\"Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.\",\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$\"},\"additionalProperties\":{\"$ref\":\"#/$defs/fieldSpec\"}},\"list\":{\"description\":\"Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.\",\"type\":\"array\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/fieldSpec\"}},\"each\":{\"description\":\"Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\"],\"properties\":{\"path\":{\"type\":\"string\",\"minLength\":1,\"description\":\"Dot path of the list.\"},\"fields\":{\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$\"},\"additionalProperties\":{\"$ref\":\"#/$defs/fieldSpec\"},\"description\":\"Field specs read from each element; a target may be a dot path (`vendor.id`).\"},\"key\":{\"$ref\":\"#/$defs/fieldSpec\"},\"value\":{\"$ref\":\"#/$defs/fieldSpec\"}}},\"default\":{\"description\":\"Used when the path or expression yields null or nothing.\",\"tsType\":\"unknown\"}}}]},\"transformStep\":{\"title\":\"TransformStep\",\"description\":\"One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.\",\"type\":\"object\",\"minProperties\":1,\"maxProperties\":1,\"additionalProperties\":false,\"properties\":{\"map\":{\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$\"},\"additionalProperties\":{\"$ref\":\"#/$defs/fieldSpec\"},\"description\":\"Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped.\"},\"set\":{\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$\"},\"additionalProperties\":{\"$ref\":\"#/$defs/fieldSpec\"},\"description\":\"Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created).\"},\"keep\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Keeps only these top-level fields.\"},\"drop\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Removes these top-level fields.\"},\"pack\":{\"description\":\"Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"into\"],\"properties\":{\"into\":{\"description\":\"Name of the field that receives the packed fields.\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"keep\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Fields that stay at the top level.\"}}},\"flatten\":{\"description\":\"Turns one record into one record per element of the list at `path` (e.g. one per order line).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\"],\"properties\":{\"path\":{\"description\":\"Dot path of the list.\",\"type\":\"string\",\"minLength\":1},\"into\":{\"description\":\"Field that receives the element; the list field itself is removed.\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\",\"default\":\"item\"},\"index\":{\"description\":\"Optional field that receives the element's position (0-based).\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"keep_empty\":{\"description\":\"Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.\",\"type\":\"boolean\",\"default\":false}}},\"filter\":{\"description\":\"Keeps only the records for which this json-logic expression is truthy.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"dedupe\":{\"description\":\"Drops a record whose key was already seen in this run (the first one wins).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"key\"],\"properties\":{\"key\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Dot path(s) of the fields that identify a record.\"}}},\"classify\":{\"description\":\"Sets fields from the first rule whose `when` holds, or from `default` when none does.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"rules\"],\"properties\":{\"rules\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"when\",\"set\"],\"properties\":{\"when\":{\"description\":\"A json-logic condition on the record.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"set\":{\"description\":\"Fields to set: constants; text may use `${record.field}`.\",\"type\":\"object\",\"minProperties\":1,\"additionalProperties\":{\"tsType\":\"unknown\"}}}}},\"default\":{\"description\":\"Fields to set when no rule matches.\",\"type\":\"object\",\"additionalProperties\":{\"tsType\":\"unknown\"}}}},\"validate\":{\"description\":\"Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"schema\"],\"properties\":{\"schema\":{\"description\":\"The JSON Schema records must match.\",\"type\":\"object\",\"tsType\":\"Record<string, unknown>\"}}},\"translate\":{\"description\":\"Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"kind\",\"path\"],\"properties\":{\"kind\":{\"description\":\"Crosswalk kind, e.g. `item`.\",\"type\":\"string\",\"minLength\":1},\"path\":{\"description\":\"Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.\",\"type\":\"string\",\"minLength\":1},\"missing\":{\"description\":\"When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.\",\"type\":\"string\",\"enum\":[\"quarantine\",\"skip\",\"fail\"],\"default\":\"quarantine\"},\"as\":{\"description\":\"The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.\",\"type\":\"string\",\"enum\":[\"integer\",\"number\",\"text\"]}}},\"join\":{\"description\":\"Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"from\",\"on\",\"fields\"],\"properties\":{\"from\":{\"type\":\"object\",\"additionalProperties\":false,\"minProperties\":1,\"maxProperties\":1,\"properties\":{\"source\":{\"description\":\"A source block: `connection` plus the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"stream\":{\"description\":\"Name of another stream whose source (and transforms) give the records; its sink is not used.\",\"type\":\"string\"}},\"description\":\"The right side: `source` (a source block) or `stream` (another stream).\"},\"on\":{\"description\":\"Join key: `left` path in this stream's record, `right` path in the other record.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"left\",\"right\"],\"properties\":{\"left\":{\"type\":\"string\",\"minLength\":1},\"right\":{\"type\":\"string\",\"minLength\":1}}},\"fields\":{\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$\"},\"additionalProperties\":{\"$ref\":\"#/$defs/fieldSpec\"},\"description\":\"Fields to add, read from the matching right record (field specs; `default` applies on a miss).\"},\"max_in_memory\":{\"description\":\"Right-side records kept in memory before the lookup moves to disk.\",\"type\":\"integer\",\"minimum\":1,\"default\":100000}}}}}},\"properties\":{\"version\":{\"description\":\"Version of the pipeline language this file is written in.\",\"type\":\"integer\",\"enum\":[1]},\"name\":{\"description\":\"Name of the pipeline in logs and run history. Defaults to the file name without extension.\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"description\":{\"description\":\"Free text about the pipeline, shown by `syncengine serve` (`GET /pipelines`).\",\"type\":\"string\"},\"secrets\":{\"description\":\"Secrets read from a provider when the pipeline loads, used as `${secrets.name}` and masked everywhere: an environment variable, a file, or the output of a command (e.g. `gcloud secrets versions access latest --secret=x`).\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"minProperties\":1,\"maxProperties\":1,\"properties\":{\"env\":{\"description\":\"Name of an environment variable.\",\"type\":\"string\",\"minLength\":1},\"file\":{\"description\":\"A file whose content (trimmed) is the secret; relative to the pipeline file.\",\"type\":\"string\",\"minLength\":1},\"command\":{\"description\":\"A shell command whose output (trimmed) is the secret.\",\"type\":\"string\",\"minLength\":1}}}},\"vars\":{\"description\":\"Named values referenced as `${vars.name}`. May reference `${env.NAME}`; overridden by `--var name=value`.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\",\"null\",\"object\",\"array\"],\"tsType\":\"unknown\"}},\"stream_concurrency\":{\"description\":\"How many streams of a run may run at the same time. A stream still starts only after every stream in its `after` list finished, and streams start in the file's order; each stream's requests share its connection's `rate_limit`.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":16,\"default\":1},\"defaults\":{\"description\":\"Settings applied to every stream unless the stream sets its own.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"batch_size\":{\"description\":\"Records per batch handed to the sink; the cursor is checkpointed per committed batch.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":100000,\"default\":500},\"read_ahead\":{\"description\":\"Pages a source may fetch ahead of the page being transformed. Reading, transforming and writing always overlap; a source whose next address does not depend on the last response (page and offset paging) has up to this many requests in flight, within its rate limit, while one whose next request needs the last response (cursor, next link) fetches one page ahead. Memory holds at most this many pages plus two, and three batches, per stream being read.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":64,\"default\":4}},\"default\":{}},\"schedule\":{\"description\":\"When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"every\":{\"description\":\"An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.\",\"type\":\"string\",\"pattern\":\"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h|d)$\"},\"cron\":{\"description\":\"A cron expression (5 or 6 fields), e.g. `0 */6 * * *`.\",\"type\":\"string\",\"minLength\":9},\"timezone\":{\"description\":\"IANA time zone of the cron expression.\",\"type\":\"string\",\"default\":\"UTC\"}}},\"webhooks\":{\"description\":\"Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"stream\",\"ids\"],\"properties\":{\"stream\":{\"description\":\"The stream to run by ids (it must declare `strategies.ids`).\",\"type\":\"string\"},\"ids\":{\"description\":\"Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.\",\"type\":\"string\",\"minLength\":1},\"when\":{\"description\":\"Accept only payloads for which this json-logic expression is truthy; others get 202 and no run.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"tenant\":{\"description\":\"Dot path of the tenant id in the payload, for multi-tenant pipelines.\",\"type\":\"string\"},\"secret\":{\"description\":\"A shared secret the sender puts in `secret_header`.\",\"type\":\"string\",\"x-secret\":true},\"secret_header\":{\"description\":\"Header that carries the shared secret.\",\"type\":\"string\",\"default\":\"X-Webhook-Secret\"},\"hmac\":{\"description\":\"An HMAC signature of the raw body instead of a shared secret.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"secret\",\"header\"],\"properties\":{\"secret\":{\"type\":\"string\",\"x-secret\":true,\"description\":\"The signing key.\"},\"header\":{\"type\":\"string\",\"description\":\"Header that carries the signature, e.g. `X-Signature`.\"},\"algorithm\":{\"type\":\"string\",\"enum\":[\"sha1\",\"sha256\",\"sha512\"],\"default\":\"sha256\"},\"encoding\":{\"type\":\"string\",\"enum\":[\"hex\",\"base64\"],\"default\":\"hex\"},\"prefix\":{\"type\":\"string\",\"description\":\"Text before the signature in the header, e.g. `sha256=`.\",\"default\":\"\"},\"timestamp_header\":{\"type\":\"string\",\"description\":\"Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409).\"},\"signed\":{\"type\":\"string\",\"description\":\"What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`.\"},\"tolerance_s\":{\"type\":\"integer\",\"minimum\":1,\"default\":300,\"description\":\"With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered.\"}}}}}},\"after_run\":{\"description\":\"Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.run_id}` become bound parameters.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"connection\"],\"properties\":{\"connection\":{\"description\":\"A connection whose connector can run statements (sqlite, postgres, mysql).\",\"type\":\"string\"},\"success\":{\"description\":\"Statement after a successful run.\",\"type\":\"string\",\"minLength\":1},\"failure\":{\"description\":\"Statement after a failed or aborted run.\",\"type\":\"string\",\"minLength\":1}}},\"tenants\":{\"description\":\"Runs the whole pipeline once per tenant (e.g. per client account). Each tenant's fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"source\":{\"description\":\"Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"list\":{\"description\":\"The tenants, inline.\",\"type\":\"array\",\"items\":{\"type\":\"object\"},\"tsType\":\"Record<string, unknown>[]\"},\"file\":{\"description\":\"A JSON or YAML file with a list of tenants, relative to the pipeline file.\",\"type\":\"string\",\"minLength\":1},\"id\":{\"description\":\"Dot path of the tenant id in each tenant record.\",\"type\":\"string\",\"minLength\":1,\"default\":\"id\"},\"where\":{\"description\":\"Run only the tenants for which this json-logic expression is truthy.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"concurrency\":{\"description\":\"How many tenants run at the same time.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":64,\"default\":1},\"frequency_hours\":{\"description\":\"Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.\",\"type\":\"string\",\"minLength\":1},\"write_back\":{\"description\":\"Statements run on a connection after each tenant's run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"connection\"],\"properties\":{\"connection\":{\"description\":\"A connection whose connector can run statements (sqlite, postgres, mysql).\",\"type\":\"string\"},\"success\":{\"description\":\"Statement after a successful run.\",\"type\":\"string\",\"minLength\":1},\"failure\":{\"description\":\"Statement after a failed run.\",\"type\":\"string\",\"minLength\":1}}}}},\"discover\":{\"description\":\"Requests made once at the start of a run whose result the streams use as `${discover.<name>}`, e.g. a lookup of the warehouse id of a checkout.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"source\"],\"properties\":{\"source\":{\"description\":\"A source block: `connection` plus the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"pick\":{\"description\":\"`first`: the first record (an error when there is none); `all`: the list of every record.\",\"type\":\"string\",\"enum\":[\"first\",\"all\"],\"default\":\"first\"}}}},\"connections\":{\"description\":\"Reusable connections (an API with its auth, a database), keyed by name. `type` picks the connector; the other keys are that connector's options.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"required\":[\"type\"],\"properties\":{\"type\":{\"description\":\"The connector, e.g. `http`, `sqlite`, `stdout`.\",\"type\":\"string\"}},\"additionalProperties\":true},\"default\":{}},\"templates\":{\"description\":\"Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"tsType\":\"Record<string, unknown>\"}},\"streams\":{\"description\":\"The streams of the pipeline, keyed by name. Each reads from one source and writes to one sink.\",\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"source\",\"sink\"],\"properties\":{\"extends\":{\"description\":\"Name of a template under `templates` this stream is built from; its own keys override the template's.\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"params\":{\"description\":\"Values for the template's `${params.name}` references (`${params.stream}` is the stream's name).\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"tsType\":\"unknown\"}},\"description\":{\"type\":\"string\",\"description\":\"Free text.\"},\"source\":{\"description\":\"Where records come from: `connection` names a connection; the other keys are the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"incremental\":{\"description\":\"Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"cursor_field\"],\"properties\":{\"cursor_field\":{\"description\":\"Dot path of the field in the source record that grows with every change, e.g. `updated_at`.\",\"type\":\"string\",\"minLength\":1},\"initial\":{\"description\":\"Cursor value for the first run, when no cursor is stored yet.\",\"type\":[\"string\",\"number\"]},\"ordered\":{\"description\":\"The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.\",\"type\":\"boolean\",\"default\":false}}},\"partitions\":{\"description\":\"Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"values\":{\"description\":\"A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).\",\"type\":[\"array\",\"string\"],\"tsType\":\"unknown[] | string\"},\"from\":{\"type\":\"object\",\"additionalProperties\":false,\"minProperties\":1,\"maxProperties\":1,\"properties\":{\"source\":{\"description\":\"A source block: `connection` plus the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"stream\":{\"description\":\"Name of another stream whose source (and transforms) give the records; its sink is not used.\",\"type\":\"string\"}},\"description\":\"Parent records: `source` (a source block, like a stream's) or `stream` (another stream's source and transforms; its sink is not used).\"},\"key\":{\"description\":\"Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).\",\"type\":\"string\",\"minLength\":1,\"default\":\"id\"},\"concurrency\":{\"description\":\"How many partitions are read at the same time. Their batches are written one at a time, each partition's in order, each with its own cursor.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":64,\"default\":1}}},\"transforms\":{\"description\":\"Steps applied to each record in order, between the source and the sink.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/transformStep\"},\"default\":[]},\"sink\":{\"description\":\"Where records go: `connection` names a connection; the other keys are the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"primary_key\":{\"description\":\"Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1},\"cache\":{\"description\":\"Keeps a copy of the source's records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\"],\"properties\":{\"path\":{\"description\":\"The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.\",\"type\":\"string\",\"minLength\":1},\"format\":{\"description\":\"File format. Default: from the extension (`.csv`, else JSON lines).\",\"type\":\"string\",\"enum\":[\"csv\",\"jsonl\"]},\"max_age\":{\"description\":\"Read the source again when the file is older than this, e.g. `24h`.\",\"type\":\"string\",\"pattern\":\"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h|d)$\"}}},\"also\":{\"description\":\"More outputs of the same records: each entry runs its own `transforms` on the records the stream's transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.\",\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"sink\"],\"properties\":{\"transforms\":{\"description\":\"Steps for this output only.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/transformStep\"},\"default\":[]},\"sink\":{\"description\":\"Where this output goes: `connection` plus the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true}}}},\"strategies\":{\"description\":\"How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"ids\":{\"description\":\"Fetches just the given ids (a webhook, `--ids`): these source options replace the stream's for that run.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"source\"],\"properties\":{\"source\":{\"description\":\"Source options that replace the stream's, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: \\\"Id in (${ids_csv})\\\" }` (one request for all).\",\"type\":\"object\",\"additionalProperties\":true}}},\"auto\":{\"description\":\"Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.\",\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"when\",\"use\"],\"properties\":{\"when\":{\"description\":\"A json-logic expression, e.g. `{\\\">\\\": [{\\\"var\\\": \\\"total\\\"}, 0]}`. See docs/expressions.md.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"use\":{\"type\":\"string\",\"enum\":[\"full\",\"incremental\"]}}}}}},\"after\":{\"description\":\"Streams that must finish before this one starts (e.g. items before purchase orders).\",\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true},\"quarantine\":{\"description\":\"When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"max_records\":{\"description\":\"Most records a run may quarantine.\",\"type\":\"integer\",\"minimum\":0},\"max_percent\":{\"description\":\"Most records a run may quarantine, as a percentage of the records read.\",\"type\":\"number\",\"minimum\":0,\"maximum\":100}}},\"batch_size\":{\"description\":\"Records per batch for this stream. Defaults to `defaults.batch_size`.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":100000},\"read_ahead\":{\"description\":\"Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":64}}}}}}", validate: validate_0 },
];
