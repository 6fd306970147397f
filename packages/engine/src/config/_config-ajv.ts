import type { Ajv, Options } from 'ajv';
import { CONFIG_FORMATS } from './validator-runtime.js';

/** What this module needs of ajv, passed in: at run time ajv is loaded only for a schema without a precompiled validator. */
export interface AjvModule {
  Ajv: typeof import('ajv').Ajv;
  _: typeof import('ajv')._;
}

/**
 * The ajv instance pipeline and connector schemas are validated with, at run time and when their
 * validators are generated ahead of time (`renderValidatorModule`): the same options, keywords and
 * formats, so both validate alike.
 *
 * `x-secret` and `x-runtime-template` are code keywords: each pushes the instance path of its value
 * onto `this.secrets` / `this.templates` of the object the validator is called on (`passContext`).
 */
export function createConfigAjv(ajvModule: AjvModule, generate?: Pick<Options, 'code' | 'inlineRefs'>): Ajv {
  const { Ajv: AjvClass, _ } = ajvModule;
  const ajv = new AjvClass({
    allErrors: true,
    // parentSchema on each error: the formatter lists allowed keys and suggests the nearest one.
    verbose: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
    coerceTypes: true,
    useDefaults: true,
    discriminator: true,
    passContext: true,
    ...generate,
  });
  ajv.addKeyword({
    keyword: 'x-secret',
    schemaType: 'boolean',
    code(cxt) {
      if (cxt.schema === true) cxt.gen.code(_`this.secrets.push(instancePath + ${cxt.it.errorPath})`);
    },
  });
  ajv.addKeyword({
    keyword: 'x-runtime-template',
    schemaType: 'boolean',
    code(cxt) {
      if (cxt.schema === true) cxt.gen.code(_`this.templates.push(instancePath + ${cxt.it.errorPath})`);
    },
  });
  ajv.addKeyword({ keyword: 'tsType', schemaType: 'string' });
  // Documentation only (the generated reference): a default applied by code, not by validation.
  ajv.addKeyword({ keyword: 'x-default' });
  for (const [name, format] of Object.entries(CONFIG_FORMATS)) ajv.addFormat(name, format);
  return ajv;
}
