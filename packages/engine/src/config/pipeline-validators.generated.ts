// @ts-nocheck
/* Generated from PIPELINE_SCHEMA by `npm run generate` (ajv standalone code): loading a pipeline compiles no schema. Do not edit by hand: a test fails when it is stale. */
import type { PrecompiledValidator } from '../connector/connector.js';
import { ucs2length } from './validator-runtime.js';

const validate_0 = validate21;
const schema6 = {"$id":"https://syncengine.dev/schema/pipeline.json","title":"syncengine pipeline","description":"A YAML file that declares connections, streams and variables for one sync pipeline.","type":"object","additionalProperties":false,"required":["version","streams"],"$defs":{"fieldSpec":{"title":"FieldSpec","description":"Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.","anyOf":[{"type":"string","minLength":1,"description":"A dot path into the source record."},{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":2,"properties":{"path":{"type":"string","minLength":1,"description":"A dot path into the source record."},"value":{"description":"A constant value.","tsType":"unknown"},"template":{"type":"string","description":"A string with `${record.field}` references to the source record (and any runtime scope)."},"expr":{"description":"A json-logic expression, e.g. `{\">\": [{\"var\": \"total\"}, 0]}`. See docs/expressions.md.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"object":{"description":"Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"}},"list":{"description":"Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/fieldSpec"}},"each":{"description":"Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Dot path of the list."},"fields":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Field specs read from each element; a target may be a dot path (`vendor.id`)."},"key":{"$ref":"#/$defs/fieldSpec"},"value":{"$ref":"#/$defs/fieldSpec"}}},"default":{"description":"Used when the path or expression yields null or nothing.","tsType":"unknown"}}}]},"transformStep":{"title":"TransformStep","description":"One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"map":{"$ref":"#/$defs/x-hoisted-40"},"set":{"$ref":"#/$defs/x-hoisted-41"},"keep":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Keeps only these top-level fields."},"drop":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Removes these top-level fields."},"pack":{"$ref":"#/$defs/x-hoisted-42"},"flatten":{"$ref":"#/$defs/x-hoisted-43"},"filter":{"description":"Keeps only the records for which this json-logic expression is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"dedupe":{"$ref":"#/$defs/x-hoisted-44"},"classify":{"$ref":"#/$defs/x-hoisted-46"},"validate":{"$ref":"#/$defs/x-hoisted-47"},"translate":{"$ref":"#/$defs/x-hoisted-49"},"join":{"$ref":"#/$defs/x-hoisted-51"}}},"x-hoisted-0":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"env":{"description":"Name of an environment variable.","type":"string","minLength":1},"file":{"description":"A file whose content (trimmed) is the secret; relative to the pipeline file.","type":"string","minLength":1},"command":{"description":"A shell command whose output (trimmed) is the secret.","type":"string","minLength":1}}},"x-hoisted-1":{"description":"Secrets read from a provider when the pipeline loads, used as `${secrets.name}` and masked everywhere: an environment variable, a file, or the output of a command (e.g. `gcloud secrets versions access latest --secret=x`).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-0"}},"x-hoisted-2":{"description":"Named values referenced as `${vars.name}`. May reference `${env.NAME}`; overridden by `--var name=value`.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":["string","number","boolean","null","object","array"],"tsType":"unknown"}},"x-hoisted-3":{"description":"Where cursors, run history, the quarantine and the crosswalk live when the command line names no store (`--state`, `SYNCENGINE_STATE`): a SQLite file relative to this file, `sqlite:path`, `postgres://...` or `mysql://...`. Default `.syncengine/state.db` next to this file.","type":"string","minLength":1},"x-hoisted-4":{"description":"When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.","type":"object","additionalProperties":false,"properties":{"every":{"description":"An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},"cron":{"description":"A cron expression (5 or 6 fields), e.g. `0 */6 * * *`.","type":"string","minLength":9},"timezone":{"description":"IANA time zone of the cron expression.","type":"string","default":"UTC"}}},"x-hoisted-5":{"description":"An HMAC signature of the raw body instead of a shared secret.","type":"object","additionalProperties":false,"required":["secret","header"],"properties":{"secret":{"type":"string","x-secret":true,"description":"The signing key."},"header":{"type":"string","description":"Header that carries the signature, e.g. `X-Signature`."},"algorithm":{"type":"string","enum":["sha1","sha256","sha512"],"default":"sha256"},"encoding":{"type":"string","enum":["hex","base64"],"default":"hex"},"prefix":{"type":"string","description":"Text before the signature in the header, e.g. `sha256=`.","default":""},"timestamp_header":{"type":"string","description":"Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409)."},"signed":{"type":"string","description":"What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`."},"tolerance_s":{"type":"integer","minimum":1,"default":300,"description":"With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered."}}},"x-hoisted-6":{"type":"object","additionalProperties":false,"required":["stream","ids"],"properties":{"stream":{"description":"The stream to run by ids (it must declare `strategies.ids`).","type":"string"},"ids":{"description":"Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.","type":"string","minLength":1},"when":{"description":"Accept only payloads for which this json-logic expression is truthy; others get 202 and no run.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"tenant":{"description":"Dot path of the tenant id in the payload, for multi-tenant pipelines.","type":"string"},"secret":{"description":"A shared secret the sender puts in `secret_header`.","type":"string","x-secret":true},"secret_header":{"description":"Header that carries the shared secret.","type":"string","default":"X-Webhook-Secret"},"hmac":{"$ref":"#/$defs/x-hoisted-5"}}},"x-hoisted-7":{"description":"Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-6"}},"x-hoisted-8":{"description":"Statements run in order, in one transaction where the connector offers one. `${...}` references are bound parameters (`${job.name}`, `${run.id}`, `${now}`, and `${tenant.*}` with `for_each_tenant`); a reference that is the whole of a quoted identifier (`\"client_${tenant.key}_data\"`, MySQL `` `...` ``) is spliced as a name, and must be letters, digits and `_`.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"x-hoisted-9":{"type":"object","additionalProperties":false,"required":["connection","statements"],"properties":{"description":{"type":"string","description":"Free text."},"cron":{"description":"When it runs: a cron expression (5 or 6 fields), e.g. `0 1,9,17 * * *`.","type":"string","minLength":9},"every":{"description":"When it runs: an interval after its last successful run, e.g. `8h`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},"timezone":{"description":"IANA time zone of `cron`.","type":"string","default":"UTC"},"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"statements":{"$ref":"#/$defs/x-hoisted-8"},"where":{"description":"With `for_each_tenant`: run only for the tenants for which this json-logic expression on the tenant record is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"for_each_tenant":{"description":"Run the statements once per tenant of the pipeline (each a run of its own), with `${tenant.*}`.","type":"boolean","default":false}}},"x-hoisted-10":{"description":"SQL jobs of the pipeline, keyed by name: statements run on a connection on their own schedule (`syncengine schedule` and `serve --schedule`), or by hand (`syncengine job`, `POST /pipelines/<name>/jobs/<job>/runs`), e.g. a cache table rebuilt from the synced data every 8 hours. Each run is kept in run history as pipeline `<pipeline>/<job>`.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-9"}},"x-hoisted-11":{"type":"object","additionalProperties":false,"properties":{"force":{"description":"Parameter that, `true`, runs every target instead of only the due ones, e.g. `force_sync`.","type":"string","default":"force"},"tenant":{"description":"Parameter holding the one tenant id to run, e.g. `client_id_filter`.","type":"string","default":"tenant"},"tag":{"description":"Parameter holding the tag a pipeline must carry (`tags`), e.g. `platform_filter`.","type":"string","default":"tag"}}},"x-hoisted-12":{"description":"Endpoints of `syncengine serve` (`POST /triggers/<name>`) that run every pipeline declaring a trigger of that name: its due tenants, or all with the `force` parameter, filtered by tenant and tag. The values name the query parameters (or JSON body fields) the endpoint reads, so it can take the parameters an existing admin endpoint took.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-11"}},"x-hoisted-13":{"description":"Source options merged over the stream's source for a selection run: maps merge key by key (so `params: { $filter: ... }` keeps the stream's other params), other values replace, e.g. a server-side filter.","type":"object","tsType":"Record<string, unknown>","additionalProperties":true},"x-hoisted-14":{"type":"object","additionalProperties":false,"properties":{"source":{"$ref":"#/$defs/x-hoisted-13"},"where":{"description":"Keeps only the source records for which this json-logic expression is truthy, before the stream's transforms (the others count as filtered), e.g. `{ starts_with: [{ var: Code }, \"CIA_\"] }`.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"}}},"x-hoisted-15":{"type":"object","additionalProperties":false,"required":["streams"],"properties":{"description":{"description":"Free text, shown by `syncengine serve` (`GET /pipelines/<name>`).","type":"string"},"streams":{"description":"The streams this selection runs, by name, each with how its records are chosen.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-14"}}}},"x-hoisted-16":{"description":"Named subsets of the data a run can be limited to, e.g. one product category: chosen with `syncengine run --select <name>` or `POST /pipelines/<pipeline>/runs {\"select\": \"<name>\"}`. A selection names the streams it runs; for each, `source` options merged over the stream's source (a filter the API applies) and/or `where`, a filter over the source records. A selection run reads what it selects in full and neither reads nor moves a cursor.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-15"}},"x-hoisted-17":{"type":"object","additionalProperties":false,"properties":{"description":{"type":"string","description":"Free text."},"type":{"description":"How the text from the URL is read: `text`, `integer`, `number` or `boolean` (`true`/`false`).","type":"string","enum":["text","integer","number","boolean"],"default":"text"},"required":{"description":"A request without this parameter is refused (400).","type":"boolean","default":false},"default":{"description":"The value when the request leaves the parameter out; without one, it is bound as NULL.","type":["string","number","boolean"]},"minimum":{"description":"Smallest value of a number.","type":"number"},"maximum":{"description":"Largest value of a number.","type":"number"},"max_length":{"description":"Longest text, in characters.","type":"integer","minimum":1,"default":200},"allowed":{"description":"The only values accepted, e.g. `[product, service, rental]`.","type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}}},"x-hoisted-18":{"type":"object","additionalProperties":false,"required":["connection","sql"],"properties":{"description":{"description":"Free text, shown by `GET /queries`.","type":"string"},"connection":{"description":"A SQL connection (sqlite, postgres, mysql) under `connections`.","type":"string"},"sql":{"description":"One SELECT. `:name` is a declared parameter, sent as a bound parameter (cast it where the database must know its type, e.g. `CAST(:q AS text) IS NULL`).","type":"string","minLength":1},"params":{"description":"The parameters the query takes from the URL, by name; any other parameter is refused (400).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-17"},"default":{}},"max_rows":{"description":"Most rows one answer holds; past it the answer says `truncated: true`.","type":"integer","minimum":1,"maximum":10000,"default":1000},"timeout_ms":{"description":"How long the query may run before the database cancels it (PostgreSQL and MySQL).","type":"integer","minimum":1,"default":10000}}},"x-hoisted-19":{"description":"Read-only queries over the synced tables that `syncengine serve` answers at `GET /queries/<name>?param=value` (with the API token), e.g. a product search. Each runs as one SELECT in a read-only transaction; its `:name` placeholders take the declared `params` as bound parameters, never spliced into the SQL.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-18"}},"x-hoisted-20":{"description":"Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.error_class}` (network, rate_limit, authentication, server, database, validation, config, other; null unless the run failed), `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.selection}` (null unless the run was limited to a selection), `${result.run_id}` become bound parameters.","type":"object","additionalProperties":false,"required":["connection"],"properties":{"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"success":{"description":"Statement after a successful run.","type":"string","minLength":1},"failure":{"description":"Statement after a failed or aborted run.","type":"string","minLength":1}}},"x-hoisted-21":{"description":"Time of day (`HH:MM`, in the tenant's time zone) its syncs are due: with `frequency_hours` 24 every day at that time, 6 at that time and every 6 hours after it, 48 every other day. Without it a tenant is due `frequency_hours` after its last successful sync.","type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},"x-hoisted-22":{"description":"Tenant fields stored encrypted (e.g. a `credentials` column), decrypted when the tenants are read: `aes-256-gcm` (base64 of a 12-byte nonce, the ciphertext and the 16-byte tag) or `fernet` (Python `cryptography`). A decrypted JSON object becomes a map (`${tenant.credentials.access_token}`); its fields named like secrets, and plain decrypted text, are masked everywhere. A tenant whose field does not decrypt fails its run with that reason.","type":"object","additionalProperties":false,"required":["fields","key"],"properties":{"fields":{"description":"Top-level tenant fields that hold ciphertext.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"key":{"description":"The key, e.g. `${secrets.credentials_key}`: for `aes-256-gcm` 32 bytes as 64 hex digits or base64; for `fernet` the base64url Fernet key.","type":"string","minLength":1,"x-secret":true},"algorithm":{"description":"The cipher.","type":"string","enum":["aes-256-gcm","fernet"],"default":"aes-256-gcm"}}},"x-hoisted-23":{"description":"Statements run on a connection after each tenant's run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.","type":"object","additionalProperties":false,"required":["connection"],"properties":{"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"success":{"description":"Statement after a successful run.","type":"string","minLength":1},"failure":{"description":"Statement after a failed run.","type":"string","minLength":1}}},"x-hoisted-24":{"description":"Runs the whole pipeline once per tenant (e.g. per client account). Each tenant's fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.","type":"object","additionalProperties":false,"properties":{"source":{"description":"Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"list":{"description":"The tenants, inline.","type":"array","items":{"type":"object"},"tsType":"Record<string, unknown>[]"},"file":{"description":"A JSON or YAML file with a list of tenants, relative to the pipeline file.","type":"string","minLength":1},"id":{"description":"Dot path of the tenant id in each tenant record.","type":"string","minLength":1,"default":"id"},"where":{"description":"Run only the tenants for which this json-logic expression is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"concurrency":{"description":"How many tenants run at the same time.","type":"integer","minimum":1,"maximum":64,"default":1},"frequency_hours":{"description":"Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.","type":"string","minLength":1},"at":{"$ref":"#/$defs/x-hoisted-21"},"timezone":{"description":"IANA time zone of `at` for tenants without their own (`timezone_field`).","type":"string","default":"UTC"},"timezone_field":{"description":"Dot path of the tenant's own IANA time zone in its record.","type":"string","minLength":1},"decrypt":{"$ref":"#/$defs/x-hoisted-22"},"write_back":{"$ref":"#/$defs/x-hoisted-23"}}},"x-hoisted-25":{"type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"pick":{"description":"`first`: the first record (an error when there is none); `all`: the list of every record.","type":"string","enum":["first","all"],"default":"first"}}},"x-hoisted-26":{"description":"Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","tsType":"Record<string, unknown>"}},"x-hoisted-27":{"description":"Where records come from: `connection` names a connection; the other keys are the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"x-hoisted-28":{"description":"Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.","type":"object","additionalProperties":false,"required":["cursor_field"],"properties":{"cursor_field":{"description":"Dot path of the field in the source record that grows with every change, e.g. `updated_at`.","type":"string","minLength":1},"initial":{"description":"Cursor value for the first run, when no cursor is stored yet.","type":["string","number"]},"ordered":{"description":"The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.","type":"boolean","default":false}}},"x-hoisted-29":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"stream":{"description":"Name of another stream whose source (and transforms) give the records; its sink is not used.","type":"string"}},"description":"Parent records: `source` (a source block, like a stream's) or `stream` (another stream's source and transforms; its sink is not used)."},"x-hoisted-30":{"description":"Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.","type":"object","additionalProperties":false,"properties":{"values":{"description":"A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).","type":["array","string"],"tsType":"unknown[] | string"},"from":{"$ref":"#/$defs/x-hoisted-29"},"key":{"description":"Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).","type":"string","minLength":1,"default":"id"},"concurrency":{"description":"How many partitions are read at the same time. Their batches are written one at a time, each partition's in order, each with its own cursor.","type":"integer","minimum":1,"maximum":64,"default":1}}},"x-hoisted-31":{"description":"Keeps a copy of the source's records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.","type":"string","minLength":1},"format":{"description":"File format. Default: from the extension (`.csv`, else JSON lines).","type":"string","enum":["csv","jsonl"]},"max_age":{"description":"Read the source again when the file is older than this, e.g. `24h`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"}}},"x-hoisted-32":{"type":"object","additionalProperties":false,"required":["sink"],"properties":{"transforms":{"description":"Steps for this output only.","type":"array","items":{"$ref":"#/$defs/transformStep"},"default":[]},"sink":{"description":"Where this output goes: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true}}},"x-hoisted-33":{"description":"More outputs of the same records: each entry runs its own `transforms` on the records the stream's transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.","type":"array","items":{"$ref":"#/$defs/x-hoisted-32"}},"x-hoisted-34":{"description":"Fetches just the given ids (a webhook, `--ids`): these source options replace the stream's for that run.","type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"description":"Source options that replace the stream's, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: \"Id in (${ids_csv})\" }` (one request for all).","type":"object","additionalProperties":true}}},"x-hoisted-35":{"type":"object","additionalProperties":false,"required":["when","use"],"properties":{"when":{"description":"A json-logic expression, e.g. `{\">\": [{\"var\": \"total\"}, 0]}`. See docs/expressions.md.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"use":{"type":"string","enum":["full","incremental"]}}},"x-hoisted-36":{"description":"Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.","type":"array","items":{"$ref":"#/$defs/x-hoisted-35"}},"x-hoisted-37":{"description":"How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).","type":"object","additionalProperties":false,"properties":{"ids":{"$ref":"#/$defs/x-hoisted-34"},"auto":{"$ref":"#/$defs/x-hoisted-36"}}},"x-hoisted-38":{"description":"When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.","type":"object","additionalProperties":false,"properties":{"max_records":{"description":"Most records a run may quarantine.","type":"integer","minimum":0},"max_percent":{"description":"Most records a run may quarantine, as a percentage of the records read.","type":"number","minimum":0,"maximum":100}}},"x-hoisted-39":{"type":"object","additionalProperties":false,"required":["source","sink"],"properties":{"extends":{"description":"Name of a template under `templates` this stream is built from; its own keys override the template's.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"params":{"description":"Values for the template's `${params.name}` references (`${params.stream}` is the stream's name).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"tsType":"unknown"}},"description":{"type":"string","description":"Free text."},"source":{"$ref":"#/$defs/x-hoisted-27"},"incremental":{"$ref":"#/$defs/x-hoisted-28"},"partitions":{"$ref":"#/$defs/x-hoisted-30"},"transforms":{"description":"Steps applied to each record in order, between the source and the sink.","type":"array","items":{"$ref":"#/$defs/transformStep"},"default":[]},"sink":{"description":"Where records go: `connection` names a connection; the other keys are the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"primary_key":{"description":"Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.","type":"array","items":{"type":"string","minLength":1},"minItems":1},"cache":{"$ref":"#/$defs/x-hoisted-31"},"also":{"$ref":"#/$defs/x-hoisted-33"},"strategies":{"$ref":"#/$defs/x-hoisted-37"},"after":{"description":"Streams that must finish before this one starts (e.g. items before purchase orders).","type":"array","items":{"type":"string"},"uniqueItems":true},"reference":{"description":"Reference (master) data other streams look up, e.g. vendors mapped into a crosswalk: `--stream` of a stream that runs `after` it runs it too, first, and `--limit` never shortens it unless it is named in `--stream` itself.","type":"boolean","default":false},"quarantine":{"$ref":"#/$defs/x-hoisted-38"},"batch_size":{"description":"Records per batch for this stream. Defaults to `defaults.batch_size`.","type":"integer","minimum":1,"maximum":100000},"read_ahead":{"description":"Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.","type":"integer","minimum":1,"maximum":64}}},"x-hoisted-40":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped."},"x-hoisted-41":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created)."},"x-hoisted-42":{"description":"Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).","type":"object","additionalProperties":false,"required":["into"],"properties":{"into":{"description":"Name of the field that receives the packed fields.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"keep":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Fields that stay at the top level."}}},"x-hoisted-43":{"description":"Turns one record into one record per element of the list at `path` (e.g. one per order line).","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"Dot path of the list.","type":"string","minLength":1},"into":{"description":"Field that receives the element; the list field itself is removed.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$","default":"item"},"index":{"description":"Optional field that receives the element's position (0-based).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"keep_empty":{"description":"Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.","type":"boolean","default":false}}},"x-hoisted-44":{"description":"Drops a record whose key was already seen in this run (the first one wins).","type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dot path(s) of the fields that identify a record."}}},"x-hoisted-45":{"type":"object","additionalProperties":false,"required":["when","set"],"properties":{"when":{"description":"A json-logic condition on the record.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"set":{"description":"Fields to set: constants; text may use `${record.field}`.","type":"object","minProperties":1,"additionalProperties":{"tsType":"unknown"}}}},"x-hoisted-46":{"description":"Sets fields from the first rule whose `when` holds, or from `default` when none does.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/x-hoisted-45"}},"default":{"description":"Fields to set when no rule matches.","type":"object","additionalProperties":{"tsType":"unknown"}}}},"x-hoisted-47":{"description":"Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.","type":"object","additionalProperties":false,"required":["schema"],"properties":{"schema":{"description":"The JSON Schema records must match.","type":"object","tsType":"Record<string, unknown>"}}},"x-hoisted-48":{"description":"The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.","type":"string","enum":["integer","number","text"]},"x-hoisted-49":{"description":"Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.","type":"object","additionalProperties":false,"required":["kind","path"],"properties":{"kind":{"description":"Crosswalk kind, e.g. `item`.","type":"string","minLength":1},"path":{"description":"Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.","type":"string","minLength":1},"missing":{"description":"When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.","type":"string","enum":["quarantine","skip","fail"],"default":"quarantine"},"as":{"$ref":"#/$defs/x-hoisted-48"}}},"x-hoisted-50":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"stream":{"description":"Name of another stream whose source (and transforms) give the records; its sink is not used.","type":"string"}},"description":"The right side: `source` (a source block) or `stream` (another stream)."},"x-hoisted-51":{"description":"Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).","type":"object","additionalProperties":false,"required":["from","on","fields"],"properties":{"from":{"$ref":"#/$defs/x-hoisted-50"},"on":{"description":"Join key: `left` path in this stream's record, `right` path in the other record.","type":"object","additionalProperties":false,"required":["left","right"],"properties":{"left":{"type":"string","minLength":1},"right":{"type":"string","minLength":1}}},"fields":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Fields to add, read from the matching right record (field specs; `default` applies on a miss)."},"max_in_memory":{"description":"Right-side records kept in memory before the lookup moves to disk.","type":"integer","minimum":1,"default":100000}}}},"properties":{"version":{"description":"Version of the pipeline language this file is written in.","type":"integer","enum":[1]},"name":{"description":"Name of the pipeline in logs and run history. Defaults to the file name without extension.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"description":{"description":"Free text about the pipeline, shown by `syncengine serve` (`GET /pipelines`).","type":"string"},"tags":{"description":"Labels of the pipeline, e.g. `[shopify]`: a trigger of `syncengine serve` (`triggers.*.tag`) runs only the pipelines that carry the tag it is asked for.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"uniqueItems":true},"secrets":{"$ref":"#/$defs/x-hoisted-1"},"vars":{"$ref":"#/$defs/x-hoisted-2"},"state":{"$ref":"#/$defs/x-hoisted-3"},"stream_concurrency":{"description":"How many streams of a run may run at the same time. A stream still starts only after every stream in its `after` list finished, and streams start in the file's order; each stream's requests share its connection's `rate_limit`.","type":"integer","minimum":1,"maximum":16,"default":1},"defaults":{"description":"Settings applied to every stream unless the stream sets its own.","type":"object","additionalProperties":false,"properties":{"batch_size":{"description":"Records per batch handed to the sink; the cursor is checkpointed per committed batch.","type":"integer","minimum":1,"maximum":100000,"default":500},"read_ahead":{"description":"Pages a source may fetch ahead of the page being transformed. Reading, transforming and writing always overlap; a source whose next address does not depend on the last response (page and offset paging) has up to this many requests in flight, within its rate limit, while one whose next request needs the last response (cursor, next link) fetches one page ahead. Memory holds at most this many pages plus two, and three batches, per stream being read.","type":"integer","minimum":1,"maximum":64,"default":4}},"default":{}},"schedule":{"$ref":"#/$defs/x-hoisted-4"},"webhooks":{"$ref":"#/$defs/x-hoisted-7"},"jobs":{"$ref":"#/$defs/x-hoisted-10"},"triggers":{"$ref":"#/$defs/x-hoisted-12"},"selections":{"$ref":"#/$defs/x-hoisted-16"},"queries":{"$ref":"#/$defs/x-hoisted-19"},"after_run":{"$ref":"#/$defs/x-hoisted-20"},"tenants":{"$ref":"#/$defs/x-hoisted-24"},"discover":{"description":"Requests made once at the start of a run whose result the streams use as `${discover.<name>}`, e.g. a lookup of the warehouse id of a checkout.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-25"}},"connections":{"description":"Reusable connections (an API with its auth, a database), keyed by name. `type` picks the connector; the other keys are that connector's options.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","required":["type"],"properties":{"type":{"description":"The connector, e.g. `http`, `sqlite`, `stdout`.","type":"string"}},"additionalProperties":true},"default":{}},"templates":{"$ref":"#/$defs/x-hoisted-26"},"streams":{"description":"The streams of the pipeline, keyed by name. Each reads from one source and writes to one sink.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-39"}}}};
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

const schema10 = {"description":"Where cursors, run history, the quarantine and the crosswalk live when the command line names no store (`--state`, `SYNCENGINE_STATE`): a SQLite file relative to this file, `sqlite:path`, `postgres://...` or `mysql://...`. Default `.syncengine/state.db` next to this file.","type":"string","minLength":1};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.type,parentSchema:schema10,data};
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
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
validate28.errors = vErrors;
return errors === 0;
}

const schema11 = {"description":"When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.","type":"object","additionalProperties":false,"properties":{"every":{"description":"An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},"cron":{"description":"A cron expression (5 or 6 fields), e.g. `0 */6 * * *`.","type":"string","minLength":9},"timezone":{"description":"IANA time zone of the cron expression.","type":"string","default":"UTC"}}};
const pattern4 = new RegExp("^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timezone === undefined){
data.timezone = "UTC";
}
for(const key0 in data){
if(!(((key0 === "every") || (key0 === "cron")) || (key0 === "timezone"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
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
const err1 = {instancePath:instancePath+"/every",schemaPath:"#/properties/every/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.every.type,parentSchema:schema11.properties.every,data:data0};
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
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/every",schemaPath:"#/properties/every/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$",parentSchema:schema11.properties.every,data:data0};
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
const err3 = {instancePath:instancePath+"/cron",schemaPath:"#/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.cron.type,parentSchema:schema11.properties.cron,data:data1};
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
const err4 = {instancePath:instancePath+"/cron",schemaPath:"#/properties/cron/minLength",keyword:"minLength",params:{limit: 9},message:"must NOT have fewer than 9 characters",schema:9,parentSchema:schema11.properties.cron,data:data1};
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
const err5 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.timezone.type,parentSchema:schema11.properties.timezone,data:data2};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema12 = {"description":"Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-6"}};
const schema13 = {"type":"object","additionalProperties":false,"required":["stream","ids"],"properties":{"stream":{"description":"The stream to run by ids (it must declare `strategies.ids`).","type":"string"},"ids":{"description":"Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.","type":"string","minLength":1},"when":{"description":"Accept only payloads for which this json-logic expression is truthy; others get 202 and no run.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"tenant":{"description":"Dot path of the tenant id in the payload, for multi-tenant pipelines.","type":"string"},"secret":{"description":"A shared secret the sender puts in `secret_header`.","type":"string","x-secret":true},"secret_header":{"description":"Header that carries the shared secret.","type":"string","default":"X-Webhook-Secret"},"hmac":{"$ref":"#/$defs/x-hoisted-5"}}};
const schema14 = {"description":"An HMAC signature of the raw body instead of a shared secret.","type":"object","additionalProperties":false,"required":["secret","header"],"properties":{"secret":{"type":"string","x-secret":true,"description":"The signing key."},"header":{"type":"string","description":"Header that carries the signature, e.g. `X-Signature`."},"algorithm":{"type":"string","enum":["sha1","sha256","sha512"],"default":"sha256"},"encoding":{"type":"string","enum":["hex","base64"],"default":"hex"},"prefix":{"type":"string","description":"Text before the signature in the header, e.g. `sha256=`.","default":""},"timestamp_header":{"type":"string","description":"Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409)."},"signed":{"type":"string","description":"What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`."},"tolerance_s":{"type":"integer","minimum":1,"default":300,"description":"With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered."}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.header === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "header"},message:"must have required property '"+"header"+"'",schema:schema14.required,parentSchema:schema14,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
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
const err3 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.secret.type,parentSchema:schema14.properties.secret,data:data0};
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
const err4 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.header.type,parentSchema:schema14.properties.header,data:data1};
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
const err5 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.algorithm.type,parentSchema:schema14.properties.algorithm,data:data2};
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
const err6 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema14.properties.algorithm.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.algorithm.enum,parentSchema:schema14.properties.algorithm,data:data2};
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
const err7 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.encoding.type,parentSchema:schema14.properties.encoding,data:data3};
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
const err8 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema14.properties.encoding.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.encoding.enum,parentSchema:schema14.properties.encoding,data:data3};
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
const err9 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.prefix.type,parentSchema:schema14.properties.prefix,data:data4};
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
const err10 = {instancePath:instancePath+"/timestamp_header",schemaPath:"#/properties/timestamp_header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.timestamp_header.type,parentSchema:schema14.properties.timestamp_header,data:data5};
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
const err11 = {instancePath:instancePath+"/signed",schemaPath:"#/properties/signed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.signed.type,parentSchema:schema14.properties.signed,data:data6};
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
const err12 = {instancePath:instancePath+"/tolerance_s",schemaPath:"#/properties/tolerance_s/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.tolerance_s.type,parentSchema:schema14.properties.tolerance_s,data:data7};
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
const err13 = {instancePath:instancePath+"/tolerance_s",schemaPath:"#/properties/tolerance_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.tolerance_s,data:data7};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.secret_header === undefined){
data.secret_header = "X-Webhook-Secret";
}
if(data.stream === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stream"},message:"must have required property '"+"stream"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ids === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ids"},message:"must have required property '"+"ids"+"'",schema:schema13.required,parentSchema:schema13,data};
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
const err3 = {instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.stream.type,parentSchema:schema13.properties.stream,data:data0};
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
const err4 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.ids.type,parentSchema:schema13.properties.ids,data:data1};
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
const err5 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.ids,data:data1};
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
const err6 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: schema13.properties.when.type},message:"must be object,array,string,number,boolean,null",schema:schema13.properties.when.type,parentSchema:schema13.properties.when,data:data2};
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
const err7 = {instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.tenant.type,parentSchema:schema13.properties.tenant,data:data3};
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
const err8 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.secret.type,parentSchema:schema13.properties.secret,data:data4};
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
const err9 = {instancePath:instancePath+"/secret_header",schemaPath:"#/properties/secret_header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.secret_header.type,parentSchema:schema13.properties.secret_header,data:data5};
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
if(!(validate34.call(this, data.hmac, {instancePath:instancePath+"/hmac",parentData:data,parentDataProperty:"hmac",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern0.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema12.propertyNames,data:key0,propertyName:key0};
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
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema12.propertyNames,parentSchema:schema12,data};
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
if(!(validate33.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema15 = {"description":"SQL jobs of the pipeline, keyed by name: statements run on a connection on their own schedule (`syncengine schedule` and `serve --schedule`), or by hand (`syncengine job`, `POST /pipelines/<name>/jobs/<job>/runs`), e.g. a cache table rebuilt from the synced data every 8 hours. Each run is kept in run history as pipeline `<pipeline>/<job>`.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-9"}};
const schema16 = {"type":"object","additionalProperties":false,"required":["connection","statements"],"properties":{"description":{"type":"string","description":"Free text."},"cron":{"description":"When it runs: a cron expression (5 or 6 fields), e.g. `0 1,9,17 * * *`.","type":"string","minLength":9},"every":{"description":"When it runs: an interval after its last successful run, e.g. `8h`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},"timezone":{"description":"IANA time zone of `cron`.","type":"string","default":"UTC"},"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"statements":{"$ref":"#/$defs/x-hoisted-8"},"where":{"description":"With `for_each_tenant`: run only for the tenants for which this json-logic expression on the tenant record is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"for_each_tenant":{"description":"Run the statements once per tenant of the pipeline (each a run of its own), with `${tenant.*}`.","type":"boolean","default":false}}};
const schema17 = {"description":"Statements run in order, in one transaction where the connector offers one. `${...}` references are bound parameters (`${job.name}`, `${run.id}`, `${now}`, and `${tenant.*}` with `for_each_tenant`); a reference that is the whole of a quoted identifier (`\"client_${tenant.key}_data\"`, MySQL `` `...` ``) is spliced as a name, and must be letters, digits and `_`.","type":"array","minItems":1,"items":{"type":"string","minLength":1}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
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
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.items.type,parentSchema:schema17.items,data:data0};
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
data[i0] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.items,data:data0};
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
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timezone === undefined){
data.timezone = "UTC";
}
if(data.for_each_tenant === undefined){
data.for_each_tenant = false;
}
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
if(data.statements === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statements"},message:"must have required property '"+"statements"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "description") || (key0 === "cron")) || (key0 === "every")) || (key0 === "timezone")) || (key0 === "connection")) || (key0 === "statements")) || (key0 === "where")) || (key0 === "for_each_tenant"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
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
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.description.type,parentSchema:schema16.properties.description,data:data0};
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
data["description"] = coerced0;
}
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
const err4 = {instancePath:instancePath+"/cron",schemaPath:"#/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.cron.type,parentSchema:schema16.properties.cron,data:data1};
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
data["cron"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 9){
const err5 = {instancePath:instancePath+"/cron",schemaPath:"#/properties/cron/minLength",keyword:"minLength",params:{limit: 9},message:"must NOT have fewer than 9 characters",schema:9,parentSchema:schema16.properties.cron,data:data1};
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
if(data.every !== undefined){
let data2 = data.every;
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
const err6 = {instancePath:instancePath+"/every",schemaPath:"#/properties/every/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.every.type,parentSchema:schema16.properties.every,data:data2};
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
data["every"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err7 = {instancePath:instancePath+"/every",schemaPath:"#/properties/every/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$",parentSchema:schema16.properties.every,data:data2};
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
let data3 = data.timezone;
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
const err8 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.timezone.type,parentSchema:schema16.properties.timezone,data:data3};
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
data["timezone"] = coerced3;
}
}
}
if(data.connection !== undefined){
let data4 = data.connection;
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
const err9 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.connection.type,parentSchema:schema16.properties.connection,data:data4};
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
data["connection"] = coerced4;
}
}
}
}
if(data.statements !== undefined){
if(!(validate40.call(this, data.statements, {instancePath:instancePath+"/statements",parentData:data,parentDataProperty:"statements",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.where !== undefined){
let data6 = data.where;
if((((typeof data6 != "object") && (typeof data6 !== "string")) && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){
let dataType5 = typeof data6;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data6;
}
else if(data6 === null){
coerced5 = "";
}
else if(dataType5 == "boolean" || data6 === null
              || (dataType5 == "string" && data6 && data6 == +data6)){
coerced5 = +data6;
}
else if(data6 === "false" || data6 === 0 || data6 === null){
coerced5 = false;
}
else if(data6 === "true" || data6 === 1){
coerced5 = true;
}
else if(data6 === "" || data6 === 0 || data6 === false){
coerced5 = null;
}
else {
const err10 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/type",keyword:"type",params:{type: schema16.properties.where.type},message:"must be object,array,string,number,boolean,null",schema:schema16.properties.where.type,parentSchema:schema16.properties.where,data:data6};
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
data6 = coerced5;
if(data !== undefined){
data["where"] = coerced5;
}
}
}
}
let data7 = data.for_each_tenant;
if(typeof data7 !== "boolean"){
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(data7 === "false" || data7 === 0 || data7 === null){
coerced6 = false;
}
else if(data7 === "true" || data7 === 1){
coerced6 = true;
}
else {
const err11 = {instancePath:instancePath+"/for_each_tenant",schemaPath:"#/properties/for_each_tenant/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema16.properties.for_each_tenant.type,parentSchema:schema16.properties.for_each_tenant,data:data7};
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
data7 = coerced6;
if(data !== undefined){
data["for_each_tenant"] = coerced6;
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern0.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema15.propertyNames,data:key0,propertyName:key0};
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
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema15.propertyNames,parentSchema:schema15,data};
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
if(!(validate39.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema18 = {"description":"Endpoints of `syncengine serve` (`POST /triggers/<name>`) that run every pipeline declaring a trigger of that name: its due tenants, or all with the `force` parameter, filtered by tenant and tag. The values name the query parameters (or JSON body fields) the endpoint reads, so it can take the parameters an existing admin endpoint took.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-11"}};
const schema19 = {"type":"object","additionalProperties":false,"properties":{"force":{"description":"Parameter that, `true`, runs every target instead of only the due ones, e.g. `force_sync`.","type":"string","default":"force"},"tenant":{"description":"Parameter holding the one tenant id to run, e.g. `client_id_filter`.","type":"string","default":"tenant"},"tag":{"description":"Parameter holding the tag a pipeline must carry (`tags`), e.g. `platform_filter`.","type":"string","default":"tag"}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.force === undefined){
data.force = "force";
}
if(data.tenant === undefined){
data.tenant = "tenant";
}
if(data.tag === undefined){
data.tag = "tag";
}
for(const key0 in data){
if(!(((key0 === "force") || (key0 === "tenant")) || (key0 === "tag"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
let data0 = data.force;
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
const err1 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.force.type,parentSchema:schema19.properties.force,data:data0};
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
data["force"] = coerced0;
}
}
}
let data1 = data.tenant;
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
const err2 = {instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.tenant.type,parentSchema:schema19.properties.tenant,data:data1};
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
data1 = coerced1;
if(data !== undefined){
data["tenant"] = coerced1;
}
}
}
let data2 = data.tag;
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
const err3 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.tag.type,parentSchema:schema19.properties.tag,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["tag"] = coerced2;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}


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
if(!(validate45.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}

const schema20 = {"description":"Named subsets of the data a run can be limited to, e.g. one product category: chosen with `syncengine run --select <name>` or `POST /pipelines/<pipeline>/runs {\"select\": \"<name>\"}`. A selection names the streams it runs; for each, `source` options merged over the stream's source (a filter the API applies) and/or `where`, a filter over the source records. A selection run reads what it selects in full and neither reads nor moves a cursor.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-15"}};
const schema21 = {"type":"object","additionalProperties":false,"required":["streams"],"properties":{"description":{"description":"Free text, shown by `syncengine serve` (`GET /pipelines/<name>`).","type":"string"},"streams":{"description":"The streams this selection runs, by name, each with how its records are chosen.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-14"}}}};
const schema22 = {"type":"object","additionalProperties":false,"properties":{"source":{"$ref":"#/$defs/x-hoisted-13"},"where":{"description":"Keeps only the source records for which this json-logic expression is truthy, before the stream's transforms (the others count as filtered), e.g. `{ starts_with: [{ var: Code }, \"CIA_\"] }`.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"}}};
const schema23 = {"description":"Source options merged over the stream's source for a selection run: maps merge key by key (so `params: { $filter: ... }` keeps the stream's other params), other values replace, e.g. a server-side filter.","type":"object","tsType":"Record<string, unknown>","additionalProperties":true};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "source") || (key0 === "where"))){
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
if(data.source !== undefined){
if(!(validate51.call(this, data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.where !== undefined){
let data1 = data.where;
if((((typeof data1 != "object") && (typeof data1 !== "string")) && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")){
let dataType0 = typeof data1;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data1;
}
else if(data1 === null){
coerced0 = "";
}
else if(dataType0 == "boolean" || data1 === null
              || (dataType0 == "string" && data1 && data1 == +data1)){
coerced0 = +data1;
}
else if(data1 === "false" || data1 === 0 || data1 === null){
coerced0 = false;
}
else if(data1 === "true" || data1 === 1){
coerced0 = true;
}
else if(data1 === "" || data1 === 0 || data1 === false){
coerced0 = null;
}
else {
const err1 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/type",keyword:"type",params:{type: schema22.properties.where.type},message:"must be object,array,string,number,boolean,null",schema:schema22.properties.where.type,parentSchema:schema22.properties.where,data:data1};
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
data1 = coerced0;
if(data !== undefined){
data["where"] = coerced0;
}
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.streams === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "streams"},message:"must have required property '"+"streams"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "description") || (key0 === "streams"))){
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
if(data.description !== undefined){
let data0 = data.description;
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
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.description.type,parentSchema:schema21.properties.description,data:data0};
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
data["description"] = coerced0;
}
}
}
}
if(data.streams !== undefined){
let data1 = data.streams;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err3 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema21.properties.streams,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
const _errs6 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err4 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema21.properties.streams.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
const err5 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema21.properties.streams.propertyNames,parentSchema:schema21.properties.streams,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key2 in data1){
if(!(validate50.call(this, data1[key2], {instancePath:instancePath+"/streams/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.streams.type,parentSchema:schema21.properties.streams,data:data1};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern0.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema20.propertyNames,data:key0,propertyName:key0};
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
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema20.propertyNames,parentSchema:schema20,data};
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
if(!(validate49.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
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
validate48.errors = vErrors;
return errors === 0;
}

const schema24 = {"description":"Read-only queries over the synced tables that `syncengine serve` answers at `GET /queries/<name>?param=value` (with the API token), e.g. a product search. Each runs as one SELECT in a read-only transaction; its `:name` placeholders take the declared `params` as bound parameters, never spliced into the SQL.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-18"}};
const schema25 = {"type":"object","additionalProperties":false,"required":["connection","sql"],"properties":{"description":{"description":"Free text, shown by `GET /queries`.","type":"string"},"connection":{"description":"A SQL connection (sqlite, postgres, mysql) under `connections`.","type":"string"},"sql":{"description":"One SELECT. `:name` is a declared parameter, sent as a bound parameter (cast it where the database must know its type, e.g. `CAST(:q AS text) IS NULL`).","type":"string","minLength":1},"params":{"description":"The parameters the query takes from the URL, by name; any other parameter is refused (400).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"$ref":"#/$defs/x-hoisted-17"},"default":{}},"max_rows":{"description":"Most rows one answer holds; past it the answer says `truncated: true`.","type":"integer","minimum":1,"maximum":10000,"default":1000},"timeout_ms":{"description":"How long the query may run before the database cancels it (PostgreSQL and MySQL).","type":"integer","minimum":1,"default":10000}}};
const pattern12 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema26 = {"type":"object","additionalProperties":false,"properties":{"description":{"type":"string","description":"Free text."},"type":{"description":"How the text from the URL is read: `text`, `integer`, `number` or `boolean` (`true`/`false`).","type":"string","enum":["text","integer","number","boolean"],"default":"text"},"required":{"description":"A request without this parameter is refused (400).","type":"boolean","default":false},"default":{"description":"The value when the request leaves the parameter out; without one, it is bound as NULL.","type":["string","number","boolean"]},"minimum":{"description":"Smallest value of a number.","type":"number"},"maximum":{"description":"Largest value of a number.","type":"number"},"max_length":{"description":"Longest text, in characters.","type":"integer","minimum":1,"default":200},"allowed":{"description":"The only values accepted, e.g. `[product, service, rental]`.","type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}}};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
data.type = "text";
}
if(data.required === undefined){
data.required = false;
}
if(data.max_length === undefined){
data.max_length = 200;
}
for(const key0 in data){
if(!((((((((key0 === "description") || (key0 === "type")) || (key0 === "required")) || (key0 === "default")) || (key0 === "minimum")) || (key0 === "maximum")) || (key0 === "max_length")) || (key0 === "allowed"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
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
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.description.type,parentSchema:schema26.properties.description,data:data0};
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
data["description"] = coerced0;
}
}
}
}
let data1 = data.type;
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
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.type.type,parentSchema:schema26.properties.type,data:data1};
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
data1 = coerced1;
if(data !== undefined){
data["type"] = coerced1;
}
}
}
if(!((((data1 === "text") || (data1 === "integer")) || (data1 === "number")) || (data1 === "boolean"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema26.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema26.properties.type.enum,parentSchema:schema26.properties.type,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
let data2 = data.required;
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
const err4 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.required.type,parentSchema:schema26.properties.required,data:data2};
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
data2 = coerced2;
if(data !== undefined){
data["required"] = coerced2;
}
}
}
if(data.default !== undefined){
let data3 = data.default;
if(((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){
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
else {
const err5 = {instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: schema26.properties.default.type},message:"must be string,number,boolean",schema:schema26.properties.default.type,parentSchema:schema26.properties.default,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["default"] = coerced3;
}
}
}
}
if(data.minimum !== undefined){
let data4 = data.minimum;
if(!((typeof data4 == "number") && (isFinite(data4)))){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "boolean" || data4 === null
              || (dataType4 == "string" && data4 && data4 == +data4)){
coerced4 = +data4;
}
else {
const err6 = {instancePath:instancePath+"/minimum",schemaPath:"#/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema26.properties.minimum.type,parentSchema:schema26.properties.minimum,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["minimum"] = coerced4;
}
}
}
}
if(data.maximum !== undefined){
let data5 = data.maximum;
if(!((typeof data5 == "number") && (isFinite(data5)))){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "boolean" || data5 === null
              || (dataType5 == "string" && data5 && data5 == +data5)){
coerced5 = +data5;
}
else {
const err7 = {instancePath:instancePath+"/maximum",schemaPath:"#/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema26.properties.maximum.type,parentSchema:schema26.properties.maximum,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["maximum"] = coerced5;
}
}
}
}
let data6 = data.max_length;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 === "boolean" || data6 === null
              || (dataType6 === "string" && data6 && data6 == +data6 && !(data6 % 1))){
coerced6 = +data6;
}
else {
const err8 = {instancePath:instancePath+"/max_length",schemaPath:"#/properties/max_length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.properties.max_length.type,parentSchema:schema26.properties.max_length,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["max_length"] = coerced6;
}
}
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/max_length",schemaPath:"#/properties/max_length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema26.properties.max_length,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.allowed !== undefined){
let data7 = data.allowed;
if(Array.isArray(data7)){
if(data7.length < 1){
const err10 = {instancePath:instancePath+"/allowed",schemaPath:"#/properties/allowed/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema26.properties.allowed,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))) && (typeof data8 !== "boolean")){
let dataType7 = typeof data8;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data8;
}
else if(data8 === null){
coerced7 = "";
}
else if(dataType7 == "boolean" || data8 === null
              || (dataType7 == "string" && data8 && data8 == +data8)){
coerced7 = +data8;
}
else if(data8 === "false" || data8 === 0 || data8 === null){
coerced7 = false;
}
else if(data8 === "true" || data8 === 1){
coerced7 = true;
}
else {
const err11 = {instancePath:instancePath+"/allowed/" + i0,schemaPath:"#/properties/allowed/items/type",keyword:"type",params:{type: schema26.properties.allowed.items.type},message:"must be string,number,boolean",schema:schema26.properties.allowed.items.type,parentSchema:schema26.properties.allowed.items,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced7 !== undefined){
data8 = coerced7;
if(data7 !== undefined){
data7[i0] = coerced7;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/allowed",schemaPath:"#/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.allowed.type,parentSchema:schema26.properties.allowed,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.params === undefined){
data.params = {};
}
if(data.max_rows === undefined){
data.max_rows = 1000;
}
if(data.timeout_ms === undefined){
data.timeout_ms = 10000;
}
if(data.connection === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sql === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sql"},message:"must have required property '"+"sql"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "description") || (key0 === "connection")) || (key0 === "sql")) || (key0 === "params")) || (key0 === "max_rows")) || (key0 === "timeout_ms"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
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
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.description.type,parentSchema:schema25.properties.description,data:data0};
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
data["description"] = coerced0;
}
}
}
}
if(data.connection !== undefined){
let data1 = data.connection;
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
const err4 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.connection.type,parentSchema:schema25.properties.connection,data:data1};
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
data["connection"] = coerced1;
}
}
}
}
if(data.sql !== undefined){
let data2 = data.sql;
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
const err5 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.sql.type,parentSchema:schema25.properties.sql,data:data2};
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
data["sql"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.sql,data:data2};
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
let data3 = data.params;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs10 = errors;
if(typeof key1 === "string"){
if(!pattern12.test(key1)){
const err7 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema25.properties.params.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid1 = _errs10 === errors;
if(!valid1){
const err8 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema25.properties.params.propertyNames,parentSchema:schema25.properties.params,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data3){
if(!(validate58.call(this, data3[key2], {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.params.type,parentSchema:schema25.properties.params,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
let data5 = data.max_rows;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
let dataType3 = typeof data5;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data5 === null
              || (dataType3 === "string" && data5 && data5 == +data5 && !(data5 % 1))){
coerced3 = +data5;
}
else {
const err10 = {instancePath:instancePath+"/max_rows",schemaPath:"#/properties/max_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.properties.max_rows.type,parentSchema:schema25.properties.max_rows,data:data5};
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
data5 = coerced3;
if(data !== undefined){
data["max_rows"] = coerced3;
}
}
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10000 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/max_rows",schemaPath:"#/properties/max_rows/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema25.properties.max_rows,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/max_rows",schemaPath:"#/properties/max_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25.properties.max_rows,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let data6 = data.timeout_ms;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
let dataType4 = typeof data6;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 === "boolean" || data6 === null
              || (dataType4 === "string" && data6 && data6 == +data6 && !(data6 % 1))){
coerced4 = +data6;
}
else {
const err13 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/properties/timeout_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.properties.timeout_ms.type,parentSchema:schema25.properties.timeout_ms,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced4 !== undefined){
data6 = coerced4;
if(data !== undefined){
data["timeout_ms"] = coerced4;
}
}
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/timeout_ms",schemaPath:"#/properties/timeout_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25.properties.timeout_ms,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern0.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema24.propertyNames,data:key0,propertyName:key0};
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
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema24.propertyNames,parentSchema:schema24,data};
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
if(!(validate57.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}

const schema27 = {"description":"Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.error_class}` (network, rate_limit, authentication, server, database, validation, config, other; null unless the run failed), `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.selection}` (null unless the run was limited to a selection), `${result.run_id}` become bound parameters.","type":"object","additionalProperties":false,"required":["connection"],"properties":{"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"success":{"description":"Statement after a successful run.","type":"string","minLength":1},"failure":{"description":"Statement after a failed or aborted run.","type":"string","minLength":1}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connection === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema27.required,parentSchema:schema27,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
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
const err2 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.connection.type,parentSchema:schema27.properties.connection,data:data0};
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
const err3 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.success.type,parentSchema:schema27.properties.success,data:data1};
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
const err4 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.success,data:data1};
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
const err5 = {instancePath:instancePath+"/failure",schemaPath:"#/properties/failure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.failure.type,parentSchema:schema27.properties.failure,data:data2};
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
const err6 = {instancePath:instancePath+"/failure",schemaPath:"#/properties/failure/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.failure,data:data2};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}

const schema28 = {"description":"Runs the whole pipeline once per tenant (e.g. per client account). Each tenant's fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.","type":"object","additionalProperties":false,"properties":{"source":{"description":"Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"list":{"description":"The tenants, inline.","type":"array","items":{"type":"object"},"tsType":"Record<string, unknown>[]"},"file":{"description":"A JSON or YAML file with a list of tenants, relative to the pipeline file.","type":"string","minLength":1},"id":{"description":"Dot path of the tenant id in each tenant record.","type":"string","minLength":1,"default":"id"},"where":{"description":"Run only the tenants for which this json-logic expression is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"concurrency":{"description":"How many tenants run at the same time.","type":"integer","minimum":1,"maximum":64,"default":1},"frequency_hours":{"description":"Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.","type":"string","minLength":1},"at":{"$ref":"#/$defs/x-hoisted-21"},"timezone":{"description":"IANA time zone of `at` for tenants without their own (`timezone_field`).","type":"string","default":"UTC"},"timezone_field":{"description":"Dot path of the tenant's own IANA time zone in its record.","type":"string","minLength":1},"decrypt":{"$ref":"#/$defs/x-hoisted-22"},"write_back":{"$ref":"#/$defs/x-hoisted-23"}}};
const schema29 = {"description":"Time of day (`HH:MM`, in the tenant's time zone) its syncs are due: with `frequency_hours` 24 every day at that time, 6 at that time and every 6 hours after it, 48 every other day. Without it a tenant is due `frequency_hours` after its last successful sync.","type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"};
const pattern13 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data};
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
if(!pattern13.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
validate65.errors = vErrors;
return errors === 0;
}

const schema30 = {"description":"Tenant fields stored encrypted (e.g. a `credentials` column), decrypted when the tenants are read: `aes-256-gcm` (base64 of a 12-byte nonce, the ciphertext and the 16-byte tag) or `fernet` (Python `cryptography`). A decrypted JSON object becomes a map (`${tenant.credentials.access_token}`); its fields named like secrets, and plain decrypted text, are masked everywhere. A tenant whose field does not decrypt fails its run with that reason.","type":"object","additionalProperties":false,"required":["fields","key"],"properties":{"fields":{"description":"Top-level tenant fields that hold ciphertext.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"key":{"description":"The key, e.g. `${secrets.credentials_key}`: for `aes-256-gcm` 32 bytes as 64 hex digits or base64; for `fernet` the base64url Fernet key.","type":"string","minLength":1,"x-secret":true},"algorithm":{"description":"The cipher.","type":"string","enum":["aes-256-gcm","fernet"],"default":"aes-256-gcm"}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.algorithm === undefined){
data.algorithm = "aes-256-gcm";
}
if(data.fields === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.key === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "fields") || (key0 === "key")) || (key0 === "algorithm"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.fields !== undefined){
let data0 = data.fields;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30.properties.fields,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
const err4 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.fields.items.type,parentSchema:schema30.properties.fields.items,data:data1};
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
data0[i0] = coerced0;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/properties/fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.fields.items,data:data1};
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
const err6 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.fields.type,parentSchema:schema30.properties.fields,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.key !== undefined){
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
const err7 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.key.type,parentSchema:schema30.properties.key,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
this.secrets.push(instancePath + "/key");
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.key,data:data2};
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
let data3 = data.algorithm;
if(typeof data3 !== "string"){
let dataType2 = typeof data3;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data3;
}
else if(data3 === null){
coerced2 = "";
}
else {
const err9 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.algorithm.type,parentSchema:schema30.properties.algorithm,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced2 !== undefined){
data3 = coerced2;
if(data !== undefined){
data["algorithm"] = coerced2;
}
}
}
if(!((data3 === "aes-256-gcm") || (data3 === "fernet"))){
const err10 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema30.properties.algorithm.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.algorithm.enum,parentSchema:schema30.properties.algorithm,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}

const schema31 = {"description":"Statements run on a connection after each tenant's run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.","type":"object","additionalProperties":false,"required":["connection"],"properties":{"connection":{"description":"A connection whose connector can run statements (sqlite, postgres, mysql).","type":"string"},"success":{"description":"Statement after a successful run.","type":"string","minLength":1},"failure":{"description":"Statement after a failed run.","type":"string","minLength":1}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connection === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema31.required,parentSchema:schema31,data};
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
const err2 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.connection.type,parentSchema:schema31.properties.connection,data:data0};
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
const err3 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.success.type,parentSchema:schema31.properties.success,data:data1};
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
const err4 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.success,data:data1};
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
const err5 = {instancePath:instancePath+"/failure",schemaPath:"#/properties/failure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.failure.type,parentSchema:schema31.properties.failure,data:data2};
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
const err6 = {instancePath:instancePath+"/failure",schemaPath:"#/properties/failure/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.failure,data:data2};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
data.id = "id";
}
if(data.concurrency === undefined){
data.concurrency = 1;
}
if(data.timezone === undefined){
data.timezone = "UTC";
}
for(const key0 in data){
if(!(func2.call(schema28.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
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
const err1 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema28.properties.source.required,parentSchema:schema28.properties.source,data:data0};
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
const err2 = {instancePath:instancePath+"/source/connection",schemaPath:"#/properties/source/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.source.properties.connection.type,parentSchema:schema28.properties.source.properties.connection,data:data1};
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
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.source.type,parentSchema:schema28.properties.source,data:data0};
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
const err4 = {instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.list.items.type,parentSchema:schema28.properties.list.items,data:data3};
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
const err5 = {instancePath:instancePath+"/list",schemaPath:"#/properties/list/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.list.type,parentSchema:schema28.properties.list,data:data2};
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
const err6 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.file.type,parentSchema:schema28.properties.file,data:data4};
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
const err7 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.file,data:data4};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.id.type,parentSchema:schema28.properties.id,data:data5};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.id,data:data5};
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
const err10 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/type",keyword:"type",params:{type: schema28.properties.where.type},message:"must be object,array,string,number,boolean,null",schema:schema28.properties.where.type,parentSchema:schema28.properties.where,data:data6};
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
const err11 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.concurrency.type,parentSchema:schema28.properties.concurrency,data:data7};
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
const err12 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema28.properties.concurrency,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28.properties.concurrency,data:data7};
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
const err14 = {instancePath:instancePath+"/frequency_hours",schemaPath:"#/properties/frequency_hours/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.frequency_hours.type,parentSchema:schema28.properties.frequency_hours,data:data8};
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
const err15 = {instancePath:instancePath+"/frequency_hours",schemaPath:"#/properties/frequency_hours/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.frequency_hours,data:data8};
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
if(data.at !== undefined){
if(!(validate65.call(this, data.at, {instancePath:instancePath+"/at",parentData:data,parentDataProperty:"at",rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
let data10 = data.timezone;
if(typeof data10 !== "string"){
let dataType6 = typeof data10;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data10;
}
else if(data10 === null){
coerced6 = "";
}
else {
const err16 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.timezone.type,parentSchema:schema28.properties.timezone,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(coerced6 !== undefined){
data10 = coerced6;
if(data !== undefined){
data["timezone"] = coerced6;
}
}
}
if(data.timezone_field !== undefined){
let data11 = data.timezone_field;
if(typeof data11 !== "string"){
let dataType7 = typeof data11;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data11;
}
else if(data11 === null){
coerced7 = "";
}
else {
const err17 = {instancePath:instancePath+"/timezone_field",schemaPath:"#/properties/timezone_field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.timezone_field.type,parentSchema:schema28.properties.timezone_field,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(coerced7 !== undefined){
data11 = coerced7;
if(data !== undefined){
data["timezone_field"] = coerced7;
}
}
}
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err18 = {instancePath:instancePath+"/timezone_field",schemaPath:"#/properties/timezone_field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.timezone_field,data:data11};
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
if(data.decrypt !== undefined){
if(!(validate67.call(this, data.decrypt, {instancePath:instancePath+"/decrypt",parentData:data,parentDataProperty:"decrypt",rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.write_back !== undefined){
if(!(validate69.call(this, data.write_back, {instancePath:instancePath+"/write_back",parentData:data,parentDataProperty:"write_back",rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}

const schema32 = {"type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"pick":{"description":"`first`: the first record (an error when there is none); `all`: the list of every record.","type":"string","enum":["first","all"],"default":"first"}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pick === undefined){
data.pick = "first";
}
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema32.required,parentSchema:schema32,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
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
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema32.properties.source.required,parentSchema:schema32.properties.source,data:data0};
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
const err3 = {instancePath:instancePath+"/source/connection",schemaPath:"#/properties/source/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.source.properties.connection.type,parentSchema:schema32.properties.source.properties.connection,data:data1};
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
const err4 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.source.type,parentSchema:schema32.properties.source,data:data0};
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
const err5 = {instancePath:instancePath+"/pick",schemaPath:"#/properties/pick/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.pick.type,parentSchema:schema32.properties.pick,data:data2};
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
const err6 = {instancePath:instancePath+"/pick",schemaPath:"#/properties/pick/enum",keyword:"enum",params:{allowedValues: schema32.properties.pick.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.pick.enum,parentSchema:schema32.properties.pick,data:data2};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}

const schema33 = {"description":"Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"object","tsType":"Record<string, unknown>"}};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern0.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema33.propertyNames,data:key0,propertyName:key0};
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
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema33.propertyNames,parentSchema:schema33,data};
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
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data0};
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
validate74.errors = vErrors;
return errors === 0;
}

const schema34 = {"type":"object","additionalProperties":false,"required":["source","sink"],"properties":{"extends":{"description":"Name of a template under `templates` this stream is built from; its own keys override the template's.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"params":{"description":"Values for the template's `${params.name}` references (`${params.stream}` is the stream's name).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"tsType":"unknown"}},"description":{"type":"string","description":"Free text."},"source":{"$ref":"#/$defs/x-hoisted-27"},"incremental":{"$ref":"#/$defs/x-hoisted-28"},"partitions":{"$ref":"#/$defs/x-hoisted-30"},"transforms":{"description":"Steps applied to each record in order, between the source and the sink.","type":"array","items":{"$ref":"#/$defs/transformStep"},"default":[]},"sink":{"description":"Where records go: `connection` names a connection; the other keys are the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"primary_key":{"description":"Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.","type":"array","items":{"type":"string","minLength":1},"minItems":1},"cache":{"$ref":"#/$defs/x-hoisted-31"},"also":{"$ref":"#/$defs/x-hoisted-33"},"strategies":{"$ref":"#/$defs/x-hoisted-37"},"after":{"description":"Streams that must finish before this one starts (e.g. items before purchase orders).","type":"array","items":{"type":"string"},"uniqueItems":true},"reference":{"description":"Reference (master) data other streams look up, e.g. vendors mapped into a crosswalk: `--stream` of a stream that runs `after` it runs it too, first, and `--limit` never shortens it unless it is named in `--stream` itself.","type":"boolean","default":false},"quarantine":{"$ref":"#/$defs/x-hoisted-38"},"batch_size":{"description":"Records per batch for this stream. Defaults to `defaults.batch_size`.","type":"integer","minimum":1,"maximum":100000},"read_ahead":{"description":"Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.","type":"integer","minimum":1,"maximum":64}}};
const schema35 = {"description":"Where records come from: `connection` names a connection; the other keys are the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connection === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema35.required,parentSchema:schema35,data};
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
const err1 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.connection.type,parentSchema:schema35.properties.connection,data:data0};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}

const schema36 = {"description":"Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.","type":"object","additionalProperties":false,"required":["cursor_field"],"properties":{"cursor_field":{"description":"Dot path of the field in the source record that grows with every change, e.g. `updated_at`.","type":"string","minLength":1},"initial":{"description":"Cursor value for the first run, when no cursor is stored yet.","type":["string","number"]},"ordered":{"description":"The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.","type":"boolean","default":false}}};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ordered === undefined){
data.ordered = false;
}
if(data.cursor_field === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cursor_field"},message:"must have required property '"+"cursor_field"+"'",schema:schema36.required,parentSchema:schema36,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
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
const err2 = {instancePath:instancePath+"/cursor_field",schemaPath:"#/properties/cursor_field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.cursor_field.type,parentSchema:schema36.properties.cursor_field,data:data0};
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
const err3 = {instancePath:instancePath+"/cursor_field",schemaPath:"#/properties/cursor_field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.cursor_field,data:data0};
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
const err4 = {instancePath:instancePath+"/initial",schemaPath:"#/properties/initial/type",keyword:"type",params:{type: schema36.properties.initial.type},message:"must be string,number",schema:schema36.properties.initial.type,parentSchema:schema36.properties.initial,data:data1};
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
const err5 = {instancePath:instancePath+"/ordered",schemaPath:"#/properties/ordered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.ordered.type,parentSchema:schema36.properties.ordered,data:data2};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}

const schema37 = {"description":"Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.","type":"object","additionalProperties":false,"properties":{"values":{"description":"A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).","type":["array","string"],"tsType":"unknown[] | string"},"from":{"$ref":"#/$defs/x-hoisted-29"},"key":{"description":"Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).","type":"string","minLength":1,"default":"id"},"concurrency":{"description":"How many partitions are read at the same time. Their batches are written one at a time, each partition's in order, each with its own cursor.","type":"integer","minimum":1,"maximum":64,"default":1}}};
const schema38 = {"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"stream":{"description":"Name of another stream whose source (and transforms) give the records; its sink is not used.","type":"string"}},"description":"Parent records: `source` (a source block, like a stream's) or `stream` (another stream's source and transforms; its sink is not used)."};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema38,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
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
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema38.properties.source.required,parentSchema:schema38.properties.source,data:data0};
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
const err4 = {instancePath:instancePath+"/source/connection",schemaPath:"#/properties/source/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.source.properties.connection.type,parentSchema:schema38.properties.source.properties.connection,data:data1};
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
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.source.type,parentSchema:schema38.properties.source,data:data0};
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
const err6 = {instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.stream.type,parentSchema:schema38.properties.stream,data:data2};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
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
const err1 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: schema37.properties.values.type},message:"must be array,string",schema:schema37.properties.values.type,parentSchema:schema37.properties.values,data:data0};
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
if(!(validate82.call(this, data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
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
const err2 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.key.type,parentSchema:schema37.properties.key,data:data2};
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
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.key,data:data2};
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
const err4 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.concurrency.type,parentSchema:schema37.properties.concurrency,data:data3};
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
const err5 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema37.properties.concurrency,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.concurrency,data:data3};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}

const schema39 = {"title":"TransformStep","description":"One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"map":{"$ref":"#/$defs/x-hoisted-40"},"set":{"$ref":"#/$defs/x-hoisted-41"},"keep":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Keeps only these top-level fields."},"drop":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Removes these top-level fields."},"pack":{"$ref":"#/$defs/x-hoisted-42"},"flatten":{"$ref":"#/$defs/x-hoisted-43"},"filter":{"description":"Keeps only the records for which this json-logic expression is truthy.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"dedupe":{"$ref":"#/$defs/x-hoisted-44"},"classify":{"$ref":"#/$defs/x-hoisted-46"},"validate":{"$ref":"#/$defs/x-hoisted-47"},"translate":{"$ref":"#/$defs/x-hoisted-49"},"join":{"$ref":"#/$defs/x-hoisted-51"}}};
const schema40 = {"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped."};
const pattern20 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$", "u");
const schema41 = {"title":"FieldSpec","description":"Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.","anyOf":[{"type":"string","minLength":1,"description":"A dot path into the source record."},{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":2,"properties":{"path":{"type":"string","minLength":1,"description":"A dot path into the source record."},"value":{"description":"A constant value.","tsType":"unknown"},"template":{"type":"string","description":"A string with `${record.field}` references to the source record (and any runtime scope)."},"expr":{"description":"A json-logic expression, e.g. `{\">\": [{\"var\": \"total\"}, 0]}`. See docs/expressions.md.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"object":{"description":"Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"}},"list":{"description":"Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/fieldSpec"}},"each":{"description":"Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"Dot path of the list."},"fields":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Field specs read from each element; a target may be a dot path (`vendor.id`)."},"key":{"$ref":"#/$defs/fieldSpec"},"value":{"$ref":"#/$defs/fieldSpec"}}},"default":{"description":"Used when the path or expression yields null or nothing.","tsType":"unknown"}}}]};
const wrapper0 = {validate: validate87};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.anyOf[0].type,parentSchema:schema41.anyOf[0],data};
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
const err1 = {instancePath,schemaPath:"#/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.anyOf[0],data};
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
const err2 = {instancePath,schemaPath:"#/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 2},message:"must NOT have more than 2 properties",schema:2,parentSchema:schema41.anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Object.keys(data).length < 1){
const err3 = {instancePath,schemaPath:"#/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema41.anyOf[1],data};
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
const err4 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41.anyOf[1],data};
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
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.anyOf[1].properties.path.type,parentSchema:schema41.anyOf[1].properties.path,data:data0};
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
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/anyOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.anyOf[1].properties.path,data:data0};
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
const err7 = {instancePath:instancePath+"/template",schemaPath:"#/anyOf/1/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.anyOf[1].properties.template.type,parentSchema:schema41.anyOf[1].properties.template,data:data2};
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
const err8 = {instancePath:instancePath+"/expr",schemaPath:"#/anyOf/1/properties/expr/type",keyword:"type",params:{type: schema41.anyOf[1].properties.expr.type},message:"must be object,array,string,number,boolean,null",schema:schema41.anyOf[1].properties.expr.type,parentSchema:schema41.anyOf[1].properties.expr,data:data3};
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
const err9 = {instancePath:instancePath+"/object",schemaPath:"#/anyOf/1/properties/object/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema41.anyOf[1].properties.object,data:data4};
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
if(!pattern20.test(key1)){
const err10 = {instancePath:instancePath+"/object",schemaPath:"#/anyOf/1/properties/object/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$",parentSchema:schema41.anyOf[1].properties.object.propertyNames,data:key1,propertyName:key1};
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
const err11 = {instancePath:instancePath+"/object",schemaPath:"#/anyOf/1/properties/object/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema41.anyOf[1].properties.object.propertyNames,parentSchema:schema41.anyOf[1].properties.object,data:data4};
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
const err12 = {instancePath:instancePath+"/object",schemaPath:"#/anyOf/1/properties/object/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.anyOf[1].properties.object.type,parentSchema:schema41.anyOf[1].properties.object,data:data4};
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
const err13 = {instancePath:instancePath+"/list",schemaPath:"#/anyOf/1/properties/list/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.anyOf[1].properties.list,data:data6};
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
const err14 = {instancePath:instancePath+"/list",schemaPath:"#/anyOf/1/properties/list/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.anyOf[1].properties.list.type,parentSchema:schema41.anyOf[1].properties.list,data:data6};
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
const err15 = {instancePath:instancePath+"/each",schemaPath:"#/anyOf/1/properties/each/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema41.anyOf[1].properties.each.required,parentSchema:schema41.anyOf[1].properties.each,data:data8};
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
const err16 = {instancePath:instancePath+"/each",schemaPath:"#/anyOf/1/properties/each/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema41.anyOf[1].properties.each,data:data8};
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
const err17 = {instancePath:instancePath+"/each/path",schemaPath:"#/anyOf/1/properties/each/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.anyOf[1].properties.each.properties.path.type,parentSchema:schema41.anyOf[1].properties.each.properties.path,data:data9};
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
const err18 = {instancePath:instancePath+"/each/path",schemaPath:"#/anyOf/1/properties/each/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.anyOf[1].properties.each.properties.path,data:data9};
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
const err19 = {instancePath:instancePath+"/each/fields",schemaPath:"#/anyOf/1/properties/each/properties/fields/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema41.anyOf[1].properties.each.properties.fields,data:data10};
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
if(!pattern20.test(key4)){
const err20 = {instancePath:instancePath+"/each/fields",schemaPath:"#/anyOf/1/properties/each/properties/fields/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$",parentSchema:schema41.anyOf[1].properties.each.properties.fields.propertyNames,data:key4,propertyName:key4};
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
const err21 = {instancePath:instancePath+"/each/fields",schemaPath:"#/anyOf/1/properties/each/properties/fields/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema41.anyOf[1].properties.each.properties.fields.propertyNames,parentSchema:schema41.anyOf[1].properties.each.properties.fields,data:data10};
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
const err22 = {instancePath:instancePath+"/each/fields",schemaPath:"#/anyOf/1/properties/each/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.anyOf[1].properties.each.properties.fields.type,parentSchema:schema41.anyOf[1].properties.each.properties.fields,data:data10};
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
const err23 = {instancePath:instancePath+"/each",schemaPath:"#/anyOf/1/properties/each/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.anyOf[1].properties.each.type,parentSchema:schema41.anyOf[1].properties.each,data:data8};
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
const err24 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.anyOf[1].type,parentSchema:schema41.anyOf[1],data};
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
const err25 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema41.anyOf,parentSchema:schema41,data};
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
validate87.errors = vErrors;
return errors === 0;
}


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema40,data};
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
if(!pattern20.test(key0)){
const err1 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$",parentSchema:schema40.propertyNames,data:key0,propertyName:key0};
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
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema40.propertyNames,parentSchema:schema40,data};
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
if(!(validate87.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}

const schema42 = {"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created)."};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema42,data};
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
if(!pattern20.test(key0)){
const err1 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$",parentSchema:schema42.propertyNames,data:key0,propertyName:key0};
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
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema42.propertyNames,parentSchema:schema42,data};
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
if(!(validate87.call(this, data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
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
validate90.errors = vErrors;
return errors === 0;
}

const schema43 = {"description":"Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).","type":"object","additionalProperties":false,"required":["into"],"properties":{"into":{"description":"Name of the field that receives the packed fields.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"keep":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Fields that stay at the top level."}}};

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.into === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "into"},message:"must have required property '"+"into"+"'",schema:schema43.required,parentSchema:schema43,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
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
const err2 = {instancePath:instancePath+"/into",schemaPath:"#/properties/into/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.into.type,parentSchema:schema43.properties.into,data:data0};
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
const err3 = {instancePath:instancePath+"/into",schemaPath:"#/properties/into/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema43.properties.into,data:data0};
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
const err4 = {instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.keep,data:data1};
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
const err5 = {instancePath:instancePath+"/keep/" + i0,schemaPath:"#/properties/keep/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.keep.items.type,parentSchema:schema43.properties.keep.items,data:data2};
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
const err6 = {instancePath:instancePath+"/keep/" + i0,schemaPath:"#/properties/keep/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.keep.items,data:data2};
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
const err7 = {instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.keep.type,parentSchema:schema43.properties.keep,data:data1};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}

const schema44 = {"description":"Turns one record into one record per element of the list at `path` (e.g. one per order line).","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"Dot path of the list.","type":"string","minLength":1},"into":{"description":"Field that receives the element; the list field itself is removed.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$","default":"item"},"index":{"description":"Optional field that receives the element's position (0-based).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"keep_empty":{"description":"Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.","type":"boolean","default":false}}};

function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema44.required,parentSchema:schema44,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
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
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.path.type,parentSchema:schema44.properties.path,data:data0};
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
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.path,data:data0};
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
const err4 = {instancePath:instancePath+"/into",schemaPath:"#/properties/into/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.into.type,parentSchema:schema44.properties.into,data:data1};
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
const err5 = {instancePath:instancePath+"/into",schemaPath:"#/properties/into/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema44.properties.into,data:data1};
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
const err6 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.index.type,parentSchema:schema44.properties.index,data:data2};
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
const err7 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema44.properties.index,data:data2};
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
const err8 = {instancePath:instancePath+"/keep_empty",schemaPath:"#/properties/keep_empty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.keep_empty.type,parentSchema:schema44.properties.keep_empty,data:data3};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate95.errors = vErrors;
return errors === 0;
}

const schema45 = {"description":"Drops a record whose key was already seen in this run (the first one wins).","type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dot path(s) of the fields that identify a record."}}};

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema45.required,parentSchema:schema45,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
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
const err2 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema45.properties.key,data:data0};
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
const err3 = {instancePath:instancePath+"/key/" + i0,schemaPath:"#/properties/key/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.key.items.type,parentSchema:schema45.properties.key.items,data:data1};
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
const err4 = {instancePath:instancePath+"/key/" + i0,schemaPath:"#/properties/key/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.key.items,data:data1};
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
const err5 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.key.type,parentSchema:schema45.properties.key,data:data0};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}

const schema46 = {"description":"Sets fields from the first rule whose `when` holds, or from `default` when none does.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/x-hoisted-45"}},"default":{"description":"Fields to set when no rule matches.","type":"object","additionalProperties":{"tsType":"unknown"}}}};
const schema47 = {"type":"object","additionalProperties":false,"required":["when","set"],"properties":{"when":{"description":"A json-logic condition on the record.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"set":{"description":"Fields to set: constants; text may use `${record.field}`.","type":"object","minProperties":1,"additionalProperties":{"tsType":"unknown"}}}};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.when === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.set === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "set"},message:"must have required property '"+"set"+"'",schema:schema47.required,parentSchema:schema47,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
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
const err3 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: schema47.properties.when.type},message:"must be object,array,string,number,boolean,null",schema:schema47.properties.when.type,parentSchema:schema47.properties.when,data:data0};
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
const err4 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema47.properties.set,data:data1};
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
const err5 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.set.type,parentSchema:schema47.properties.set,data:data1};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
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


function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rules === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema46.required,parentSchema:schema46,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
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
const err2 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema46.properties.rules,data:data0};
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
if(!(validate100.call(this, data0[i0], {instancePath:instancePath+"/rules/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.rules.type,parentSchema:schema46.properties.rules,data:data0};
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
const err4 = {instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.default.type,parentSchema:schema46.properties.default,data:data2};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}

const schema48 = {"description":"Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.","type":"object","additionalProperties":false,"required":["schema"],"properties":{"schema":{"description":"The JSON Schema records must match.","type":"object","tsType":"Record<string, unknown>"}}};

function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema48.required,parentSchema:schema48,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
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
const err2 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.schema.type,parentSchema:schema48.properties.schema,data:data0};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate103.errors = vErrors;
return errors === 0;
}

const schema49 = {"description":"Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.","type":"object","additionalProperties":false,"required":["kind","path"],"properties":{"kind":{"description":"Crosswalk kind, e.g. `item`.","type":"string","minLength":1},"path":{"description":"Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.","type":"string","minLength":1},"missing":{"description":"When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.","type":"string","enum":["quarantine","skip","fail"],"default":"quarantine"},"as":{"$ref":"#/$defs/x-hoisted-48"}}};
const schema50 = {"description":"The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.","type":"string","enum":["integer","number","text"]};

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data};
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema50.enum},message:"must be equal to one of the allowed values",schema:schema50.enum,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}


function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.missing === undefined){
data.missing = "quarantine";
}
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema49.required,parentSchema:schema49,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
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
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.kind.type,parentSchema:schema49.properties.kind,data:data0};
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
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.kind,data:data0};
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
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.path.type,parentSchema:schema49.properties.path,data:data1};
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
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.path,data:data1};
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
const err7 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.missing.type,parentSchema:schema49.properties.missing,data:data2};
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
const err8 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/enum",keyword:"enum",params:{allowedValues: schema49.properties.missing.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.missing.enum,parentSchema:schema49.properties.missing,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.as !== undefined){
if(!(validate106.call(this, data.as, {instancePath:instancePath+"/as",parentData:data,parentDataProperty:"as",rootData}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate105.errors = vErrors;
return errors === 0;
}

const schema51 = {"description":"Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).","type":"object","additionalProperties":false,"required":["from","on","fields"],"properties":{"from":{"$ref":"#/$defs/x-hoisted-50"},"on":{"description":"Join key: `left` path in this stream's record, `right` path in the other record.","type":"object","additionalProperties":false,"required":["left","right"],"properties":{"left":{"type":"string","minLength":1},"right":{"type":"string","minLength":1}}},"fields":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},"additionalProperties":{"$ref":"#/$defs/fieldSpec"},"description":"Fields to add, read from the matching right record (field specs; `default` applies on a miss)."},"max_in_memory":{"description":"Right-side records kept in memory before the lookup moves to disk.","type":"integer","minimum":1,"default":100000}}};
const schema52 = {"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"source":{"description":"A source block: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true},"stream":{"description":"Name of another stream whose source (and transforms) give the records; its sink is not used.","type":"string"}},"description":"The right side: `source` (a source block) or `stream` (another stream)."};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema52,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
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
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema52.properties.source.required,parentSchema:schema52.properties.source,data:data0};
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
const err4 = {instancePath:instancePath+"/source/connection",schemaPath:"#/properties/source/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.source.properties.connection.type,parentSchema:schema52.properties.source.properties.connection,data:data1};
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
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.source.type,parentSchema:schema52.properties.source,data:data0};
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
const err6 = {instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.stream.type,parentSchema:schema52.properties.stream,data:data2};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate110.errors = vErrors;
return errors === 0;
}


function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.max_in_memory === undefined){
data.max_in_memory = 100000;
}
if(data.from === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.on === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "on"},message:"must have required property '"+"on"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fields === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema51.required,parentSchema:schema51,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
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
if(!(validate110.call(this, data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
}
if(data.on !== undefined){
let data1 = data.on;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.left === undefined){
const err4 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/required",keyword:"required",params:{missingProperty: "left"},message:"must have required property '"+"left"+"'",schema:schema51.properties.on.required,parentSchema:schema51.properties.on,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.right === undefined){
const err5 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/required",keyword:"required",params:{missingProperty: "right"},message:"must have required property '"+"right"+"'",schema:schema51.properties.on.required,parentSchema:schema51.properties.on,data:data1};
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
const err6 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema51.properties.on,data:data1};
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
const err7 = {instancePath:instancePath+"/on/left",schemaPath:"#/properties/on/properties/left/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.on.properties.left.type,parentSchema:schema51.properties.on.properties.left,data:data2};
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
const err8 = {instancePath:instancePath+"/on/left",schemaPath:"#/properties/on/properties/left/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.on.properties.left,data:data2};
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
const err9 = {instancePath:instancePath+"/on/right",schemaPath:"#/properties/on/properties/right/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.on.properties.right.type,parentSchema:schema51.properties.on.properties.right,data:data3};
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
const err10 = {instancePath:instancePath+"/on/right",schemaPath:"#/properties/on/properties/right/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.on.properties.right,data:data3};
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
const err11 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.on.type,parentSchema:schema51.properties.on,data:data1};
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
const err12 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51.properties.fields,data:data4};
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
if(!pattern20.test(key2)){
const err13 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$",parentSchema:schema51.properties.fields.propertyNames,data:key2,propertyName:key2};
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
const err14 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema51.properties.fields.propertyNames,parentSchema:schema51.properties.fields,data:data4};
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
if(!(validate87.call(this, data4[key3], {instancePath:instancePath+"/fields/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.fields.type,parentSchema:schema51.properties.fields,data:data4};
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
const err16 = {instancePath:instancePath+"/max_in_memory",schemaPath:"#/properties/max_in_memory/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.max_in_memory.type,parentSchema:schema51.properties.max_in_memory,data:data6};
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
const err17 = {instancePath:instancePath+"/max_in_memory",schemaPath:"#/properties/max_in_memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.max_in_memory,data:data6};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate109.errors = vErrors;
return errors === 0;
}


function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema39.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
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
if(!(validate86.call(this, data.map, {instancePath:instancePath+"/map",parentData:data,parentDataProperty:"map",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
}
if(data.set !== undefined){
if(!(validate90.call(this, data.set, {instancePath:instancePath+"/set",parentData:data,parentDataProperty:"set",rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
if(data.keep !== undefined){
let data2 = data.keep;
if(Array.isArray(data2)){
if(data2.length < 1){
const err3 = {instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema39.properties.keep,data:data2};
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
const err4 = {instancePath:instancePath+"/keep/" + i0,schemaPath:"#/properties/keep/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.keep.items.type,parentSchema:schema39.properties.keep.items,data:data3};
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
const err5 = {instancePath:instancePath+"/keep/" + i0,schemaPath:"#/properties/keep/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.keep.items,data:data3};
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
const err6 = {instancePath:instancePath+"/keep",schemaPath:"#/properties/keep/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.keep.type,parentSchema:schema39.properties.keep,data:data2};
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
const err7 = {instancePath:instancePath+"/drop",schemaPath:"#/properties/drop/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema39.properties.drop,data:data4};
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
const err8 = {instancePath:instancePath+"/drop/" + i1,schemaPath:"#/properties/drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.drop.items.type,parentSchema:schema39.properties.drop.items,data:data5};
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
const err9 = {instancePath:instancePath+"/drop/" + i1,schemaPath:"#/properties/drop/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.drop.items,data:data5};
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
const err10 = {instancePath:instancePath+"/drop",schemaPath:"#/properties/drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.drop.type,parentSchema:schema39.properties.drop,data:data4};
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
if(!(validate93.call(this, data.pack, {instancePath:instancePath+"/pack",parentData:data,parentDataProperty:"pack",rootData}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
}
if(data.flatten !== undefined){
if(!(validate95.call(this, data.flatten, {instancePath:instancePath+"/flatten",parentData:data,parentDataProperty:"flatten",rootData}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
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
const err11 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/type",keyword:"type",params:{type: schema39.properties.filter.type},message:"must be object,array,string,number,boolean,null",schema:schema39.properties.filter.type,parentSchema:schema39.properties.filter,data:data8};
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
if(!(validate97.call(this, data.dedupe, {instancePath:instancePath+"/dedupe",parentData:data,parentDataProperty:"dedupe",rootData}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data.classify !== undefined){
if(!(validate99.call(this, data.classify, {instancePath:instancePath+"/classify",parentData:data,parentDataProperty:"classify",rootData}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
if(data.validate !== undefined){
if(!(validate103.call(this, data.validate, {instancePath:instancePath+"/validate",parentData:data,parentDataProperty:"validate",rootData}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
errors = vErrors.length;
}
}
if(data.translate !== undefined){
if(!(validate105.call(this, data.translate, {instancePath:instancePath+"/translate",parentData:data,parentDataProperty:"translate",rootData}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
errors = vErrors.length;
}
}
if(data.join !== undefined){
if(!(validate109.call(this, data.join, {instancePath:instancePath+"/join",parentData:data,parentDataProperty:"join",rootData}))){
vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}

const schema53 = {"description":"Keeps a copy of the source's records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.","type":"string","minLength":1},"format":{"description":"File format. Default: from the extension (`.csv`, else JSON lines).","type":"string","enum":["csv","jsonl"]},"max_age":{"description":"Read the source again when the file is older than this, e.g. `24h`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"}}};

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema53.required,parentSchema:schema53,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
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
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.path.type,parentSchema:schema53.properties.path,data:data0};
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
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.path,data:data0};
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
const err4 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.format.type,parentSchema:schema53.properties.format,data:data1};
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
const err5 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema53.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.format.enum,parentSchema:schema53.properties.format,data:data1};
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
const err6 = {instancePath:instancePath+"/max_age",schemaPath:"#/properties/max_age/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.max_age.type,parentSchema:schema53.properties.max_age,data:data2};
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
if(!pattern4.test(data2)){
const err7 = {instancePath:instancePath+"/max_age",schemaPath:"#/properties/max_age/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$",parentSchema:schema53.properties.max_age,data:data2};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate115.errors = vErrors;
return errors === 0;
}

const schema54 = {"description":"More outputs of the same records: each entry runs its own `transforms` on the records the stream's transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.","type":"array","items":{"$ref":"#/$defs/x-hoisted-32"}};
const schema55 = {"type":"object","additionalProperties":false,"required":["sink"],"properties":{"transforms":{"description":"Steps for this output only.","type":"array","items":{"$ref":"#/$defs/transformStep"},"default":[]},"sink":{"description":"Where this output goes: `connection` plus the connector's stream options.","type":"object","required":["connection"],"properties":{"connection":{"type":"string","description":"Name of a connection under `connections`."}},"additionalProperties":true}}};

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transforms === undefined){
data.transforms = [];
}
if(data.sink === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sink"},message:"must have required property '"+"sink"+"'",schema:schema55.required,parentSchema:schema55,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
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
if(!(validate85.call(this, data0[i0], {instancePath:instancePath+"/transforms/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/transforms",schemaPath:"#/properties/transforms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.transforms.type,parentSchema:schema55.properties.transforms,data:data0};
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
const err3 = {instancePath:instancePath+"/sink",schemaPath:"#/properties/sink/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema55.properties.sink.required,parentSchema:schema55.properties.sink,data:data2};
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
const err4 = {instancePath:instancePath+"/sink/connection",schemaPath:"#/properties/sink/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.sink.properties.connection.type,parentSchema:schema55.properties.sink.properties.connection,data:data3};
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
const err5 = {instancePath:instancePath+"/sink",schemaPath:"#/properties/sink/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.sink.type,parentSchema:schema55.properties.sink,data:data2};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate118.errors = vErrors;
return errors === 0;
}


function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate118.call(this, data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}

const schema56 = {"description":"How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).","type":"object","additionalProperties":false,"properties":{"ids":{"$ref":"#/$defs/x-hoisted-34"},"auto":{"$ref":"#/$defs/x-hoisted-36"}}};
const schema57 = {"description":"Fetches just the given ids (a webhook, `--ids`): these source options replace the stream's for that run.","type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"description":"Source options that replace the stream's, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: \"Id in (${ids_csv})\" }` (one request for all).","type":"object","additionalProperties":true}}};

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema57.required,parentSchema:schema57,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
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
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.properties.source.type,parentSchema:schema57.properties.source,data:data0};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate123.errors = vErrors;
return errors === 0;
}

const schema58 = {"description":"Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.","type":"array","items":{"$ref":"#/$defs/x-hoisted-35"}};
const schema59 = {"type":"object","additionalProperties":false,"required":["when","use"],"properties":{"when":{"description":"A json-logic expression, e.g. `{\">\": [{\"var\": \"total\"}, 0]}`. See docs/expressions.md.","type":["object","array","string","number","boolean","null"],"tsType":"unknown"},"use":{"type":"string","enum":["full","incremental"]}}};

function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.when === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.use === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "use"},message:"must have required property '"+"use"+"'",schema:schema59.required,parentSchema:schema59,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
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
const err3 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: schema59.properties.when.type},message:"must be object,array,string,number,boolean,null",schema:schema59.properties.when.type,parentSchema:schema59.properties.when,data:data0};
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
const err4 = {instancePath:instancePath+"/use",schemaPath:"#/properties/use/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.use.type,parentSchema:schema59.properties.use,data:data1};
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
const err5 = {instancePath:instancePath+"/use",schemaPath:"#/properties/use/enum",keyword:"enum",params:{allowedValues: schema59.properties.use.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.use.enum,parentSchema:schema59.properties.use,data:data1};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate126.errors = vErrors;
return errors === 0;
}


function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate126.call(this, data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate125.errors = vErrors;
return errors === 0;
}


function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "ids") || (key0 === "auto"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
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
if(!(validate123.call(this, data.ids, {instancePath:instancePath+"/ids",parentData:data,parentDataProperty:"ids",rootData}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
if(data.auto !== undefined){
if(!(validate125.call(this, data.auto, {instancePath:instancePath+"/auto",parentData:data,parentDataProperty:"auto",rootData}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate122.errors = vErrors;
return errors === 0;
}

const schema60 = {"description":"When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.","type":"object","additionalProperties":false,"properties":{"max_records":{"description":"Most records a run may quarantine.","type":"integer","minimum":0},"max_percent":{"description":"Most records a run may quarantine, as a percentage of the records read.","type":"number","minimum":0,"maximum":100}}};

function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "max_records") || (key0 === "max_percent"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
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
const err1 = {instancePath:instancePath+"/max_records",schemaPath:"#/properties/max_records/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema60.properties.max_records.type,parentSchema:schema60.properties.max_records,data:data0};
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
const err2 = {instancePath:instancePath+"/max_records",schemaPath:"#/properties/max_records/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema60.properties.max_records,data:data0};
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
const err3 = {instancePath:instancePath+"/max_percent",schemaPath:"#/properties/max_percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema60.properties.max_percent.type,parentSchema:schema60.properties.max_percent,data:data1};
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
const err4 = {instancePath:instancePath+"/max_percent",schemaPath:"#/properties/max_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema60.properties.max_percent,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/max_percent",schemaPath:"#/properties/max_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema60.properties.max_percent,data:data1};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate130.errors = vErrors;
return errors === 0;
}


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transforms === undefined){
data.transforms = [];
}
if(data.reference === undefined){
data.reference = false;
}
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sink === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sink"},message:"must have required property '"+"sink"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema34.properties, key0))){
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
const err3 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.extends.type,parentSchema:schema34.properties.extends,data:data0};
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
const err4 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema34.properties.extends,data:data0};
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
const err5 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema34.properties.params.propertyNames,data:key1,propertyName:key1};
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
const err6 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema34.properties.params.propertyNames,parentSchema:schema34.properties.params,data:data1};
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
const err7 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.params.type,parentSchema:schema34.properties.params,data:data1};
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
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.description.type,parentSchema:schema34.properties.description,data:data3};
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
if(!(validate77.call(this, data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.incremental !== undefined){
if(!(validate79.call(this, data.incremental, {instancePath:instancePath+"/incremental",parentData:data,parentDataProperty:"incremental",rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
if(data.partitions !== undefined){
if(!(validate81.call(this, data.partitions, {instancePath:instancePath+"/partitions",parentData:data,parentDataProperty:"partitions",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
let data7 = data.transforms;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate85.call(this, data7[i0], {instancePath:instancePath+"/transforms/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/transforms",schemaPath:"#/properties/transforms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.transforms.type,parentSchema:schema34.properties.transforms,data:data7};
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
const err10 = {instancePath:instancePath+"/sink",schemaPath:"#/properties/sink/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'",schema:schema34.properties.sink.required,parentSchema:schema34.properties.sink,data:data9};
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
const err11 = {instancePath:instancePath+"/sink/connection",schemaPath:"#/properties/sink/properties/connection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.sink.properties.connection.type,parentSchema:schema34.properties.sink.properties.connection,data:data10};
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
const err12 = {instancePath:instancePath+"/sink",schemaPath:"#/properties/sink/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.sink.type,parentSchema:schema34.properties.sink,data:data9};
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
const err13 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.properties.primary_key,data:data11};
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
const err14 = {instancePath:instancePath+"/primary_key/" + i1,schemaPath:"#/properties/primary_key/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.primary_key.items.type,parentSchema:schema34.properties.primary_key.items,data:data12};
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
const err15 = {instancePath:instancePath+"/primary_key/" + i1,schemaPath:"#/properties/primary_key/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.primary_key.items,data:data12};
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
const err16 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.primary_key.type,parentSchema:schema34.properties.primary_key,data:data11};
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
if(!(validate115.call(this, data.cache, {instancePath:instancePath+"/cache",parentData:data,parentDataProperty:"cache",rootData}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
}
if(data.also !== undefined){
if(!(validate117.call(this, data.also, {instancePath:instancePath+"/also",parentData:data,parentDataProperty:"also",rootData}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
if(data.strategies !== undefined){
if(!(validate122.call(this, data.strategies, {instancePath:instancePath+"/strategies",parentData:data,parentDataProperty:"strategies",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
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
const err17 = {instancePath:instancePath+"/after/" + i2,schemaPath:"#/properties/after/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.after.items.type,parentSchema:schema34.properties.after.items,data:data17};
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
const err18 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema34.properties.after,data:data16};
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
const err19 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.after.type,parentSchema:schema34.properties.after,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let data18 = data.reference;
if(typeof data18 !== "boolean"){
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(data18 === "false" || data18 === 0 || data18 === null){
coerced5 = false;
}
else if(data18 === "true" || data18 === 1){
coerced5 = true;
}
else {
const err20 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.reference.type,parentSchema:schema34.properties.reference,data:data18};
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
data18 = coerced5;
if(data !== undefined){
data["reference"] = coerced5;
}
}
}
if(data.quarantine !== undefined){
if(!(validate130.call(this, data.quarantine, {instancePath:instancePath+"/quarantine",parentData:data,parentDataProperty:"quarantine",rootData}))){
vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
errors = vErrors.length;
}
}
if(data.batch_size !== undefined){
let data20 = data.batch_size;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
let dataType6 = typeof data20;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 === "boolean" || data20 === null
              || (dataType6 === "string" && data20 && data20 == +data20 && !(data20 % 1))){
coerced6 = +data20;
}
else {
const err21 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.batch_size.type,parentSchema:schema34.properties.batch_size,data:data20};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(coerced6 !== undefined){
data20 = coerced6;
if(data !== undefined){
data["batch_size"] = coerced6;
}
}
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 100000 || isNaN(data20)){
const err22 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema34.properties.batch_size,data:data20};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err23 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema34.properties.batch_size,data:data20};
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
if(data.read_ahead !== undefined){
let data21 = data.read_ahead;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
let dataType7 = typeof data21;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 === "boolean" || data21 === null
              || (dataType7 === "string" && data21 && data21 == +data21 && !(data21 % 1))){
coerced7 = +data21;
}
else {
const err24 = {instancePath:instancePath+"/read_ahead",schemaPath:"#/properties/read_ahead/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.properties.read_ahead.type,parentSchema:schema34.properties.read_ahead,data:data21};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(coerced7 !== undefined){
data21 = coerced7;
if(data !== undefined){
data["read_ahead"] = coerced7;
}
}
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 64 || isNaN(data21)){
const err25 = {instancePath:instancePath+"/read_ahead",schemaPath:"#/properties/read_ahead/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema34.properties.read_ahead,data:data21};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data21 < 1 || isNaN(data21)){
const err26 = {instancePath:instancePath+"/read_ahead",schemaPath:"#/properties/read_ahead/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema34.properties.read_ahead,data:data21};
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
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate76.errors = vErrors;
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
if(data.tags !== undefined){
let data3 = data.tags;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
let dataType3 = typeof data4;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data4;
}
else if(data4 === null){
coerced3 = "";
}
else {
const err8 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.tags.items.type,parentSchema:schema6.properties.tags.items,data:data4};
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
data4 = coerced3;
if(data3 !== undefined){
data3[i0] = coerced3;
}
}
}
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err9 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema6.properties.tags.items,data:data4};
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
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema6.properties.tags,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.tags.type,parentSchema:schema6.properties.tags,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
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
if(data.state !== undefined){
if(!(validate28.call(this, data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
let data8 = data.stream_concurrency;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
let dataType4 = typeof data8;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 === "boolean" || data8 === null
              || (dataType4 === "string" && data8 && data8 == +data8 && !(data8 % 1))){
coerced4 = +data8;
}
else {
const err12 = {instancePath:instancePath+"/stream_concurrency",schemaPath:"#/properties/stream_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.stream_concurrency.type,parentSchema:schema6.properties.stream_concurrency,data:data8};
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
data8 = coerced4;
if(data !== undefined){
data["stream_concurrency"] = coerced4;
}
}
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 16 || isNaN(data8)){
const err13 = {instancePath:instancePath+"/stream_concurrency",schemaPath:"#/properties/stream_concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema6.properties.stream_concurrency,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err14 = {instancePath:instancePath+"/stream_concurrency",schemaPath:"#/properties/stream_concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema6.properties.stream_concurrency,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let data9 = data.defaults;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.batch_size === undefined){
data9.batch_size = 500;
}
if(data9.read_ahead === undefined){
data9.read_ahead = 4;
}
for(const key1 in data9){
if(!((key1 === "batch_size") || (key1 === "read_ahead"))){
const err15 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.defaults,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let data10 = data9.batch_size;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
let dataType5 = typeof data10;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data10 === null
              || (dataType5 === "string" && data10 && data10 == +data10 && !(data10 % 1))){
coerced5 = +data10;
}
else {
const err16 = {instancePath:instancePath+"/defaults/batch_size",schemaPath:"#/properties/defaults/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.defaults.properties.batch_size.type,parentSchema:schema6.properties.defaults.properties.batch_size,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(coerced5 !== undefined){
data10 = coerced5;
if(data9 !== undefined){
data9["batch_size"] = coerced5;
}
}
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 100000 || isNaN(data10)){
const err17 = {instancePath:instancePath+"/defaults/batch_size",schemaPath:"#/properties/defaults/properties/batch_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema6.properties.defaults.properties.batch_size,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err18 = {instancePath:instancePath+"/defaults/batch_size",schemaPath:"#/properties/defaults/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema6.properties.defaults.properties.batch_size,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let data11 = data9.read_ahead;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
let dataType6 = typeof data11;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 === "boolean" || data11 === null
              || (dataType6 === "string" && data11 && data11 == +data11 && !(data11 % 1))){
coerced6 = +data11;
}
else {
const err19 = {instancePath:instancePath+"/defaults/read_ahead",schemaPath:"#/properties/defaults/properties/read_ahead/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.defaults.properties.read_ahead.type,parentSchema:schema6.properties.defaults.properties.read_ahead,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(coerced6 !== undefined){
data11 = coerced6;
if(data9 !== undefined){
data9["read_ahead"] = coerced6;
}
}
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 64 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/defaults/read_ahead",schemaPath:"#/properties/defaults/properties/read_ahead/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema6.properties.defaults.properties.read_ahead,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err21 = {instancePath:instancePath+"/defaults/read_ahead",schemaPath:"#/properties/defaults/properties/read_ahead/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema6.properties.defaults.properties.read_ahead,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.defaults.type,parentSchema:schema6.properties.defaults,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.schedule !== undefined){
if(!(validate30.call(this, data.schedule, {instancePath:instancePath+"/schedule",parentData:data,parentDataProperty:"schedule",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.webhooks !== undefined){
if(!(validate32.call(this, data.webhooks, {instancePath:instancePath+"/webhooks",parentData:data,parentDataProperty:"webhooks",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.jobs !== undefined){
if(!(validate38.call(this, data.jobs, {instancePath:instancePath+"/jobs",parentData:data,parentDataProperty:"jobs",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.triggers !== undefined){
if(!(validate44.call(this, data.triggers, {instancePath:instancePath+"/triggers",parentData:data,parentDataProperty:"triggers",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.selections !== undefined){
if(!(validate48.call(this, data.selections, {instancePath:instancePath+"/selections",parentData:data,parentDataProperty:"selections",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.queries !== undefined){
if(!(validate56.call(this, data.queries, {instancePath:instancePath+"/queries",parentData:data,parentDataProperty:"queries",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.after_run !== undefined){
if(!(validate62.call(this, data.after_run, {instancePath:instancePath+"/after_run",parentData:data,parentDataProperty:"after_run",rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.tenants !== undefined){
if(!(validate64.call(this, data.tenants, {instancePath:instancePath+"/tenants",parentData:data,parentDataProperty:"tenants",rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.discover !== undefined){
let data20 = data.discover;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key2 in data20){
const _errs34 = errors;
if(typeof key2 === "string"){
if(!pattern0.test(key2)){
const err23 = {instancePath:instancePath+"/discover",schemaPath:"#/properties/discover/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema6.properties.discover.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid5 = _errs34 === errors;
if(!valid5){
const err24 = {instancePath:instancePath+"/discover",schemaPath:"#/properties/discover/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema6.properties.discover.propertyNames,parentSchema:schema6.properties.discover,data:data20};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key3 in data20){
if(!(validate72.call(this, data20[key3], {instancePath:instancePath+"/discover/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data20,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/discover",schemaPath:"#/properties/discover/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.discover.type,parentSchema:schema6.properties.discover,data:data20};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let data22 = data.connections;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key4 in data22){
const _errs39 = errors;
if(typeof key4 === "string"){
if(!pattern0.test(key4)){
const err26 = {instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema6.properties.connections.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var valid7 = _errs39 === errors;
if(!valid7){
const err27 = {instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema6.properties.connections.propertyNames,parentSchema:schema6.properties.connections,data:data22};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
for(const key5 in data22){
let data23 = data22[key5];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.type === undefined){
const err28 = {instancePath:instancePath+"/connections/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/connections/additionalProperties/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema6.properties.connections.additionalProperties.required,parentSchema:schema6.properties.connections.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data23.type !== undefined){
let data24 = data23.type;
if(typeof data24 !== "string"){
let dataType7 = typeof data24;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data24;
}
else if(data24 === null){
coerced7 = "";
}
else {
const err29 = {instancePath:instancePath+"/connections/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/connections/additionalProperties/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.connections.additionalProperties.properties.type.type,parentSchema:schema6.properties.connections.additionalProperties.properties.type,data:data24};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(coerced7 !== undefined){
data24 = coerced7;
if(data23 !== undefined){
data23["type"] = coerced7;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/connections/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/connections/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.connections.additionalProperties.type,parentSchema:schema6.properties.connections.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.connections.type,parentSchema:schema6.properties.connections,data:data22};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.templates !== undefined){
if(!(validate74.call(this, data.templates, {instancePath:instancePath+"/templates",parentData:data,parentDataProperty:"templates",rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
if(data.streams !== undefined){
let data26 = data.streams;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(Object.keys(data26).length < 1){
const err32 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema6.properties.streams,data:data26};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key6 in data26){
const _errs49 = errors;
if(typeof key6 === "string"){
if(!pattern0.test(key6)){
const err33 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]*$",parentSchema:schema6.properties.streams.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var valid10 = _errs49 === errors;
if(!valid10){
const err34 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema6.properties.streams.propertyNames,parentSchema:schema6.properties.streams,data:data26};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
for(const key7 in data26){
if(!(validate76.call(this, data26[key7], {instancePath:instancePath+"/streams/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data26,parentDataProperty:key7,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/streams",schemaPath:"#/properties/streams/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.streams.type,parentSchema:schema6.properties.streams,data:data26};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const PIPELINE_VALIDATORS: readonly PrecompiledValidator[] = [
  { schema: "{\"$id\":\"https://syncengine.dev/schema/pipeline.json\",\"title\":\"syncengine pipeline\",\"description\":\"A YAML file that declares connections, streams and variables for one sync pipeline.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"version\",\"streams\"],\"$defs\":{\"fieldSpec\":{\"title\":\"FieldSpec\",\"description\":\"Where a target field comes from: a dot path into the source record (`customer.email`, `lines.0.sku`, `lines.*.sku`), or one of `{path}`, `{value}`, `{template}`, `{expr}`, `{object}` (a nested object of field specs), `{list}` (a list of field specs) or `{each}` (a list built from each element of a list), with an optional `default`.\",\"anyOf\":[{\"type\":\"string\",\"minLength\":1,\"description\":\"A dot path into the source record.\"},{\"type\":\"object\",\"additionalProperties\":false,\"minProperties\":1,\"maxProperties\":2,\"properties\":{\"path\":{\"type\":\"string\",\"minLength\":1,\"description\":\"A dot path into the source record.\"},\"value\":{\"description\":\"A constant value.\",\"tsType\":\"unknown\"},\"template\":{\"type\":\"string\",\"description\":\"A string with `${record.field}` references to the source record (and any runtime scope).\"},\"expr\":{\"description\":\"A json-logic expression, e.g. `{\\\">\\\": [{\\\"var\\\": \\\"total\\\"}, 0]}`. See docs/expressions.md.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"object\":{\"description\":\"Builds a nested object: each key is a field spec read from the same record, e.g. `{ vendorId: vendor_id, name: vendor_name }`.\",\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$\"},\"additionalProperties\":{\"$ref\":\"#/$defs/fieldSpec\"}},\"list\":{\"description\":\"Builds a list of a fixed length: each element is a field spec on the same record, e.g. `[{ object: { quantity: { value: 1 }, price: price } }]`.\",\"type\":\"array\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/fieldSpec\"}},\"each\":{\"description\":\"Shapes each element of the list at `path`: with `fields`, a list of objects whose field specs read that element (e.g. order lines; field specs may nest another `each`); with `key` and `value` (field specs read from the element), one object with an entry per element (e.g. `[{FieldKey, StringValue}]` into `{FieldKey: StringValue}`; elements without a key are left out). A missing list gives `[]` (or `{}`), or `default`.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\"],\"properties\":{\"path\":{\"type\":\"string\",\"minLength\":1,\"description\":\"Dot path of the list.\"},\"fields\":{\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$\"},\"additionalProperties\":{\"$ref\":\"#/$defs/fieldSpec\"},\"description\":\"Field specs read from each element; a target may be a dot path (`vendor.id`).\"},\"key\":{\"$ref\":\"#/$defs/fieldSpec\"},\"value\":{\"$ref\":\"#/$defs/fieldSpec\"}}},\"default\":{\"description\":\"Used when the path or expression yields null or nothing.\",\"tsType\":\"unknown\"}}}]},\"transformStep\":{\"title\":\"TransformStep\",\"description\":\"One transform step: an object with exactly one key naming the step kind. See docs/transforms.md.\",\"type\":\"object\",\"minProperties\":1,\"maxProperties\":1,\"additionalProperties\":false,\"properties\":{\"map\":{\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$\"},\"additionalProperties\":{\"$ref\":\"#/$defs/fieldSpec\"},\"description\":\"Builds each output record from the fields listed here (target: field spec). A target may be a dot path (`primaryVendor.vendorId`): the objects along it are created or copied. Other fields are dropped.\"},\"set\":{\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$\"},\"additionalProperties\":{\"$ref\":\"#/$defs/fieldSpec\"},\"description\":\"Adds or replaces the fields listed here (target: field spec), keeping the others. A target may be a dot path (`primaryVendor.vendorId`): it sets that one field of a nested object, keeping its other fields (a missing or null object is created).\"},\"keep\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Keeps only these top-level fields.\"},\"drop\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Removes these top-level fields.\"},\"pack\":{\"description\":\"Moves every field not listed in `keep` into one object field `into` (e.g. a JSON column).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"into\"],\"properties\":{\"into\":{\"description\":\"Name of the field that receives the packed fields.\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"keep\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Fields that stay at the top level.\"}}},\"flatten\":{\"description\":\"Turns one record into one record per element of the list at `path` (e.g. one per order line).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\"],\"properties\":{\"path\":{\"description\":\"Dot path of the list.\",\"type\":\"string\",\"minLength\":1},\"into\":{\"description\":\"Field that receives the element; the list field itself is removed.\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\",\"default\":\"item\"},\"index\":{\"description\":\"Optional field that receives the element's position (0-based).\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"keep_empty\":{\"description\":\"Keep a record whose list is empty or missing (with `into` set to null) instead of dropping it.\",\"type\":\"boolean\",\"default\":false}}},\"filter\":{\"description\":\"Keeps only the records for which this json-logic expression is truthy.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"dedupe\":{\"description\":\"Drops a record whose key was already seen in this run (the first one wins).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"key\"],\"properties\":{\"key\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"description\":\"Dot path(s) of the fields that identify a record.\"}}},\"classify\":{\"description\":\"Sets fields from the first rule whose `when` holds, or from `default` when none does.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"rules\"],\"properties\":{\"rules\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"when\",\"set\"],\"properties\":{\"when\":{\"description\":\"A json-logic condition on the record.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"set\":{\"description\":\"Fields to set: constants; text may use `${record.field}`.\",\"type\":\"object\",\"minProperties\":1,\"additionalProperties\":{\"tsType\":\"unknown\"}}}}},\"default\":{\"description\":\"Fields to set when no rule matches.\",\"type\":\"object\",\"additionalProperties\":{\"tsType\":\"unknown\"}}}},\"validate\":{\"description\":\"Checks each record against a JSON Schema (draft 2020-12 keywords and common formats). An invalid record does not reach the sink: it is quarantined with every reason, and the run goes on.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"schema\"],\"properties\":{\"schema\":{\"description\":\"The JSON Schema records must match.\",\"type\":\"object\",\"tsType\":\"Record<string, unknown>\"}}},\"translate\":{\"description\":\"Replaces source ids with target ids from the ID crosswalk (recorded by a sink, e.g. the ids an integration environment gave copied items). `path` may use `*` for every element of a list.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"kind\",\"path\"],\"properties\":{\"kind\":{\"description\":\"Crosswalk kind, e.g. `item`.\",\"type\":\"string\",\"minLength\":1},\"path\":{\"description\":\"Dot path of the id to translate, e.g. `customerId` or `items.*.skuId`.\",\"type\":\"string\",\"minLength\":1},\"missing\":{\"description\":\"When an id has no mapping: `quarantine` the record, `skip` it with a warning, or `fail` the run.\",\"type\":\"string\",\"enum\":[\"quarantine\",\"skip\",\"fail\"],\"default\":\"quarantine\"},\"as\":{\"description\":\"The type of the translated id: `integer` or `number` (a target id that is not one rejects the record), or `text`. Without it, the id keeps the source id's type: a numeric source id gives a number when the target id is an integer, a text one gives text.\",\"type\":\"string\",\"enum\":[\"integer\",\"number\",\"text\"]}}},\"join\":{\"description\":\"Left join: enriches each record with fields of the matching record from another source or stream, loaded once per run into a keyed lookup (moved to a temporary on-disk table past `max_in_memory` records).\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"from\",\"on\",\"fields\"],\"properties\":{\"from\":{\"type\":\"object\",\"additionalProperties\":false,\"minProperties\":1,\"maxProperties\":1,\"properties\":{\"source\":{\"description\":\"A source block: `connection` plus the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"stream\":{\"description\":\"Name of another stream whose source (and transforms) give the records; its sink is not used.\",\"type\":\"string\"}},\"description\":\"The right side: `source` (a source block) or `stream` (another stream).\"},\"on\":{\"description\":\"Join key: `left` path in this stream's record, `right` path in the other record.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"left\",\"right\"],\"properties\":{\"left\":{\"type\":\"string\",\"minLength\":1},\"right\":{\"type\":\"string\",\"minLength\":1}}},\"fields\":{\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*(\\\\.[A-Za-z_][A-Za-z0-9_-]*)*$\"},\"additionalProperties\":{\"$ref\":\"#/$defs/fieldSpec\"},\"description\":\"Fields to add, read from the matching right record (field specs; `default` applies on a miss).\"},\"max_in_memory\":{\"description\":\"Right-side records kept in memory before the lookup moves to disk.\",\"type\":\"integer\",\"minimum\":1,\"default\":100000}}}}}},\"properties\":{\"version\":{\"description\":\"Version of the pipeline language this file is written in.\",\"type\":\"integer\",\"enum\":[1]},\"name\":{\"description\":\"Name of the pipeline in logs and run history. Defaults to the file name without extension.\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"description\":{\"description\":\"Free text about the pipeline, shown by `syncengine serve` (`GET /pipelines`).\",\"type\":\"string\"},\"tags\":{\"description\":\"Labels of the pipeline, e.g. `[shopify]`: a trigger of `syncengine serve` (`triggers.*.tag`) runs only the pipelines that carry the tag it is asked for.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"uniqueItems\":true},\"secrets\":{\"description\":\"Secrets read from a provider when the pipeline loads, used as `${secrets.name}` and masked everywhere: an environment variable, a file, or the output of a command (e.g. `gcloud secrets versions access latest --secret=x`).\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"minProperties\":1,\"maxProperties\":1,\"properties\":{\"env\":{\"description\":\"Name of an environment variable.\",\"type\":\"string\",\"minLength\":1},\"file\":{\"description\":\"A file whose content (trimmed) is the secret; relative to the pipeline file.\",\"type\":\"string\",\"minLength\":1},\"command\":{\"description\":\"A shell command whose output (trimmed) is the secret.\",\"type\":\"string\",\"minLength\":1}}}},\"vars\":{\"description\":\"Named values referenced as `${vars.name}`. May reference `${env.NAME}`; overridden by `--var name=value`.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\",\"null\",\"object\",\"array\"],\"tsType\":\"unknown\"}},\"state\":{\"description\":\"Where cursors, run history, the quarantine and the crosswalk live when the command line names no store (`--state`, `SYNCENGINE_STATE`): a SQLite file relative to this file, `sqlite:path`, `postgres://...` or `mysql://...`. Default `.syncengine/state.db` next to this file.\",\"type\":\"string\",\"minLength\":1},\"stream_concurrency\":{\"description\":\"How many streams of a run may run at the same time. A stream still starts only after every stream in its `after` list finished, and streams start in the file's order; each stream's requests share its connection's `rate_limit`.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":16,\"default\":1},\"defaults\":{\"description\":\"Settings applied to every stream unless the stream sets its own.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"batch_size\":{\"description\":\"Records per batch handed to the sink; the cursor is checkpointed per committed batch.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":100000,\"default\":500},\"read_ahead\":{\"description\":\"Pages a source may fetch ahead of the page being transformed. Reading, transforming and writing always overlap; a source whose next address does not depend on the last response (page and offset paging) has up to this many requests in flight, within its rate limit, while one whose next request needs the last response (cursor, next link) fetches one page ahead. Memory holds at most this many pages plus two, and three batches, per stream being read.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":64,\"default\":4}},\"default\":{}},\"schedule\":{\"description\":\"When `syncengine schedule` runs the pipeline: every interval or on a cron expression. For tenants with `frequency_hours`, each tenant is due that many hours after its last successful run.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"every\":{\"description\":\"An interval: a number with a unit, e.g. `30s`, `15m`, `6h`, `1d`.\",\"type\":\"string\",\"pattern\":\"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h|d)$\"},\"cron\":{\"description\":\"A cron expression (5 or 6 fields), e.g. `0 */6 * * *`.\",\"type\":\"string\",\"minLength\":9},\"timezone\":{\"description\":\"IANA time zone of the cron expression.\",\"type\":\"string\",\"default\":\"UTC\"}}},\"webhooks\":{\"description\":\"Endpoints of `syncengine serve` (`POST /webhooks/<name>`) that turn a payload into an `ids` run of one stream, e.g. Ploomes `{Entity, Action, New, Old}` events.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"stream\",\"ids\"],\"properties\":{\"stream\":{\"description\":\"The stream to run by ids (it must declare `strategies.ids`).\",\"type\":\"string\"},\"ids\":{\"description\":\"Dot path of the id, or list of ids, in the payload, e.g. `New.Id`.\",\"type\":\"string\",\"minLength\":1},\"when\":{\"description\":\"Accept only payloads for which this json-logic expression is truthy; others get 202 and no run.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"tenant\":{\"description\":\"Dot path of the tenant id in the payload, for multi-tenant pipelines.\",\"type\":\"string\"},\"secret\":{\"description\":\"A shared secret the sender puts in `secret_header`.\",\"type\":\"string\",\"x-secret\":true},\"secret_header\":{\"description\":\"Header that carries the shared secret.\",\"type\":\"string\",\"default\":\"X-Webhook-Secret\"},\"hmac\":{\"description\":\"An HMAC signature of the raw body instead of a shared secret.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"secret\",\"header\"],\"properties\":{\"secret\":{\"type\":\"string\",\"x-secret\":true,\"description\":\"The signing key.\"},\"header\":{\"type\":\"string\",\"description\":\"Header that carries the signature, e.g. `X-Signature`.\"},\"algorithm\":{\"type\":\"string\",\"enum\":[\"sha1\",\"sha256\",\"sha512\"],\"default\":\"sha256\"},\"encoding\":{\"type\":\"string\",\"enum\":[\"hex\",\"base64\"],\"default\":\"hex\"},\"prefix\":{\"type\":\"string\",\"description\":\"Text before the signature in the header, e.g. `sha256=`.\",\"default\":\"\"},\"timestamp_header\":{\"type\":\"string\",\"description\":\"Header with the Unix time (seconds) the sender signed, e.g. `X-Slack-Request-Timestamp`. A delivery more than `tolerance_s` away from now is refused (401), and a signature already accepted is refused as a replay (409).\"},\"signed\":{\"type\":\"string\",\"description\":\"What the signature covers: `{body}` (the raw body) and `{timestamp}`, e.g. `v0:{timestamp}:{body}`. Default `{body}`, or `{timestamp}.{body}` with `timestamp_header`.\"},\"tolerance_s\":{\"type\":\"integer\",\"minimum\":1,\"default\":300,\"description\":\"With `timestamp_header`: how far (seconds) a delivery may be from now, and how long its signature is remembered.\"}}}}}},\"jobs\":{\"description\":\"SQL jobs of the pipeline, keyed by name: statements run on a connection on their own schedule (`syncengine schedule` and `serve --schedule`), or by hand (`syncengine job`, `POST /pipelines/<name>/jobs/<job>/runs`), e.g. a cache table rebuilt from the synced data every 8 hours. Each run is kept in run history as pipeline `<pipeline>/<job>`.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"connection\",\"statements\"],\"properties\":{\"description\":{\"type\":\"string\",\"description\":\"Free text.\"},\"cron\":{\"description\":\"When it runs: a cron expression (5 or 6 fields), e.g. `0 1,9,17 * * *`.\",\"type\":\"string\",\"minLength\":9},\"every\":{\"description\":\"When it runs: an interval after its last successful run, e.g. `8h`.\",\"type\":\"string\",\"pattern\":\"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h|d)$\"},\"timezone\":{\"description\":\"IANA time zone of `cron`.\",\"type\":\"string\",\"default\":\"UTC\"},\"connection\":{\"description\":\"A connection whose connector can run statements (sqlite, postgres, mysql).\",\"type\":\"string\"},\"statements\":{\"description\":\"Statements run in order, in one transaction where the connector offers one. `${...}` references are bound parameters (`${job.name}`, `${run.id}`, `${now}`, and `${tenant.*}` with `for_each_tenant`); a reference that is the whole of a quoted identifier (`\\\"client_${tenant.key}_data\\\"`, MySQL `` `...` ``) is spliced as a name, and must be letters, digits and `_`.\",\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1}},\"where\":{\"description\":\"With `for_each_tenant`: run only for the tenants for which this json-logic expression on the tenant record is truthy.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"for_each_tenant\":{\"description\":\"Run the statements once per tenant of the pipeline (each a run of its own), with `${tenant.*}`.\",\"type\":\"boolean\",\"default\":false}}}},\"triggers\":{\"description\":\"Endpoints of `syncengine serve` (`POST /triggers/<name>`) that run every pipeline declaring a trigger of that name: its due tenants, or all with the `force` parameter, filtered by tenant and tag. The values name the query parameters (or JSON body fields) the endpoint reads, so it can take the parameters an existing admin endpoint took.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"force\":{\"description\":\"Parameter that, `true`, runs every target instead of only the due ones, e.g. `force_sync`.\",\"type\":\"string\",\"default\":\"force\"},\"tenant\":{\"description\":\"Parameter holding the one tenant id to run, e.g. `client_id_filter`.\",\"type\":\"string\",\"default\":\"tenant\"},\"tag\":{\"description\":\"Parameter holding the tag a pipeline must carry (`tags`), e.g. `platform_filter`.\",\"type\":\"string\",\"default\":\"tag\"}}}},\"selections\":{\"description\":\"Named subsets of the data a run can be limited to, e.g. one product category: chosen with `syncengine run --select <name>` or `POST /pipelines/<pipeline>/runs {\\\"select\\\": \\\"<name>\\\"}`. A selection names the streams it runs; for each, `source` options merged over the stream's source (a filter the API applies) and/or `where`, a filter over the source records. A selection run reads what it selects in full and neither reads nor moves a cursor.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"streams\"],\"properties\":{\"description\":{\"description\":\"Free text, shown by `syncengine serve` (`GET /pipelines/<name>`).\",\"type\":\"string\"},\"streams\":{\"description\":\"The streams this selection runs, by name, each with how its records are chosen.\",\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"source\":{\"description\":\"Source options merged over the stream's source for a selection run: maps merge key by key (so `params: { $filter: ... }` keeps the stream's other params), other values replace, e.g. a server-side filter.\",\"type\":\"object\",\"tsType\":\"Record<string, unknown>\",\"additionalProperties\":true},\"where\":{\"description\":\"Keeps only the source records for which this json-logic expression is truthy, before the stream's transforms (the others count as filtered), e.g. `{ starts_with: [{ var: Code }, \\\"CIA_\\\"] }`.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"}}}}}}},\"queries\":{\"description\":\"Read-only queries over the synced tables that `syncengine serve` answers at `GET /queries/<name>?param=value` (with the API token), e.g. a product search. Each runs as one SELECT in a read-only transaction; its `:name` placeholders take the declared `params` as bound parameters, never spliced into the SQL.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"connection\",\"sql\"],\"properties\":{\"description\":{\"description\":\"Free text, shown by `GET /queries`.\",\"type\":\"string\"},\"connection\":{\"description\":\"A SQL connection (sqlite, postgres, mysql) under `connections`.\",\"type\":\"string\"},\"sql\":{\"description\":\"One SELECT. `:name` is a declared parameter, sent as a bound parameter (cast it where the database must know its type, e.g. `CAST(:q AS text) IS NULL`).\",\"type\":\"string\",\"minLength\":1},\"params\":{\"description\":\"The parameters the query takes from the URL, by name; any other parameter is refused (400).\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"description\":{\"type\":\"string\",\"description\":\"Free text.\"},\"type\":{\"description\":\"How the text from the URL is read: `text`, `integer`, `number` or `boolean` (`true`/`false`).\",\"type\":\"string\",\"enum\":[\"text\",\"integer\",\"number\",\"boolean\"],\"default\":\"text\"},\"required\":{\"description\":\"A request without this parameter is refused (400).\",\"type\":\"boolean\",\"default\":false},\"default\":{\"description\":\"The value when the request leaves the parameter out; without one, it is bound as NULL.\",\"type\":[\"string\",\"number\",\"boolean\"]},\"minimum\":{\"description\":\"Smallest value of a number.\",\"type\":\"number\"},\"maximum\":{\"description\":\"Largest value of a number.\",\"type\":\"number\"},\"max_length\":{\"description\":\"Longest text, in characters.\",\"type\":\"integer\",\"minimum\":1,\"default\":200},\"allowed\":{\"description\":\"The only values accepted, e.g. `[product, service, rental]`.\",\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":[\"string\",\"number\",\"boolean\"]}}}},\"default\":{}},\"max_rows\":{\"description\":\"Most rows one answer holds; past it the answer says `truncated: true`.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":10000,\"default\":1000},\"timeout_ms\":{\"description\":\"How long the query may run before the database cancels it (PostgreSQL and MySQL).\",\"type\":\"integer\",\"minimum\":1,\"default\":10000}}}},\"after_run\":{\"description\":\"Statements run on a connection when a run ends (after every tenant, for multi-tenant pipelines), e.g. a row in a sync log. `${result.status}`, `${result.error}`, `${result.error_class}` (network, rate_limit, authentication, server, database, validation, config, other; null unless the run failed), `${result.started_at}`, `${result.finished_at}`, `${result.records_read}`, `${result.records_written}`, `${result.records_rejected}`, `${result.inserted}`, `${result.updated}`, `${result.unchanged}`, `${result.trigger}`, `${result.strategy}` (null unless the run named one), `${result.selection}` (null unless the run was limited to a selection), `${result.run_id}` become bound parameters.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"connection\"],\"properties\":{\"connection\":{\"description\":\"A connection whose connector can run statements (sqlite, postgres, mysql).\",\"type\":\"string\"},\"success\":{\"description\":\"Statement after a successful run.\",\"type\":\"string\",\"minLength\":1},\"failure\":{\"description\":\"Statement after a failed or aborted run.\",\"type\":\"string\",\"minLength\":1}}},\"tenants\":{\"description\":\"Runs the whole pipeline once per tenant (e.g. per client account). Each tenant's fields are `${tenant.*}` in connections, options and transforms; cursors, crosswalk and run history are kept per tenant. One tenant failing never stops the others.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"source\":{\"description\":\"Read the tenants from a source, e.g. a SQL query on a `client_api_credentials` table.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"list\":{\"description\":\"The tenants, inline.\",\"type\":\"array\",\"items\":{\"type\":\"object\"},\"tsType\":\"Record<string, unknown>[]\"},\"file\":{\"description\":\"A JSON or YAML file with a list of tenants, relative to the pipeline file.\",\"type\":\"string\",\"minLength\":1},\"id\":{\"description\":\"Dot path of the tenant id in each tenant record.\",\"type\":\"string\",\"minLength\":1,\"default\":\"id\"},\"where\":{\"description\":\"Run only the tenants for which this json-logic expression is truthy.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"concurrency\":{\"description\":\"How many tenants run at the same time.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":64,\"default\":1},\"frequency_hours\":{\"description\":\"Dot path of a per-tenant sync frequency in hours; gives `${result.next_run_at}` to `write_back` and tells the scheduler when a tenant is due.\",\"type\":\"string\",\"minLength\":1},\"at\":{\"description\":\"Time of day (`HH:MM`, in the tenant's time zone) its syncs are due: with `frequency_hours` 24 every day at that time, 6 at that time and every 6 hours after it, 48 every other day. Without it a tenant is due `frequency_hours` after its last successful sync.\",\"type\":\"string\",\"pattern\":\"^([01][0-9]|2[0-3]):[0-5][0-9]$\"},\"timezone\":{\"description\":\"IANA time zone of `at` for tenants without their own (`timezone_field`).\",\"type\":\"string\",\"default\":\"UTC\"},\"timezone_field\":{\"description\":\"Dot path of the tenant's own IANA time zone in its record.\",\"type\":\"string\",\"minLength\":1},\"decrypt\":{\"description\":\"Tenant fields stored encrypted (e.g. a `credentials` column), decrypted when the tenants are read: `aes-256-gcm` (base64 of a 12-byte nonce, the ciphertext and the 16-byte tag) or `fernet` (Python `cryptography`). A decrypted JSON object becomes a map (`${tenant.credentials.access_token}`); its fields named like secrets, and plain decrypted text, are masked everywhere. A tenant whose field does not decrypt fails its run with that reason.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"fields\",\"key\"],\"properties\":{\"fields\":{\"description\":\"Top-level tenant fields that hold ciphertext.\",\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1}},\"key\":{\"description\":\"The key, e.g. `${secrets.credentials_key}`: for `aes-256-gcm` 32 bytes as 64 hex digits or base64; for `fernet` the base64url Fernet key.\",\"type\":\"string\",\"minLength\":1,\"x-secret\":true},\"algorithm\":{\"description\":\"The cipher.\",\"type\":\"string\",\"enum\":[\"aes-256-gcm\",\"fernet\"],\"default\":\"aes-256-gcm\"}}},\"write_back\":{\"description\":\"Statements run on a connection after each tenant's run, e.g. to record last/next sync and status. References such as `${tenant.id}`, `${result.status}`, `${result.error}`, `${result.finished_at}`, `${result.next_run_at}` become bound parameters.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"connection\"],\"properties\":{\"connection\":{\"description\":\"A connection whose connector can run statements (sqlite, postgres, mysql).\",\"type\":\"string\"},\"success\":{\"description\":\"Statement after a successful run.\",\"type\":\"string\",\"minLength\":1},\"failure\":{\"description\":\"Statement after a failed run.\",\"type\":\"string\",\"minLength\":1}}}}},\"discover\":{\"description\":\"Requests made once at the start of a run whose result the streams use as `${discover.<name>}`, e.g. a lookup of the warehouse id of a checkout.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"source\"],\"properties\":{\"source\":{\"description\":\"A source block: `connection` plus the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"pick\":{\"description\":\"`first`: the first record (an error when there is none); `all`: the list of every record.\",\"type\":\"string\",\"enum\":[\"first\",\"all\"],\"default\":\"first\"}}}},\"connections\":{\"description\":\"Reusable connections (an API with its auth, a database), keyed by name. `type` picks the connector; the other keys are that connector's options.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"required\":[\"type\"],\"properties\":{\"type\":{\"description\":\"The connector, e.g. `http`, `sqlite`, `stdout`.\",\"type\":\"string\"}},\"additionalProperties\":true},\"default\":{}},\"templates\":{\"description\":\"Stream templates, keyed by name: the parts of a stream that several streams share. A stream with `extends: name` is the template deeply merged with its own keys (its keys win; maps merge, lists are replaced), with `${params.x}` replaced by its `params` and `${params.stream}` by its name. `syncengine validate --print-expanded` shows the result.\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"tsType\":\"Record<string, unknown>\"}},\"streams\":{\"description\":\"The streams of the pipeline, keyed by name. Each reads from one source and writes to one sink.\",\"type\":\"object\",\"minProperties\":1,\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"source\",\"sink\"],\"properties\":{\"extends\":{\"description\":\"Name of a template under `templates` this stream is built from; its own keys override the template's.\",\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"params\":{\"description\":\"Values for the template's `${params.name}` references (`${params.stream}` is the stream's name).\",\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_-]*$\"},\"additionalProperties\":{\"tsType\":\"unknown\"}},\"description\":{\"type\":\"string\",\"description\":\"Free text.\"},\"source\":{\"description\":\"Where records come from: `connection` names a connection; the other keys are the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"incremental\":{\"description\":\"Makes the stream incremental: the highest `cursor_field` value seen is stored once the records up to it are committed (after each batch with `ordered: true`, at the end of the stream otherwise) and offered to the source as `${cursor}` on the next run.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"cursor_field\"],\"properties\":{\"cursor_field\":{\"description\":\"Dot path of the field in the source record that grows with every change, e.g. `updated_at`.\",\"type\":\"string\",\"minLength\":1},\"initial\":{\"description\":\"Cursor value for the first run, when no cursor is stored yet.\",\"type\":[\"string\",\"number\"]},\"ordered\":{\"description\":\"The source returns records in ascending cursor order, so the cursor may be saved after every batch. When false, it is saved once the whole stream has been written.\",\"type\":\"boolean\",\"default\":false}}},\"partitions\":{\"description\":\"Runs the source once per partition: per value of a list, or per record of a parent request or stream. Each partition starts with fresh pagination and keeps its own cursor; `${partition}` is its value and `${parent.*}` the parent record, in source options and in `map` templates.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"values\":{\"description\":\"A list of partition values, or a reference to one (`${vars.warehouses}`, `${discover.stores}`).\",\"type\":[\"array\",\"string\"],\"tsType\":\"unknown[] | string\"},\"from\":{\"type\":\"object\",\"additionalProperties\":false,\"minProperties\":1,\"maxProperties\":1,\"properties\":{\"source\":{\"description\":\"A source block: `connection` plus the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"stream\":{\"description\":\"Name of another stream whose source (and transforms) give the records; its sink is not used.\",\"type\":\"string\"}},\"description\":\"Parent records: `source` (a source block, like a stream's) or `stream` (another stream's source and transforms; its sink is not used).\"},\"key\":{\"description\":\"Dot path of the parent record field whose value names the partition (its cursor key and `${partition}`).\",\"type\":\"string\",\"minLength\":1,\"default\":\"id\"},\"concurrency\":{\"description\":\"How many partitions are read at the same time. Their batches are written one at a time, each partition's in order, each with its own cursor.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":64,\"default\":1}}},\"transforms\":{\"description\":\"Steps applied to each record in order, between the source and the sink.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/transformStep\"},\"default\":[]},\"sink\":{\"description\":\"Where records go: `connection` names a connection; the other keys are the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true},\"primary_key\":{\"description\":\"Field(s) that identify a record, used to name records in errors and rejections. Dot paths allowed.\",\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1},\"cache\":{\"description\":\"Keeps a copy of the source's records in a file: a run reads the file when it exists, parses and is fresh enough (the hot path), and otherwise reads the source and rewrites the file once the whole source was read (the cold path). `--strategy full` always reads the source.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\"],\"properties\":{\"path\":{\"description\":\"The cache file, relative to the pipeline file, e.g. `catsy_products_full_export.csv`.\",\"type\":\"string\",\"minLength\":1},\"format\":{\"description\":\"File format. Default: from the extension (`.csv`, else JSON lines).\",\"type\":\"string\",\"enum\":[\"csv\",\"jsonl\"]},\"max_age\":{\"description\":\"Read the source again when the file is older than this, e.g. `24h`.\",\"type\":\"string\",\"pattern\":\"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h|d)$\"}}},\"also\":{\"description\":\"More outputs of the same records: each entry runs its own `transforms` on the records the stream's transforms produced and writes them to its own `sink` (e.g. detail rows into a second table). The cursor moves only when every sink has committed the batch.\",\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"sink\"],\"properties\":{\"transforms\":{\"description\":\"Steps for this output only.\",\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/transformStep\"},\"default\":[]},\"sink\":{\"description\":\"Where this output goes: `connection` plus the connector's stream options.\",\"type\":\"object\",\"required\":[\"connection\"],\"properties\":{\"connection\":{\"type\":\"string\",\"description\":\"Name of a connection under `connections`.\"}},\"additionalProperties\":true}}}},\"strategies\":{\"description\":\"How the stream can run besides `incremental` (the default): `ids` fetches just given ids; `auto` picks `full` or `incremental` from the trigger and the age of the last successful run. A run may also ask for `full` (ignore the cursor).\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"ids\":{\"description\":\"Fetches just the given ids (a webhook, `--ids`): these source options replace the stream's for that run.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"source\"],\"properties\":{\"source\":{\"description\":\"Source options that replace the stream's, e.g. `path: /Products(${id})` (one request per id) or `params: { $filter: \\\"Id in (${ids_csv})\\\" }` (one request for all).\",\"type\":\"object\",\"additionalProperties\":true}}},\"auto\":{\"description\":\"Rules tried in order when a run does not name a strategy: `when` is json-logic over `trigger` (cli, api, schedule, webhook) and `hours_since_success` (null before the first success); `use` is the strategy. No match: incremental.\",\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"when\",\"use\"],\"properties\":{\"when\":{\"description\":\"A json-logic expression, e.g. `{\\\">\\\": [{\\\"var\\\": \\\"total\\\"}, 0]}`. See docs/expressions.md.\",\"type\":[\"object\",\"array\",\"string\",\"number\",\"boolean\",\"null\"],\"tsType\":\"unknown\"},\"use\":{\"type\":\"string\",\"enum\":[\"full\",\"incremental\"]}}}}}},\"after\":{\"description\":\"Streams that must finish before this one starts (e.g. items before purchase orders).\",\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true},\"reference\":{\"description\":\"Reference (master) data other streams look up, e.g. vendors mapped into a crosswalk: `--stream` of a stream that runs `after` it runs it too, first, and `--limit` never shortens it unless it is named in `--stream` itself.\",\"type\":\"boolean\",\"default\":false},\"quarantine\":{\"description\":\"When rejected records fail the run instead of being quarantined and skipped: more than `max_records`, or more than `max_percent` of the records read.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"max_records\":{\"description\":\"Most records a run may quarantine.\",\"type\":\"integer\",\"minimum\":0},\"max_percent\":{\"description\":\"Most records a run may quarantine, as a percentage of the records read.\",\"type\":\"number\",\"minimum\":0,\"maximum\":100}}},\"batch_size\":{\"description\":\"Records per batch for this stream. Defaults to `defaults.batch_size`.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":100000},\"read_ahead\":{\"description\":\"Pages this stream may read ahead of the batch being written. Defaults to `defaults.read_ahead`.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":64}}}}}}", validate: validate_0 },
];
