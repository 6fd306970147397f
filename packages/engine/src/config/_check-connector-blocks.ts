import type { ErrorObject } from 'ajv';
import type { AnyConnectorDefinition, ConnectorRegistry } from '../connector/connector.js';
import type { Redactor } from '../logging/redactor.js';
import { validateWithSecrets } from './_ajv.js';
import type { ConfigReporter } from './_config-reporter.js';
import { formatAjvErrors } from './_format-ajv-errors.js';
import { CONNECTION_NAMES, unknownName } from './_unknown-name.js';
import { pointerToPath, type PathSegment } from './_yaml-positions.js';
import type { JsonSchema } from './json-schema.js';
import { connectorBlockSchemas } from './connector-block-schemas.js';
import { PIPELINE_SCHEMA } from './pipeline-schema.js';

/** Checks a `source:` or `sink:` block against the schema of the connector its `connection` names. */
export type CheckEndpoint = (block: unknown, role: 'source' | 'sink', path: PathSegment[]) => void;

/** What the connector-block checks found: the connectors in use, and the endpoint checker. */
export interface ConnectorBlocks {
  /** The connectors the pipeline uses, by `type` name, loaded from the registry. */
  connectors: Map<string, AnyConnectorDefinition>;
  /** The connections, by name (empty when `connections:` is not a map). */
  connections: Record<string, Record<string, unknown>>;
  checkEndpoint: CheckEndpoint;
}

/** Options of `checkConnectorBlocks`. */
export interface ConnectorBlockOptions {
  registry: ConnectorRegistry;
  reporter: ConfigReporter;
  redactor: Redactor;
  /** Receives the JSON pointers of options the connector renders at run time. */
  runtimeTemplates: Set<string>;
}

/**
 * Loads the connector of every connection and checks each `connections:` block against its
 * connector's schema; returns the checker for source and sink blocks (which reports unknown connections).
 */
export async function checkConnectorBlocks(root: Record<string, unknown>, options: ConnectorBlockOptions): Promise<ConnectorBlocks> {
  const { registry, reporter, redactor, runtimeTemplates } = options;
  const connectors = new Map<string, AnyConnectorDefinition>();
  const connectionsAreMap = root.connections === undefined || isPlainObject(root.connections);
  const connections = (connectionsAreMap ? (root.connections ?? {}) : {}) as Record<string, Record<string, unknown>>;
  const checkBlock = (schema: JsonSchema, block: unknown, prefix: PathSegment[], definition: AnyConnectorDefinition): void => {
    const result = validateWithSecrets(schema, block, definition.validators);
    const base = prefix.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    for (const pointer of result.templates) runtimeTemplates.add(`${base}${pointer}`);
    for (const problem of formatAjvErrors(result.errors, block))
      reporter.atSchema([...prefix, ...problem.path], problem.message, problem.atKey);
    for (const pointer of result.secrets) addSecretAt(redactor, block, pointer);
  };
  for (const [name, connection] of Object.entries(connections)) {
    const type = connection?.type;
    if (typeof type !== 'string' || !registry[type]) continue;
    const definition = connectors.get(type) ?? (await registry[type]());
    connectors.set(type, definition);
    checkBlock(connectorBlockSchemas(definition).connection, connection, ['connections', name], definition);
  }
  const checkEndpoint: CheckEndpoint = (block, role, path) => {
    if (!block || typeof block !== 'object') return;
    const name = (block as Record<string, unknown>).connection;
    if (typeof name !== 'string' || !connectionsAreMap) return;
    const connection = connections[name];
    if (!connection) return reporter.at([...path, 'connection'], unknownName(CONNECTION_NAMES, name, Object.keys(connections)));
    const definition = connectors.get(String(connection.type));
    if (!definition) return;
    const schema = connectorBlockSchemas(definition)[role];
    if (!schema) return reporter.at([...path, 'connection'], `connection "${name}" (type ${definition.name}) cannot be a ${role}`);
    checkBlock(schema, block, path, definition);
  };
  return { connectors, connections, checkEndpoint };
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Adds the secret at a JSON pointer of `data` to the redactor. */
export function addSecretAt(redactor: Redactor, data: unknown, pointer: string): void {
  let value: unknown = data;
  for (const seg of pointerToPath(pointer, data)) {
    if (value === null || typeof value !== 'object') return;
    value = (value as Record<string | number, unknown>)[seg];
  }
  if (typeof value === 'string') redactor.add(value);
}

const schemaCache = new Map<string, JsonSchema>();

/**
 * The engine's schema with `connections.*.type` limited to the registered connector names (for
 * tools; loading a pipeline checks `type` against the registry itself, see `checkConnectionTypes`).
 */
export function pipelineSchemaFor(connectorNames: readonly string[]): JsonSchema {
  const key = connectorNames.join(',');
  let schema = schemaCache.get(key);
  if (!schema) {
    const copy = structuredClone(PIPELINE_SCHEMA) as unknown as JsonSchema & { $id?: string };
    delete copy.$id;
    const entry = copy.properties!.connections!.additionalProperties as JsonSchema;
    entry.properties!.type = { ...entry.properties!.type, enum: [...connectorNames] };
    schema = copy;
    schemaCache.set(key, schema);
  }
  return schema;
}

/**
 * The errors the schema of `pipelineSchemaFor(names)` would add to those of the engine's own schema:
 * a connection `type` that names no registered connector. Shaped as ajv's, so they read alike.
 */
export function checkConnectionTypes(root: Record<string, unknown>, names: readonly string[]): ErrorObject[] {
  const connections = root.connections;
  if (!isPlainObject(connections)) return [];
  const errors: ErrorObject[] = [];
  for (const [name, connection] of Object.entries(connections as Record<string, unknown>)) {
    if (!isPlainObject(connection)) continue;
    const type = (connection as Record<string, unknown>).type;
    if (type === undefined || names.includes(type as string)) continue;
    errors.push({
      instancePath: `/connections/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/type`,
      schemaPath: '#/properties/connections/additionalProperties/properties/type/enum',
      keyword: 'enum',
      params: { allowedValues: names },
      message: 'must be equal to one of the allowed values',
    });
  }
  return errors;
}
