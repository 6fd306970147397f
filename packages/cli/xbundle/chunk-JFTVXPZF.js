import {
  SyncError
} from "./chunk-RLQ4YVQZ.js";
import {
  HTTP_CONNECTION_SCHEMA,
  HTTP_SINK_SCHEMA,
  HTTP_SOURCE_SCHEMA,
  http_connector_default
} from "./chunk-XVXQH47A.js";
import {
  defineConnector
} from "./chunk-P2BNM7YI.js";

// packages/connectors/dist/http/define-http-preset.js
var HTTP_OPTIONS = Object.keys(HTTP_CONNECTION_SCHEMA.properties ?? {});
function defineHttpPreset(spec) {
  const ownKeys = Object.keys(spec.options);
  const clash = ownKeys.filter((k) => HTTP_OPTIONS.includes(k));
  if (clash.length)
    throw new Error(`preset ${spec.name}: option ${clash.join(", ")} shadows an http option`);
  const httpProperties = { ...HTTP_CONNECTION_SCHEMA.properties ?? {} };
  const connectionSchema = {
    type: "object",
    additionalProperties: false,
    required: [...spec.required ?? []],
    properties: { ...spec.options, ...withoutDefaults(httpProperties, fixedConnectionValues(spec)) }
  };
  return defineConnector({
    name: spec.name,
    description: spec.description,
    connectionSchema,
    source: { streamSchema: relaxed(HTTP_SOURCE_SCHEMA, spec.source) },
    sink: { streamSchema: relaxed(HTTP_SINK_SCHEMA, spec.sink) },
    ...spec.validators ? { validators: spec.validators } : {},
    async connect(config, ctx) {
      const { checkOptions } = await import("./dist-SLLUF3DP.js");
      const own = Object.fromEntries(ownKeys.filter((k) => config[k] !== void 0).map((k) => [k, config[k]]));
      const overrides = Object.fromEntries(HTTP_OPTIONS.filter((k) => config[k] !== void 0).map((k) => [k, config[k]]));
      const { value, problems } = checkOptions(HTTP_CONNECTION_SCHEMA, { ...spec.connection(own), ...overrides });
      if (problems.length)
        throw new SyncError("CONFIG_INVALID", `${spec.name}: ${problems.join("; ")}`);
      const http = await http_connector_default.connect(value, ctx);
      return {
        read: (options, readCtx) => http.read(withDefaults(checkOptions, HTTP_SOURCE_SCHEMA, spec.name, spec.source, options), readCtx),
        openWriter: (options, writerCtx) => http.openWriter(withDefaults(checkOptions, HTTP_SINK_SCHEMA, spec.name, spec.sink, options), writerCtx),
        ...http.check ? { check: () => http.check() } : {},
        ...http.close ? { close: () => http.close() } : {}
      };
    }
  });
}
function relaxed(schema, defaults) {
  if (!defaults)
    return schema;
  const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => {
    if (!(k in defaults))
      return [k, v];
    const { default: _dropped, ...rest } = v;
    return [k, { ...rest, "x-default": defaults[k] }];
  }));
  return { ...schema, properties, required: (schema.required ?? []).filter((k) => !(k in defaults)) };
}
function withDefaults(checkOptions, schema, preset, defaults, options) {
  if (!defaults)
    return options;
  const merged = { ...defaults };
  for (const [k, v] of Object.entries(options)) {
    const base = merged[k];
    merged[k] = isMap(base) && isMap(v) && (v.type === void 0 || v.type === base.type) ? { ...base, ...v } : v;
  }
  const { value, problems } = checkOptions(schema, merged);
  if (problems.length)
    throw new SyncError("CONFIG_INVALID", `${preset}: ${problems.join("; ")}`);
  return value;
}
function isMap(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function withoutDefaults(properties, fixed) {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => {
    const { default: httpDefault, ...rest } = v;
    const value = fixed === void 0 ? void 0 : k in fixed ? fixed[k] : httpDefault;
    return [k, value === void 0 ? rest : { ...rest, "x-default": value }];
  }));
}
function fixedConnectionValues(spec) {
  const marker = "\0preset-option\0";
  const placeholders = Object.fromEntries(Object.keys(spec.options).map((k) => [k, `${marker}${k}`]));
  let built;
  try {
    built = spec.connection(placeholders);
  } catch {
    return void 0;
  }
  return Object.fromEntries(Object.entries(built).filter(([k, v]) => HTTP_OPTIONS.includes(k) && v !== void 0 && !JSON.stringify(v).includes("preset-option")));
}

export {
  defineHttpPreset
};
