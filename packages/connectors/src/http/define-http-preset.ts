import type { AnyConnectorDefinition, JsonSchema, PrecompiledValidator } from '@syncengine/engine';
import { defineConnector } from '@syncengine/engine/connector';
import { SyncError } from '@syncengine/engine/errors';
import httpConnector from './http-connector.js';
import { HTTP_CONNECTION_SCHEMA, HTTP_SOURCE_SCHEMA } from './http-schema.js';
import { HTTP_SINK_SCHEMA } from './http-sink-schema.js';
import type { HttpConnectionConfig, HttpSinkOptions, HttpSourceOptions } from './http-types.generated.js';

/** Options where every key, at every depth, may be left to the connector's defaults. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** A SaaS API declared as defaults of the `http` connector: the thin adapter of an integration. */
export interface HttpPresetSpec<P extends Record<string, unknown>> {
  /** The connection `type`, e.g. `shopify`. */
  readonly name: string;
  /** One sentence for docs. */
  readonly description: string;
  /** The system's own connection options (e.g. `shop`, `access_token`), as JSON Schema properties. */
  readonly options: Readonly<Record<string, JsonSchema>>;
  /** Which of `options` must be set. */
  readonly required?: readonly string[];
  /**
   * Builds `http` connection options from the system's options. Any `http` option the pipeline
   * sets itself (`base_url`, `rate_limit`, `retries`, ...) wins over what this returns.
   */
  connection(options: P): DeepPartial<HttpConnectionConfig> & Record<string, unknown>;
  /** Defaults for a stream's `source` block (what the stream sets wins; maps of the same `type` merge one level deep). */
  readonly source?: DeepPartial<HttpSourceOptions> & Record<string, unknown>;
  /** Defaults for a stream's `sink` block. */
  readonly sink?: DeepPartial<HttpSinkOptions> & Record<string, unknown>;
  /** The preset's precompiled validators (its `*-validators.generated.ts`), see `ConnectorDefinition.validators`. */
  readonly validators?: readonly PrecompiledValidator[];
}

const HTTP_OPTIONS = Object.keys(HTTP_CONNECTION_SCHEMA.properties ?? {});

/**
 * Declares a preset connector on top of `http`: the system's options, how they become an HTTP
 * connection, and stream defaults (paging, records path, ...). Everything else is the HTTP
 * connector's general machinery, so a preset stays a page of data.
 *
 * @example
 * ```ts
 * export default defineHttpPreset<{ api_key: string }>({
 *   name: 'ploomes',
 *   description: 'Ploomes CRM (OData).',
 *   options: { api_key: { type: 'string', 'x-secret': true } },
 *   required: ['api_key'],
 *   connection: (o) => ({ base_url: 'https://api2.ploomes.com', auth: { type: 'api_key', header: 'User-Key', key: o.api_key } }),
 *   source: { records_path: 'value' },
 * })
 * ```
 */
export function defineHttpPreset<P extends Record<string, unknown>>(spec: HttpPresetSpec<P>): AnyConnectorDefinition {
  const ownKeys = Object.keys(spec.options);
  const clash = ownKeys.filter((k) => HTTP_OPTIONS.includes(k));
  if (clash.length) throw new Error(`preset ${spec.name}: option ${clash.join(', ')} shadows an http option`);

  const httpProperties = { ...(HTTP_CONNECTION_SCHEMA.properties ?? {}) };
  const connectionSchema: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: [...(spec.required ?? [])],
    properties: { ...spec.options, ...withoutDefaults(httpProperties, fixedConnectionValues(spec)) },
  };

  return defineConnector<Record<string, unknown>, HttpSourceOptions, HttpSinkOptions>({
    name: spec.name,
    description: spec.description,
    connectionSchema,
    source: { streamSchema: relaxed(HTTP_SOURCE_SCHEMA, spec.source) },
    sink: { streamSchema: relaxed(HTTP_SINK_SCHEMA, spec.sink) },
    ...(spec.validators ? { validators: spec.validators } : {}),
    async connect(config, ctx) {
      // Options are checked with the engine's schema validator, loaded with the connection.
      const { checkOptions } = await import('@syncengine/engine');
      const own = Object.fromEntries(ownKeys.filter((k) => config[k] !== undefined).map((k) => [k, config[k]])) as P;
      const overrides = Object.fromEntries(HTTP_OPTIONS.filter((k) => config[k] !== undefined).map((k) => [k, config[k]]));
      const { value, problems } = checkOptions<HttpConnectionConfig>(HTTP_CONNECTION_SCHEMA, { ...spec.connection(own), ...overrides });
      if (problems.length) throw new SyncError('CONFIG_INVALID', `${spec.name}: ${problems.join('; ')}`);
      const http = await httpConnector.connect(value, ctx);
      return {
        read: (options, readCtx) => http.read!(withDefaults(checkOptions, HTTP_SOURCE_SCHEMA, spec.name, spec.source, options), readCtx),
        openWriter: (options, writerCtx) =>
          http.openWriter!(withDefaults(checkOptions, HTTP_SINK_SCHEMA, spec.name, spec.sink, options), writerCtx),
        ...(http.check ? { check: () => http.check!() } : {}),
        ...(http.close ? { close: () => http.close!() } : {}),
      };
    },
  });
}

