import { Ajv, type ValidateFunction } from 'ajv';
import type { JsonSchema } from './json-schema.js';

/** Instance paths of values whose schema carries `x-secret`, collected during one validation. */
let secretPaths: string[] | undefined;
/** Instance paths of values whose schema carries `x-runtime-template` (the connector renders them). */
let templatePaths: string[] | undefined;

const ajv = new Ajv({
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
});
ajv.addKeyword({
  keyword: 'x-secret',
  schemaType: 'boolean',
  validate(schema: boolean, _data: unknown, _parent: unknown, cxt?: { instancePath: string }) {
    if (schema && cxt && secretPaths) secretPaths.push(cxt.instancePath);
    return true;
  },
});
ajv.addKeyword({
  keyword: 'x-runtime-template',
  schemaType: 'boolean',
  validate(schema: boolean, _data: unknown, _parent: unknown, cxt?: { instancePath: string }) {
    if (schema && cxt && templatePaths) templatePaths.push(cxt.instancePath);
    return true;
  },
});
ajv.addKeyword({ keyword: 'tsType', schemaType: 'string' });
// Documentation only (the generated reference): a default applied by code, not by validation.
ajv.addKeyword({ keyword: 'x-default' });
ajv.addFormat('http-url', { type: 'string', validate: isHttpUrl });

/**
 * An absolute http or https URL. References the connector renders at run time (`${tenant.host}`)
 * stand for one URL-safe word; a value that starts with one is left to the run.
 */
function isHttpUrl(value: string): boolean {
  // Empty text is `minLength`'s to report; text that starts with a reference is known only at run time.
  if (value === '' || value.startsWith('${')) return true;
  const sample = value.replace(/\$\{[^}]*\}/g, 'x');
  if (!URL.canParse(sample)) return false;
  const protocol = new URL(sample).protocol;
  return protocol === 'http:' || protocol === 'https:';
}

const cache = new WeakMap<object, ValidateFunction>();

/** Compiles (once per schema object) a validator that applies defaults and coerces scalars in place. */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  let validate = cache.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(schema, validate);
  }
  return validate;
}

/** Validates `data` in place, returning ajv's errors and the pointers of secret values. */
export function validateWithSecrets(
  schema: JsonSchema,
  data: unknown,
): { errors: NonNullable<ValidateFunction['errors']>; secrets: string[]; templates: string[] } {
  const validate = compileSchema(schema);
  secretPaths = [];
  templatePaths = [];
  try {
    validate(data);
    return { errors: validate.errors ?? [], secrets: secretPaths, templates: templatePaths };
  } finally {
    secretPaths = undefined;
    templatePaths = undefined;
  }
}
