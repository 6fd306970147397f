import type { AnyConnectorDefinition } from '../connector/connector.js';
import type { JsonSchema } from './json-schema.js';
import { PIPELINE_SCHEMA } from './pipeline-schema.js';

type Node = Record<string, unknown>;

/** Where the published schema says it lives; `syncengine schema` prints it, the cli package ships it. */
export const EDITOR_SCHEMA_ID = 'https://syncengine.dev/schema/pipeline.schema.json';

/** Keywords of ours that editors do not know: left out of the published schema. */
const PRIVATE_KEYWORDS = new Set(['tsType', 'x-secret', 'x-runtime-template', '$id']);

/** Text with a `${...}` reference: where a number, boolean or choice is expected, it is resolved when the file loads. */
const REFERENCE_TEXT: JsonSchema = {
  type: 'string',
  pattern: '\\$\\{[^}]+\\}',
  description: 'A `${vars.*}`, `${env.*}` or runtime reference, resolved before the value is checked.',
};

/**
 * The JSON Schema of pipeline files for editors (yaml-language-server, VS Code, JetBrains): the
 * engine's schema with every connector's options in place. A connection block is checked against
 * the schema of its `type` (if/then on `type`); a stream's `source` and `sink` blocks (and those of
 * `also`, `join.from`, `partitions.from`, `discover`, `tenants.source`) against the union of the
 * stream schemas of the connectors that can play that role, so an unknown key is caught at every
 * level. Descriptions and defaults are kept; a number, boolean or enum value may also be a
 * `${...}` reference. Streams with `extends` and `templates:` entries are partial streams.
 */
export function buildEditorSchema(connectors: readonly AnyConnectorDefinition[]): JsonSchema {
  const sorted = [...connectors].sort((a, b) => a.name.localeCompare(b.name));
  const schema = clean(structuredClone(PIPELINE_SCHEMA)) as Node;
  const defs = schema.$defs as Node;
  const properties = schema.properties as Node;

  // Connections: discriminated by `type`.
  const connections = properties.connections as Node;
  const entry = connections.additionalProperties as Node;
  (entry.properties as Node).type = {
    ...((entry.properties as Node).type as Node),
    enum: sorted.map((c) => c.name),
  };
  delete entry.additionalProperties;
  entry.allOf = sorted.map((c) => ({
    if: { properties: { type: { const: c.name } }, required: ['type'] },
    then: { ...c.connectionSchema, properties: { type: true, ...(c.connectionSchema.properties ?? {}) } },
  }));

  // Source and sink blocks: the union of the distinct stream schemas of each role.
  for (const role of ['source', 'sink'] as const) {
    const distinct = new Map<JsonSchema, string[]>();
    for (const c of sorted) {
      const stream = c[role]?.streamSchema;
      if (stream) distinct.set(stream, [...(distinct.get(stream) ?? []), c.name]);
    }
    const description = `A ${role} block: \`connection\` names a connection; the other keys are its connector's stream options (${[...distinct.values()].map((n) => n.join('/')).join('; ')}).`;
    const branches = [...distinct].map(([stream, names]) => ({
      title: names.join(', '),
      ...stream,
      properties: { connection: CONNECTION, ...(stream.properties ?? {}) },
    }));
    defs[`${role}Block`] = { description, type: 'object', required: ['connection'], anyOf: branches };
    // What a stream that `extends` a template, or a template, may write: any keys of a connector, none required.
    defs[`${role}Partial`] = {
      description,
      type: 'object',
      anyOf: branches.map(({ required: _required, ...branch }) => branch),
    };
  }
  replaceBlocks(schema, []);

  // Streams built from a template are partial; templates are partial streams.
  const streams = properties.streams as Node;
  const stream = streams.additionalProperties as Node;
  delete stream.required;
  // Completion reads these; the full checks (required keys) apply to streams that do not extend a template.
  (stream.properties as Node).source = { $ref: '#/$defs/sourcePartial' };
  (stream.properties as Node).sink = { $ref: '#/$defs/sinkPartial' };
  stream.if = { not: { required: ['extends'] } };
  stream.then = {
    required: ['source', 'sink'],
    properties: { source: { $ref: '#/$defs/sourceBlock' }, sink: { $ref: '#/$defs/sinkBlock' } },
  };
  (properties.templates as Node).additionalProperties = { ...stream, if: undefined, then: undefined };
  delete ((properties.templates as Node).additionalProperties as Node).if;
  delete ((properties.templates as Node).additionalProperties as Node).then;

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: EDITOR_SCHEMA_ID,
    ...(relaxed(schema) as Node),
  } as JsonSchema;
}

const CONNECTION: JsonSchema = { type: 'string', description: 'Name of a connection under `connections`.' };

/** Replaces the engine's open source and sink blocks (`connection` plus anything) with the connectors' unions. */
function replaceBlocks(node: unknown, path: string[]): void {
  if (Array.isArray(node)) return node.forEach((item) => replaceBlocks(item, path));
  if (!node || typeof node !== 'object') return;
  const object = node as Node;
  for (const [key, value] of Object.entries(object)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const v = value as Node;
      const props = v.properties as Node | undefined;
      if (v.additionalProperties === true && props?.connection && (key === 'source' || key === 'sink')) {
        object[key] = { $ref: `#/$defs/${key}Block`, ...(v.description ? { description: v.description } : {}) };
        continue;
      }
    }
    replaceBlocks(value, [...path, key]);
  }
}

/** A copy without our private keywords. */
function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clean);
  if (!node || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (PRIVATE_KEYWORDS.has(key)) continue;
    out[key] = key === 'default' || key === 'const' || key === 'enum' || key === 'examples' ? value : clean(value);
  }
  return out;
}

/**
 * A copy where a value that must be a number, an integer, a boolean, one of an enum's choices or a
 * text of a pattern or format may also be a text with a `${...}` reference (the loader resolves and coerces it before checking).
 */
function relaxed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relaxed);
  if (!node || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(clean(node) as Node)) {
    out[key] = key === 'default' || key === 'const' || key === 'enum' || key === 'examples' ? value : relaxed(value);
  }
  const types = ([] as unknown[]).concat(out.type ?? []);
  const scalar = types.some((t) => t === 'integer' || t === 'number' || t === 'boolean');
  const checkedText = types.includes('string') && (out.pattern !== undefined || out.format !== undefined);
  if ((scalar && !types.includes('string')) || out.enum || checkedText) {
    const { description, default: fallback, title, ...rest } = out;
    return {
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(fallback !== undefined ? { default: fallback } : {}),
      anyOf: [rest, REFERENCE_TEXT],
    };
  }
  return out;
}
