import type { JsonSchema } from './json-schema.js';

const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*$';
/** Query parameters are bound as `:name`: a plain SQL-style name. */
const PARAM_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';

const LOGIC: JsonSchema = {
  description: 'A json-logic expression, e.g. `{">": [{"var": "total"}, 0]}`. See docs/expressions.md.',
  type: ['object', 'array', 'string', 'number', 'boolean', 'null'],
  tsType: 'unknown',
};

/** `selections:`: named subsets of the data a run can be limited to. */
export const SELECTIONS_SCHEMA: JsonSchema = {
  description:
    'Named subsets of the data a run can be limited to, e.g. one product category: chosen with `syncengine run --select <name>` or `POST /pipelines/<pipeline>/runs {"select": "<name>"}`. A selection names the streams it runs; for each, `source` options merged over the stream\'s source (a filter the API applies) and/or `where`, a filter over the source records. A selection run reads what it selects in full and neither reads nor moves a cursor.',
  type: 'object',
  propertyNames: { pattern: NAME_PATTERN },
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    required: ['streams'],
    properties: {
      description: { description: 'Free text, shown by `syncengine serve` (`GET /pipelines/<name>`).', type: 'string' },
      streams: {
        description: 'The streams this selection runs, by name, each with how its records are chosen.',
        type: 'object',
        minProperties: 1,
        propertyNames: { pattern: NAME_PATTERN },
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: {
            source: {
              description:
                "Source options merged over the stream's source for a selection run: maps merge key by key (so `params: { $filter: ... }` keeps the stream's other params), other values replace, e.g. a server-side filter.",
              type: 'object',
              tsType: 'Record<string, unknown>',
              additionalProperties: true,
            },
            where: {
              ...LOGIC,
              description:
                'Keeps only the source records for which this json-logic expression is truthy, before the stream\'s transforms (the others count as filtered), e.g. `{ starts_with: [{ var: Code }, "CIA_"] }`.',
            },
          },
        },
      },
    },
  },
};

/** One declared parameter of a query. */
const QUERY_PARAM: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    description: { type: 'string', description: 'Free text.' },
    type: {
      description: 'How the text from the URL is read: `text`, `integer`, `number` or `boolean` (`true`/`false`).',
      type: 'string',
      enum: ['text', 'integer', 'number', 'boolean'],
      default: 'text',
    },
    required: { description: 'A request without this parameter is refused (400).', type: 'boolean', default: false },
    default: {
      description: 'The value when the request leaves the parameter out; without one, it is bound as NULL.',
      type: ['string', 'number', 'boolean'],
    },
    minimum: { description: 'Smallest value of a number.', type: 'number' },
    maximum: { description: 'Largest value of a number.', type: 'number' },
    max_length: { description: 'Longest text, in characters.', type: 'integer', minimum: 1, default: 200 },
    allowed: {
      description: 'The only values accepted, e.g. `[product, service, rental]`.',
      type: 'array',
      minItems: 1,
      items: { type: ['string', 'number', 'boolean'] },
    },
  },
};

/** `queries:`: read-only SQL that `syncengine serve` answers over HTTP. */
export const QUERIES_SCHEMA: JsonSchema = {
  description:
    'Read-only queries over the synced tables that `syncengine serve` answers at `GET /queries/<name>?param=value` (with the API token), e.g. a product search. Each runs as one SELECT in a read-only transaction; its `:name` placeholders take the declared `params` as bound parameters, never spliced into the SQL.',
  type: 'object',
  propertyNames: { pattern: NAME_PATTERN },
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    required: ['connection', 'sql'],
    properties: {
      description: { description: 'Free text, shown by `GET /queries`.', type: 'string' },
      connection: { description: 'A SQL connection (sqlite, postgres, mysql) under `connections`.', type: 'string' },
      sql: {
        description:
          'One SELECT. `:name` is a declared parameter, sent as a bound parameter (cast it where the database must know its type, e.g. `CAST(:q AS text) IS NULL`).',
        type: 'string',
        minLength: 1,
      },
      params: {
        description: 'The parameters the query takes from the URL, by name; any other parameter is refused (400).',
        type: 'object',
        propertyNames: { pattern: PARAM_PATTERN },
        additionalProperties: QUERY_PARAM,
        default: {},
      },
      max_rows: {
        description: 'Most rows one answer holds; past it the answer says `truncated: true`.',
        type: 'integer',
        minimum: 1,
        maximum: 10000,
        default: 1000,
      },
      timeout_ms: {
        description: 'How long the query may run before the database cancels it (PostgreSQL and MySQL).',
        type: 'integer',
        minimum: 1,
        default: 10000,
      },
    },
  },
};
