import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { PrecompiledValidator } from '../connector/connector.js';
import { createConfigAjv, type AjvModule } from './_config-ajv.js';
import type { JsonSchema } from './json-schema.js';

/** A validator of pipeline or connector options: precompiled, or compiled here on first use. */
type ConfigValidator = PrecompiledValidator['validate'];

/** What the `x-secret` and `x-runtime-template` keywords collect during one validation. */
interface Collected {
  secrets: string[];
  templates: string[];
}

// ajv's compiler (ajv is CommonJS) is loaded only when a schema has no precompiled validator.
const requireAjv = () => createRequire(import.meta.url)('ajv') as AjvModule;
let runtimeAjv: ReturnType<typeof createConfigAjv> | undefined;

const cache = new WeakMap<object, ConfigValidator>();

/**
 * The validator of `schema` (once per schema object): the one of `precompiled` generated from the
 * same schema, else one compiled now. It applies defaults and coerces scalars in place.
 */
export function compileSchema(schema: JsonSchema, precompiled: readonly PrecompiledValidator[] = []): ConfigValidator {
  let validate = cache.get(schema);
  if (!validate) {
    // Compared as text, so a validator generated from an older schema is never used (a string compare, no hash).
    const text = precompiled.length ? JSON.stringify(schema) : undefined;
    validate = precompiled.find((p) => p.schema === text)?.validate;
    validate ??= (runtimeAjv ??= createConfigAjv(requireAjv())).compile(schema) as ConfigValidator;
    cache.set(schema, validate);
  }
  return validate;
}

/** Validates `data` in place, returning ajv's errors and the pointers of secret and runtime-template values. */
export function validateWithSecrets(
  schema: JsonSchema,
  data: unknown,
  precompiled?: readonly PrecompiledValidator[],
): { errors: ErrorObject[]; secrets: string[]; templates: string[] } {
  const validate = compileSchema(schema, precompiled);
  const collected: Collected = { secrets: [], templates: [] };
  validate.call(collected, data);
  return { errors: validate.errors ?? [], ...collected };
}
