import type { JsonSchema } from '@syncengine/engine';

/** Column types a SQL sink can create; each dialect maps them to its own. */
export const COLUMN_TYPES = ['text', 'integer', 'bigint', 'number', 'decimal', 'boolean', 'json', 'timestamp', 'date'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Write modes of the SQL sinks; docs/write-modes.md has a section on each. */
export const WRITE_MODES = ['append', 'insert_new', 'upsert', 'replace'] as const;
export type WriteMode = (typeof WRITE_MODES)[number];

/** What a SQL sink without declared columns does with new fields and values that do not fit; see `schema`. */
export const SCHEMA_POLICIES = ['evolve', 'freeze', 'discard_columns', 'discard_records'] as const;
export type SchemaPolicy = (typeof SCHEMA_POLICIES)[number];

/** A plain SQL identifier: what table and column names must look like before kysely quotes them. */
export const IDENTIFIER_PATTERN = '^[A-Za-z_][A-Za-z0-9_]{0,62}$';

const HOOKS_ITEMS: JsonSchema = { type: 'string', minLength: 1 };

/** A stream's `sink` options on any SQL connection. */
export const SQL_SINK_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['table'],
  properties: {
    table: {
      description:
        'Target table. May use runtime references, e.g. `client_${tenant.id}_data`; the result must be a plain identifier (letters, digits, `_`, at most 63 characters), else the stream fails before any SQL runs.',
      type: 'string',
      minLength: 1,
      'x-runtime-template': true,
    },
    mode: {
      description:
        '`append` inserts every record; `insert_new` inserts only records whose key is not in the table yet; `upsert` inserts new keys and updates changed rows; `replace` empties the table and loads the whole run in one transaction. See docs/write-modes.md.',
      type: 'string',
      enum: [...WRITE_MODES],
      default: 'append',
    },
    key: {
      description: 'Column(s) that identify a row; required for `insert_new` and `upsert`, and made the primary key of a created table.',
      type: 'array',
      items: { type: 'string', pattern: IDENTIFIER_PATTERN },
      minItems: 1,
      uniqueItems: true,
    },
    columns: {
      description:
        'Columns to write, by name: a type (`text`, `integer`, `bigint`, `number`, `decimal`, `boolean`, `json`, `timestamp`, `date`) or `{type, nullable, precision, scale}`. Used to create the table when it is missing. Declared columns win: their types are never inferred nor widened, and fields not listed are not written. When omitted, the table is created from the data and kept in step with it under the `schema` policy; see docs/sql.md.',
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: IDENTIFIER_PATTERN },
      additionalProperties: {
        anyOf: [
          { type: 'string', enum: [...COLUMN_TYPES] },
          {
            type: 'object',
            additionalProperties: false,
            required: ['type'],
            properties: {
              type: { type: 'string', enum: [...COLUMN_TYPES] },
              nullable: { type: 'boolean', description: 'Allow NULL (default true; key columns are never null).' },
              precision: { type: 'integer', minimum: 1, maximum: 65, description: 'Total digits of a `decimal`.' },
              scale: { type: 'integer', minimum: 0, maximum: 30, description: 'Digits after the point of a `decimal`.' },
            },
          },
        ],
      },
    },
    schema: {
      description:
        'What happens when no `columns` are declared and the records do not match the table: `evolve` adds a column for a new field and widens a column whose values no longer fit (integer -> number -> text); `freeze` quarantines a record with a field the table lacks or a value its column cannot hold, with the reason; `discard_columns` drops such fields and values; `discard_records` drops such records (counted as skipped and logged). The table itself is created from the first batch under every policy.',
      type: 'string',
      enum: [...SCHEMA_POLICIES],
      default: 'evolve',
    },
    create_table: {
      description: 'Create the table when it does not exist: from `columns`, else from the first batch of records.',
      type: 'boolean',
      default: true,
    },
    add_new_columns: {
      description: 'Add declared columns that an existing table lacks (as nullable columns) instead of failing.',
      type: 'boolean',
      default: false,
    },
    rows_per_statement: {
      description: "Most rows in one INSERT; lowered automatically to fit the dialect's parameter limit.",
      type: 'integer',
      minimum: 1,
      default: 1000,
    },
    before: {
      description:
        'SQL statements run before the load, one statement per item, as written (trusted configuration). In `replace` mode they run inside the load transaction; otherwise once when the stream starts.',
      type: 'array',
      items: HOOKS_ITEMS,
      default: [],
    },
    after: {
      description:
        'SQL statements run after the last batch, e.g. `CALL update_mirror()`. In `replace` mode they run inside the load transaction, before it commits; otherwise after the last batch has committed. A failing statement fails the stream.',
      type: 'array',
      items: HOOKS_ITEMS,
      default: [],
    },
  },
  allOf: [{ if: { properties: { mode: { enum: ['insert_new', 'upsert'] } }, required: ['mode'] }, then: { required: ['key'] } }],
};

/** A stream's `source` options on any SQL connection. */
export const SQL_SOURCE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['query'],
  properties: {
    query: {
      description:
        'The SELECT to read. Runtime references such as `${cursor}` and `:name` placeholders for `params` are sent as bound parameters, never spliced into the SQL text. See docs/sql.md.',
      type: 'string',
      minLength: 1,
      'x-runtime-template': true,
    },
    params: {
      description:
        'Values for `:name` placeholders in `query`, bound as parameters. Values may be `${vars.x}`, `${env.X}` or runtime references such as `${cursor}`.',
      type: 'object',
      propertyNames: { pattern: IDENTIFIER_PATTERN },
      additionalProperties: { type: ['string', 'number', 'boolean', 'null', 'object', 'array'], tsType: 'unknown' },
      'x-runtime-template': true,
    },
    batch_size: {
      description: 'Rows fetched from the database at a time and handed on as one page.',
      type: 'integer',
      minimum: 1,
      maximum: 100000,
      default: 1000,
    },
  },
};

export type { SqlSinkOptions, SqlSourceOptions } from './sql-types.generated.js';

/** True when a name is safe to use as a SQL identifier. */
export function isSafeIdentifier(name: string): boolean {
  return new RegExp(IDENTIFIER_PATTERN).test(name);
}