/**
 * The stream schema with the preset's defaults no longer required from the pipeline, and without
 * http's own defaults for those keys: validation must leave them unset, so the preset's apply.
 */
function relaxed(schema: JsonSchema, defaults: Record<string, unknown> | undefined): JsonSchema {
  if (!defaults) return schema;
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([k, v]) => {
      if (!(k in defaults)) return [k, v];
      const { default: _dropped, ...rest } = v;
      const preset = defaults[k];
      // A map the stream may merge into (`pagination: { size: 50 }`): the keys the preset sets must
      // stay unset too, or http's defaults for them (e.g. `stop_when`) would hide the preset's values.
      return [k, { ...(isMap(preset) ? withoutNestedDefaults(rest, preset) : rest), 'x-default': preset }];
    }),
  );
  return { ...schema, properties, required: (schema.required ?? []).filter((k) => !(k in defaults)) };
}

/**
 * The schema of a map without the defaults of the keys the preset's map sets; they are filled in
 * after the merge. Of a `oneOf` by `type`, only the branch of the preset's `type` merges (a map of
 * another type replaces the preset's), so only that branch changes.
 */
function withoutNestedDefaults(schema: JsonSchema, preset: Record<string, unknown>): JsonSchema {
  const keys = Object.keys(preset);
  const merges = (branch: JsonSchema) => {
    const type = (branch.properties?.type as { const?: unknown } | undefined)?.const;
    return preset.type === undefined || type === undefined || type === preset.type;
  };
  const strip = (branch: JsonSchema): JsonSchema =>
    branch.properties && merges(branch)
      ? {
          ...branch,
          properties: Object.fromEntries(
            Object.entries(branch.properties).map(([k, v]) => {
              if (!keys.includes(k) || v.default === undefined) return [k, v];
              const { default: _dropped, ...rest } = v;
              return [k, { ...rest, 'x-default': preset[k] }];
            }),
          ),
        }
      : branch;
  return { ...strip(schema), ...(schema.oneOf ? { oneOf: schema.oneOf.map(strip) } : {}) };
}

/** The stream's options over the preset's defaults, validated again so nested defaults are filled in. */
type CheckOptions = typeof import('@syncengine/engine').checkOptions;

function withDefaults<T>(
  checkOptions: CheckOptions,
  schema: JsonSchema,
  preset: string,
  defaults: Record<string, unknown> | undefined,
  options: T,
): T {
  if (!defaults) return options;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(options as Record<string, unknown>)) {
    const base = merged[k];
    // A map of another `type` (e.g. another pagination style) replaces the default instead of merging into it.
    merged[k] = isMap(base) && isMap(v) && (v.type === undefined || v.type === base.type) ? { ...base, ...v } : v;
  }
  const { value, problems } = checkOptions<T>(schema, merged);
  if (problems.length) throw new SyncError('CONFIG_INVALID', `${preset}: ${problems.join('; ')}`);
  return value;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function withoutDefaults(properties: Record<string, JsonSchema>, fixed: Record<string, unknown> | undefined): Record<string, JsonSchema> {
  // Http's defaults are applied when the connection opens, after the preset's values: a default
  // here would hide the preset's own value (e.g. its rate limit). `x-default` only documents which
  // value applies: the preset's when it sets one, else http's.
  return Object.fromEntries(
    Object.entries(properties).map(([k, v]) => {
      const { default: httpDefault, ...rest } = v;
      const value = fixed === undefined ? undefined : k in fixed ? fixed[k] : httpDefault;
      return [k, value === undefined ? rest : { ...rest, 'x-default': value }];
    }),
  );
}

/**
 * The http options a preset sets to the same value whatever its own options are (e.g. its rate
 * limit), found by building the connection from placeholder options; a value that carries a
 * placeholder depends on the options and is left out. Undefined when that cannot be told.
 */
function fixedConnectionValues<P extends Record<string, unknown>>(spec: HttpPresetSpec<P>): Record<string, unknown> | undefined {
  const marker = '\u0000preset-option\u0000';
  const placeholders = Object.fromEntries(Object.keys(spec.options).map((k) => [k, `${marker}${k}`])) as P;
  let built: Record<string, unknown>;
  try {
    built = spec.connection(placeholders);
  } catch {
    return undefined;
  }
  return Object.fromEntries(
    Object.entries(built).filter(([k, v]) => HTTP_OPTIONS.includes(k) && v !== undefined && !JSON.stringify(v).includes('preset-option')),
  );
}
