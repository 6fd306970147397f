import type { DraftColumnType } from './pipeline-draft.js';

/** A JSON Schema object of an OpenAPI document (the parts `init` reads). */
export interface OpenApiSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  allOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  nullable?: boolean;
  maximum?: number;
  default?: unknown;
  example?: unknown;
}

/** Follows local `$ref`s (`#/components/schemas/Customer`) and merges `allOf`; at most 20 hops. */
export function resolveSchema(document: unknown, schema: OpenApiSchema | undefined, depth = 0): OpenApiSchema | undefined {
  if (!schema || depth > 20) return schema;
  if (schema.$ref) return resolveSchema(document, resolvePointer(document, schema.$ref) as OpenApiSchema, depth + 1);
  if (schema.allOf) {
    const parts = schema.allOf.map((s) => resolveSchema(document, s, depth + 1) ?? {});
    const properties = Object.assign({}, schema.properties, ...parts.map((p) => p.properties ?? {})) as Record<string, OpenApiSchema>;
    const type = parts.find((p) => p.type)?.type ?? schema.type ?? 'object';
    return { ...schema, allOf: undefined, type, properties };
  }
  // `anyOf: [{ type: null }, { $ref: ... }]` is a nullable reference: the reference says the type.
  const alternative = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].find((s) => s.type !== 'null');
  if (alternative && !schema.type) return resolveSchema(document, alternative, depth + 1);
  return schema;
}

/** Reads a local JSON pointer such as `#/components/parameters/Limit`. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`${ref}: only local references (#/...) are read`);
  let node = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (node === undefined) throw new Error(`${ref}: not found in the document`);
  return node;
}

const typeName = (schema: OpenApiSchema): string | undefined =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

/** Is this an array whose items are objects? */
export function isArrayOfObjects(document: unknown, schema: OpenApiSchema | undefined): boolean {
  const resolved = resolveSchema(document, schema);
  if (!resolved || typeName(resolved) !== 'array') return false;
  const items = resolveSchema(document, resolved.items);
  return Boolean(items && (typeName(items) === 'object' || items.properties));
}

/** A column type for a property schema. */
export function columnTypeOf(document: unknown, schema: OpenApiSchema | undefined): DraftColumnType {
  const resolved = resolveSchema(document, schema) ?? {};
  switch (typeName(resolved)) {
    case 'integer':
      return resolved.format === 'int64' ? 'bigint' : 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
      return resolved.format === 'date-time' ? 'timestamp' : resolved.format === 'date' ? 'date' : 'text';
    case 'object':
    case 'array':
      return 'json';
    default:
      return resolved.properties ? 'json' : 'text';
  }
}
