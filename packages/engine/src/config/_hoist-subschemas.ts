import type { JsonSchema } from './json-schema.js';

/** Below this size (JSON text; ajv makes about ten times as much code of it) a subschema stays where it is. */
const MIN_SIZE = 300;

/** Prefix of the definitions this adds, after the schema's own. */
const PREFIX = 'x-hoisted-';

/**
 * A copy of `schema` in which the larger subschemas of properties, map values and list items (outside
 * `anyOf`, `oneOf`, `allOf`, `not` and `if`/`then`/`else`, whose errors the formatter groups by schema
 * path, and without a `default` of their own, which ajv reads where the property is
 * declared) are moved to `$defs` and referred to. Compiled with `inlineRefs: false`, each becomes a
 * function of its own, and V8 compiles a function the first time it runs: validating a pipeline then
 * costs only the parts of the language it uses, not the whole schema's code. The rules are the same;
 * only the schema paths of errors inside a moved part start from that part.
 */
export function hoistSubschemas(schema: JsonSchema): JsonSchema {
  const defs: Record<string, JsonSchema> = { ...(schema.$defs ?? {}) };
  let next = 0;
  const hoist = (node: JsonSchema): JsonSchema => {
    const inner = walk(node);
    if (inner.default !== undefined || inner.$ref !== undefined || JSON.stringify(inner).length < MIN_SIZE) return inner;
    const name = `${PREFIX}${next++}`;
    defs[name] = inner;
    return { $ref: `#/$defs/${name}` };
  };
  const walk = (node: JsonSchema): JsonSchema => {
    const out: JsonSchema = { ...node };
    if (node.properties) out.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, hoist(v)]));
    if (node.patternProperties)
      out.patternProperties = Object.fromEntries(Object.entries(node.patternProperties).map(([k, v]) => [k, hoist(v)]));
    if (node.additionalProperties && typeof node.additionalProperties === 'object')
      out.additionalProperties = hoist(node.additionalProperties);
    if (node.items) out.items = hoist(node.items);
    // Unions, conditions and their branches (BRANCHES) stay as they are, copied with the rest.
    return out;
  };
  const root = walk(schema);
  // The schema's own definitions are walked too (`fieldSpec`, `transformStep`: functions already, being referred to).
  for (const [name, def] of Object.entries(schema.$defs ?? {})) defs[name] = walk(def);
  return next || schema.$defs ? { ...root, $defs: defs } : root;
}
