import type { AnyConnectorDefinition } from '../connector/connector.js';
import type { JsonSchema } from './json-schema.js';

/** The schemas a connector's blocks in a pipeline file are checked against. */
export interface ConnectorBlockSchemas {
  /** A `connections.<name>` block: the connection schema, with `type`. */
  readonly connection: JsonSchema;
  /** A stream's `source` block: the source's stream schema, with `connection`. */
  readonly source?: JsonSchema;
  /** A stream's `sink` block: the sink's stream schema, with `connection`. */
  readonly sink?: JsonSchema;
}

const blockSchemas = new WeakMap<JsonSchema, JsonSchema>();

/**
 * The schemas the engine checks a connector's blocks against (once per schema object), as
 * precompiled validators must be generated from (`connector.validators`).
 */
export function connectorBlockSchemas(definition: AnyConnectorDefinition): ConnectorBlockSchemas {
  return {
    connection: withKey(definition.connectionSchema, 'type'),
    ...(definition.source ? { source: withKey(definition.source.streamSchema, 'connection') } : {}),
    ...(definition.sink ? { sink: withKey(definition.sink.streamSchema, 'connection') } : {}),
  };
}

function withKey(schema: JsonSchema, key: 'type' | 'connection'): JsonSchema {
  let block = blockSchemas.get(schema);
  if (!block) {
    block = { ...schema, properties: { [key]: { type: 'string' }, ...schema.properties } };
    blockSchemas.set(schema, block);
  }
  return block;
}
