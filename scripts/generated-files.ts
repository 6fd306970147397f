import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import {
  buildEditorSchema,
  connectorBlockSchemas,
  PIPELINE_SCHEMA,
  renderPipelineReference,
  renderValidatorModule,
  type AnyConnectorDefinition,
  type JsonSchema,
} from '@syncengine/engine';
import { BUILTIN_CONNECTORS, HTTP_CONNECTION_SCHEMA, SQL_SINK_SCHEMA, SQL_SOURCE_SCHEMA } from '@syncengine/connectors';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** A file derived from the schemas: where it lives and how to produce it. */
export interface GeneratedFile {
  path: string;
  render(): Promise<string>;
}

const banner = (what: string) =>
  `/* Generated from ${what} by \`npm run generate\`. Do not edit by hand: a test fails when it is stale. */\n/* Types describe options after validation, so keys with a default are always present. */`;

/**
 * Keys with a `default` are filled in by validation (ajv `useDefaults`), so the generated types
 * list them as required: the types describe what connectors and the engine actually receive.
 */
function withDefaultsRequired(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withDefaultsRequired);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'examples' || k === '$id') continue;
    out[k] = k === 'default' || k === 'const' || k === 'enum' ? v : withDefaultsRequired(v);
  }
  const properties = out.properties as Record<string, { default?: unknown }> | undefined;
  if (properties) {
    const defaulted = Object.entries(properties)
      .filter(([, p]) => p && p.default !== undefined)
      .map(([name]) => name);
    if (defaulted.length) out.required = [...new Set([...((out.required as string[]) ?? []), ...defaulted])];
  }
  return out;
}

async function toTypeScript(schema: JsonSchema, name: string): Promise<string> {
  const prepared = withDefaultsRequired(schema) as Record<string, unknown>;
  delete prepared.title;
  const ts = await compile(prepared as never, name, {
    bannerComment: '',
    additionalProperties: false,
    unknownAny: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  return ts.trim();
}

const pascal = (name: string) => name.replace(/(^|[_-])(\w)/g, (_, __, c: string) => c.toUpperCase());

async function connectorTypes(connector: AnyConnectorDefinition): Promise<string> {
  const base = pascal(connector.name);
  const parts = [banner(`the ${connector.name} connector's schemas`), ''];
  // A preset's own options are its type; the http options it also accepts, and its stream options, are http's types.
  const preset = connectorDir(connector.name) === 'presets';
  // Stream options shared by several connectors have one generated type of their own (SqlSinkOptions, HttpSourceOptions, ...).
  const own = (schema: JsonSchema) => !preset && !SHARED_STREAM_SCHEMAS.has(schema);
  parts.push(
    await toTypeScript(preset ? ownOptions(connector.connectionSchema) : connector.connectionSchema, `${base}ConnectionConfig`),
    '',
  );
  if (connector.source && own(connector.source.streamSchema))
    parts.push(await toTypeScript(connector.source.streamSchema, `${base}SourceOptions`), '');
  if (connector.sink && own(connector.sink.streamSchema))
    parts.push(await toTypeScript(connector.sink.streamSchema, `${base}SinkOptions`), '');
  return `${parts.join('\n').trimEnd()}\n`;
}

const SHARED_STREAM_SCHEMAS = new Set<JsonSchema>([SQL_SINK_SCHEMA, SQL_SOURCE_SCHEMA]);

const HTTP_CONNECTION_KEYS = new Set(Object.keys(HTTP_CONNECTION_SCHEMA.properties ?? {}));

/** A preset's connection schema without the http options every preset accepts. */
function ownOptions(schema: JsonSchema): JsonSchema {
  const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([k]) => !HTTP_CONNECTION_KEYS.has(k)));
  return { ...schema, properties, required: (schema.required ?? []).filter((k) => k in properties) };
}

/** Presets live in `src/presets/`, the other connectors in a folder of their own name. */
function connectorDir(name: string): string {
  return existsSync(root(`packages/connectors/src/presets/${name}-connector.ts`)) ? 'presets' : name;
}

const connectors = await Promise.all(Object.values(BUILTIN_CONNECTORS).map((load) => load()));

const VALIDATOR_BANNER = (what: string) =>
  `Generated from ${what} by \`npm run generate\` (ajv standalone code): loading a pipeline compiles no schema. Do not edit by hand: a test fails when it is stale.`;

/** A connector's precompiled validators: its blocks' schemas as the engine checks them. */
function connectorValidators(connector: AnyConnectorDefinition): Promise<string> {
  const { connection, source, sink } = connectorBlockSchemas(connector);
  return renderValidatorModule([connection, ...(source ? [source] : []), ...(sink ? [sink] : [])], {
    banner: VALIDATOR_BANNER(`the ${connector.name} connector's schemas`),
    runtimeModule: '@syncengine/engine/validator-runtime',
    typesModule: '@syncengine/engine',
  });
}

export const GENERATED_FILES: GeneratedFile[] = [
  {
    path: root('packages/engine/src/config/pipeline-types.generated.ts'),
    render: async () => `${banner('PIPELINE_SCHEMA')}\n\n${await toTypeScript(PIPELINE_SCHEMA, 'PipelineDefinition')}\n`,
  },
  {
    path: root('packages/engine/src/config/pipeline-validators.generated.ts'),
    render: () =>
      renderValidatorModule([PIPELINE_SCHEMA], {
        banner: VALIDATOR_BANNER('PIPELINE_SCHEMA'),
        runtimeModule: './validator-runtime.js',
        typesModule: '../connector/connector.js',
        exportName: 'PIPELINE_VALIDATORS',
      }),
  },
  ...connectors.map((connector) => ({
    path: root(`packages/connectors/src/${connectorDir(connector.name)}/${connector.name}-types.generated.ts`),
    render: () => connectorTypes(connector),
  })),
  ...connectors.map((connector) => ({
    path: root(`packages/connectors/src/${connectorDir(connector.name)}/${connector.name}-validators.generated.ts`),
    render: () => connectorValidators(connector),
  })),
  {
    path: root('packages/connectors/src/sql/sql-types.generated.ts'),
    render: async () =>
      `${banner('SQL_SINK_SCHEMA and SQL_SOURCE_SCHEMA')}\n\n${await toTypeScript(SQL_SINK_SCHEMA, 'SqlSinkOptions')}\n\n${await toTypeScript(SQL_SOURCE_SCHEMA, 'SqlSourceOptions')}\n`,
  },
  {
    path: root('packages/cli/schema/pipeline.schema.json'),
    render: async () => `${JSON.stringify(buildEditorSchema(connectors), null, 2)}\n`,
  },
  {
    path: root('docs/pipeline-reference.md'),
    render: async () => renderPipelineReference(connectors),
  },
];
