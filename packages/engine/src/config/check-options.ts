import { formatAjvErrors } from './_format-ajv-errors.js';
import { formatPath } from './_yaml-positions.js';
import { validateWithSecrets } from './_ajv.js';
import type { JsonSchema } from './json-schema.js';

/**
 * Validates options against a schema the way pipeline files are validated: defaults filled in,
 * scalars coerced. Returns a validated copy and every problem in plain words. For connectors that
 * build options for another connector (presets), so they get the same defaults and checks.
 */
export function checkOptions<T = Record<string, unknown>>(schema: JsonSchema, value: unknown): { value: T; problems: string[] } {
  const copy = structuredClone(value);
  const { errors } = validateWithSecrets(schema, copy);
  const problems = formatAjvErrors(errors, copy).map((p) => {
    const where = formatPath(p.path);
    return where ? `${where}: ${p.message}` : p.message;
  });
  return { value: copy as T, problems };
}
