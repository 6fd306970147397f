import type { JsonSchema } from '@syncengine/engine';

/** Column types a SQL sink can create; each dialect maps them to its own. */
export const COLUMN_TYPES = ['text', 'integer', 'bigint', 'number', 'decimal', 'boolean', 'json', 'timestamp', 'date'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Write modes of the SQL sinks. */
export const WRITE_MODES = ['append', 'insert_new', 'upsert'] as const;
export type WriteMode = (typeof WRITE_MODES)[number];

const IDENTIFIER = '^[A-Za-z_][A-Za-z0-9_]{0,62}$';

/** A stream's `sink` options on any SQL connection. */
export const SQL_SINK_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['table'],
  properties: {
    table: {
      description:
        'Target table. May use runtime references, e.g. `client_${tenant.id}_data`; the result must be a plain identifier (letters, digits, `_`).',
      type: 'string',
      minLength: 1,
      'x-runtime-template': true,
    },
    mode: {
      description:
        '`append` inserts every record; `insert_new` inserts only records whose key is not in the table yet; `upsert` inserts new keys and updates changed rows. See docs/write-modes.md.',
      type: 'string',
      enum: [...WRITE_MODES],
      default: 'append',
    },
    key: {
      description: 'Column(s) that identify a row; required for `insert_new` and `upsert`, and made the primary key of a created table.',
      type: 'array',
      items: { type: 'string', pattern: IDENTIFIER },
      minItems: 1,
      uniqueItems: true,
    },
    columns: {
      description:
        'Columns to write, by name: a type (`text`, `integer`, `bigint`, `number`, `decimal`, `boolean`, `json`, `timestamp`, `date`) or `{type, nullable, precision, scale}`. Used to create the table when it is missing. When omitted, the record fields that the existing table has are written.',
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: IDENTIFIER },
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
              precision: { type: 'integer', minimum: 1, maximum: 65 },
              scale: { type: 'integer', minimum: 0, maximum: 30 },
            },
          },
        ],
      },
    },
    create_table: { description: 'Create the table from `columns` when it does not exist.', type: 'boolean', default: true },
    rows_per_statement: {
      description: 'Most rows in one INSERT; lowered automatically to fit the dialect\'s parameter limit.',
      type: 'integer',
      minimum: 1,
      default: 500,
    },
  },
  allOf: [
    { if: { properties: { mode: { enum: ['insert_new', 'upsert'] } }, required: ['mode'] }, then: { required: ['key'] } },
  ],
};

export type { SqlSinkOptions } from './sql-sink-types.generated.js';

/** True when a name is safe to use as a SQL identifier. */
export function isSafeIdentifier(name: string): boolean {
  return new RegExp(IDENTIFIER).test(name);
}
