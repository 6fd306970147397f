import { createConfigAjv } from './_config-ajv.js';
import { hoistSubschemas } from './_hoist-subschemas.js';
import type { JsonSchema } from './json-schema.js';

/** Options of `renderValidatorModule`. */
export interface RenderValidatorOptions {
  /** A comment for the top of the module (without comment markers), e.g. where it comes from. */
  banner: string;
  /** The module specifier of the engine's validator runtime, e.g. `@syncengine/engine/validator-runtime`. */
  runtimeModule: string;
  /** The module specifier the `PrecompiledValidator` type is imported from, e.g. `@syncengine/engine`. */
  typesModule: string;
  /** The name of the exported list. @default 'VALIDATORS' */
  exportName?: string;
}

/** ajv's runtime helpers its standalone code requires, and the export of the validator runtime for each. */
const RUNTIME_HELPERS: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
  'require("ajv/dist/runtime/equal").default': 'equal',
};

/**
 * The text of a TypeScript module that exports `VALIDATORS`: one precompiled validator
 * (ajv standalone code, with the options, keywords and formats the engine validates with) per
 * distinct schema, each with the JSON text of its schema. `npm run generate` writes them; a connector
 * passes its list as `validators` (see `connectorBlockSchemas`), so no schema is compiled at start-up.
 */
export async function renderValidatorModule(schemas: readonly JsonSchema[], options: RenderValidatorOptions): Promise<string> {
  const { Ajv, _ } = await import('ajv');
  // CommonJS: the module is the function.
  const standaloneCode = (await import('ajv/dist/standalone/index.js')).default as unknown as (
    ajv: InstanceType<typeof Ajv>,
    refs: Record<string, string>,
  ) => string;
  // Every `$ref` a function of its own, with the larger parts of each schema moved behind one (see hoistSubschemas).
  const ajv = createConfigAjv(
    { Ajv, _ },
    { code: { source: true, esm: true, lines: true, formats: _`CONFIG_FORMATS` }, inlineRefs: false },
  );
  // By JSON text: one validator per distinct schema.
  const names = new Map<string, string>();
  for (const schema of schemas) {
    const text = JSON.stringify(schema);
    if (names.has(text)) continue;
    const name = `validate_${names.size}`;
    names.set(text, name);
    ajv.addSchema(hoistSubschemas(schema) as object, name);
  }
  let code = standaloneCode(ajv, Object.fromEntries([...names.values()].map((name) => [name, name])));
  const used = new Set<string>(['CONFIG_FORMATS']);
  for (const [call, helper] of Object.entries(RUNTIME_HELPERS)) {
    if (!code.includes(call)) continue;
    code = code.split(call).join(helper);
    used.add(helper);
  }
  if (code.includes('require('))
    throw new Error(`renderValidatorModule: the standalone code requires a module: ${/require\([^)]*\)/.exec(code)![0]}`);
  if (!code.includes('CONFIG_FORMATS')) used.delete('CONFIG_FORMATS');
  // The validators are exported only through the list.
  code = code.replace(/^"use strict";/, '').replace(/export const (validate_\d+) = /g, 'const $1 = ');
  const list = [...names].map(([text, name]) => `  { schema: ${JSON.stringify(text)}, validate: ${name} },`).join('\n');
  const header = [
    '// @ts-nocheck',
    `/* ${options.banner} */`,
    `import type { PrecompiledValidator } from '${options.typesModule}';`,
    ...(used.size ? [`import { ${[...used].sort().join(', ')} } from '${options.runtimeModule}';`] : []),
  ];
  return `${header.join('\n')}\n\n${code.trim()}\n\nexport const ${options.exportName ?? 'VALIDATORS'}: readonly PrecompiledValidator[] = [\n${list}\n];\n`;
}
