import type { AnyConnectorDefinition } from '../connector/connector.js';
import type { JsonSchema } from './json-schema.js';
import { PIPELINE_SCHEMA } from './pipeline-schema.js';

/**
 * Renders docs/pipeline-reference.md from the pipeline schema and the connectors' schemas,
 * so the reference can never drift from what the validator accepts.
 */
export function renderPipelineReference(connectors: readonly AnyConnectorDefinition[]): string {
  const out: string[] = [
    '<!-- Generated from the JSON Schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. -->',
    '',
    '# Pipeline reference',
    '',
    PIPELINE_SCHEMA.description,
    '',
    'Every key is listed with its type, whether it is required, its default and what it does.',
    'Strings may contain `${env.NAME}`, `${vars.name}` and runtime references (see [interpolation](interpolation.md)).',
    '',
    '## Pipeline file',
    '',
  ];
  renderObject(PIPELINE_SCHEMA as JsonSchema, '', out);
  out.push(
    '## Connectors',
    '',
    "A connection's `type` picks its connector. Each connector adds its own keys to the connection block and, where it can be a source or a sink, to a stream's `source` or `sink` block (beside `connection`).",
    '',
  );
  for (const connector of [...connectors].sort((a, b) => a.name.localeCompare(b.name))) {
    const roles = [connector.source ? 'source' : '', connector.sink ? 'sink' : ''].filter(Boolean).join(' and ');
    out.push(`### \`${connector.name}\``, '', `${connector.description} Can be a ${roles}.`, '', '#### Connection options', '');
    renderObject(connector.connectionSchema, `connections.<name>`, out);
    if (connector.source) {
      out.push('#### Stream `source` options', '');
      renderObject(connector.source.streamSchema, 'streams.<name>.source', out);
    }
    if (connector.sink) {
      out.push('#### Stream `sink` options', '');
      renderObject(connector.sink.streamSchema, 'streams.<name>.sink', out);
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function renderObject(schema: JsonSchema, prefix: string, out: string[]): void {
  const rows: string[][] = [];
  const nested: [string, JsonSchema][] = [];
  collectRows(schema, prefix, rows, nested);
  if (rows.length === 0) {
    out.push('_No options._', '');
    return;
  }
  out.push('| key | type | required | default | description |', '|---|---|---|---|---|');
  for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`);
  out.push('');
}

function collectRows(schema: JsonSchema, prefix: string, rows: string[][], nested: [string, JsonSchema][]): void {
  const required = new Set(schema.required ?? []);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push([`\`${path}\``, typeOf(prop), required.has(key) ? 'yes' : '', defaultOf(prop), describe(prop)]);
    if (prop.properties) collectRows(prop, path, rows, nested);
    for (const branch of prop.oneOf ?? []) {
      // One block of rows per style, e.g. auth with `type: bearer`.
      const tagKey = prop.discriminator?.propertyName;
      const tag = tagKey ? branch.properties?.[tagKey]?.const : undefined;
      const before = rows.length;
      collectRows(branch, path, rows, nested);
      for (const row of rows.slice(before)) {
        if (tag !== undefined && tagKey) {
          row[4] =
            row[0] === `\`${path}.${tagKey}\`` ? `${branch.description ?? ''}`.trim() : `With \`${tagKey}: ${String(tag)}\`: ${row[4]}`;
        }
      }
    }
    const entry = typeof prop.additionalProperties === 'object' ? prop.additionalProperties : undefined;
    if (entry && (entry.properties || entry.additionalProperties)) {
      const entryPath = `${path}.<name>`;
      if (entry.properties) collectRows(entry, entryPath, rows, nested);
    }
    const items = prop.items && deref(prop.items);
    if (items?.properties) collectRows(items, `${path}[]`, rows, nested);
    if (items?.anyOf) {
      for (const branch of items.anyOf) if (branch.properties) collectRows(branch, `${path}[]`, rows, nested);
    }
  }
}

/** A `$ref` to `#/$defs/<name>` of the pipeline schema, resolved. */
function deref(schema: JsonSchema): JsonSchema {
  const name = schema.$ref?.split('/').pop();
  return name ? ((PIPELINE_SCHEMA as JsonSchema).$defs?.[name] ?? schema) : schema;
}

function typeOf(schema: JsonSchema): string {
  // `fieldSpec` -> `field spec`, `transformStep` -> `transform step`.
  if (schema.$ref) return (schema.$ref.split('/').pop() ?? '').replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  if (schema.enum) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' or ');
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.anyOf || schema.oneOf) return [...new Set((schema.anyOf ?? schema.oneOf)!.map(typeOf))].join(' or ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ['any'];
  return types
    .map((t) => {
      if (t === 'array' && schema.items) return `list of ${typeOf(schema.items)}`;
      if (t === 'object' && typeof schema.additionalProperties === 'object' && !schema.properties)
        return `map of ${typeOf(schema.additionalProperties)}`;
      return t === 'object' ? 'map' : t;
    })
    .join(' or ');
}

/** The `default` keyword, else the default a connector applies itself (`x-default`, e.g. a preset's value). */
function defaultOf(schema: JsonSchema): string {
  const value = schema.default !== undefined ? schema.default : schema['x-default'];
  if (value === undefined) return '';
  if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) return '';
  return `\`${JSON.stringify(value)}\``;
}

function describe(schema: JsonSchema): string {
  const notes: string[] = [];
  if (schema.description) notes.push(schema.description);
  if (schema['x-secret']) notes.push('Secret: redacted in logs, errors and run history.');
  if (schema.minimum !== undefined && schema.maximum !== undefined) notes.push(`From ${schema.minimum} to ${schema.maximum}.`);
  else if (schema.minimum !== undefined) notes.push(`At least ${schema.minimum}.`);
  else if (schema.maximum !== undefined) notes.push(`At most ${schema.maximum}.`);
  return notes.join(' ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
