import type { JsonSchema } from './json-schema.js';

const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*$';
const DURATION_PATTERN = '^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$';

/** `tags`: labels that select pipelines, e.g. a trigger's platform filter. */
export const TAGS_SCHEMA: JsonSchema = {
  description:
    'Labels of the pipeline, e.g. `[shopify]`: a trigger of `syncengine serve` (`triggers.*.tag`) runs only the pipelines that carry the tag it is asked for.',
  type: 'array',
  items: { type: 'string', pattern: NAME_PATTERN },
  uniqueItems: true,
};

/** `jobs`: SQL statements run on their own schedule (or by hand), each run kept in run history. */
export const JOBS_SCHEMA: JsonSchema = {
  description:
    'SQL jobs of the pipeline, keyed by name: statements run on a connection on their own schedule (`syncengine schedule` and `serve --schedule`), or by hand (`syncengine job`, `POST /pipelines/<name>/jobs/<job>/runs`), e.g. a cache table rebuilt from the synced data every 8 hours. Each run is kept in run history as pipeline `<pipeline>/<job>`.',
  type: 'object',
  propertyNames: { pattern: NAME_PATTERN },
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    required: ['connection', 'statements'],
    properties: {
      description: { type: 'string', description: 'Free text.' },
      cron: { description: 'When it runs: a cron expression (5 or 6 fields), e.g. `0 1,9,17 * * *`.', type: 'string', minLength: 9 },
      every: {
        description: 'When it runs: an interval after its last successful run, e.g. `8h`.',
        type: 'string',
        pattern: DURATION_PATTERN,
      },
      timezone: { description: 'IANA time zone of `cron`.', type: 'string', default: 'UTC' },
      connection: { description: 'A connection whose connector can run statements (sqlite, postgres, mysql).', type: 'string' },
      statements: {
        description:
          'Statements run in order, in one transaction where the connector offers one. `${...}` references are bound parameters (`${job.name}`, `${run.id}`, `${now}`, and `${tenant.*}` with `for_each_tenant`); a reference that is the whole of a quoted identifier (`"client_${tenant.key}_data"`, MySQL `` `...` ``) is spliced as a name, and must be letters, digits and `_`.',
        type: 'array',
        minItems: 1,
        items: { type: 'string', minLength: 1 },
      },
      where: {
        description: 'With `for_each_tenant`: run only for the tenants for which this json-logic expression on the tenant record is truthy.',
        type: ['object', 'array', 'string', 'number', 'boolean', 'null'],
        tsType: 'unknown',
      },
      for_each_tenant: {
        description: 'Run the statements once per tenant of the pipeline (each a run of its own), with `${tenant.*}`.',
        type: 'boolean',
        default: false,
      },
    },
  },
};

/** `triggers`: named endpoints of `syncengine serve` shared by every pipeline that declares them. */
export const TRIGGERS_SCHEMA: JsonSchema = {
  description:
    'Endpoints of `syncengine serve` (`POST /triggers/<name>`) that run every pipeline declaring a trigger of that name: its due tenants, or all with the `force` parameter, filtered by tenant and tag. The values name the query parameters (or JSON body fields) the endpoint reads, so it can take the parameters an existing admin endpoint took.',
  type: 'object',
  propertyNames: { pattern: NAME_PATTERN },
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        description: 'Parameter that, `true`, runs every target instead of only the due ones, e.g. `force_sync`.',
        type: 'string',
        default: 'force',
      },
      tenant: { description: 'Parameter holding the one tenant id to run, e.g. `client_id_filter`.', type: 'string', default: 'tenant' },
      tag: {
        description: 'Parameter holding the tag a pipeline must carry (`tags`), e.g. `platform_filter`.',
        type: 'string',
        default: 'tag',
      },
    },
  },
};

/** Extra `tenants` keys: a time of day for due times, and encrypted credentials. */
export const TENANT_EXTRA_PROPERTIES: Record<string, JsonSchema> = {
  at: {
    description:
      "Time of day (`HH:MM`, in the tenant's time zone) its syncs are due: with `frequency_hours` 24 every day at that time, 6 at that time and every 6 hours after it, 48 every other day. Without it a tenant is due `frequency_hours` after its last successful sync.",
    type: 'string',
    pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  },
  timezone: { description: 'IANA time zone of `at` for tenants without their own (`timezone_field`).', type: 'string', default: 'UTC' },
  timezone_field: { description: "Dot path of the tenant's own IANA time zone in its record.", type: 'string', minLength: 1 },
  decrypt: {
    description:
      'Tenant fields stored encrypted (e.g. a `credentials` column), decrypted when the tenants are read: `aes-256-gcm` (base64 of a 12-byte nonce, the ciphertext and the 16-byte tag) or `fernet` (Python `cryptography`). A decrypted JSON object becomes a map (`${tenant.credentials.access_token}`); its fields named like secrets, and plain decrypted text, are masked everywhere. A tenant whose field does not decrypt fails its run with that reason.',
    type: 'object',
    additionalProperties: false,
    required: ['fields', 'key'],
    properties: {
      fields: {
        description: 'Top-level tenant fields that hold ciphertext.',
        type: 'array',
        minItems: 1,
        items: { type: 'string', minLength: 1 },
      },
      key: {
        description:
          'The key, e.g. `${secrets.credentials_key}`: for `aes-256-gcm` 32 bytes as 64 hex digits or base64; for `fernet` the base64url Fernet key.',
        type: 'string',
        minLength: 1,
        'x-secret': true,
      },
      algorithm: { description: 'The cipher.', type: 'string', enum: ['aes-256-gcm', 'fernet'], default: 'aes-256-gcm' },
    },
  },
};
