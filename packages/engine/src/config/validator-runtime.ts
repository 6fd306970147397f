/**
 * What the validators generated ahead of time from pipeline and connector schemas
 * (`*-validators.generated.ts`, ajv standalone code) import at run time: the formats config schemas
 * use and ajv's small runtime helpers. Loading it loads no schema compiler.
 */
import { createRequire } from 'node:module';

// Both are CommonJS modules with a default export (required, so that every loader reads them alike).
const require = createRequire(import.meta.url);
/** The length of a string in code points, as JSON Schema's `minLength` counts. */
export const ucs2length = (require('ajv/dist/runtime/ucs2length.js') as { default: (value: string) => number }).default;
/** Deep equality of JSON values (`const`, `enum` and `uniqueItems` of objects). */
export const equal = (require('ajv/dist/runtime/equal.js') as { default: (a: unknown, b: unknown) => boolean }).default;

/** The formats pipeline and connector schemas may name in `format`. */
export const CONFIG_FORMATS = {
  'http-url': { type: 'string', validate: isHttpUrl },
} as const;

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
