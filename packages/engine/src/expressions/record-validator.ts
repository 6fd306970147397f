import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import type { SyncRecord } from '../connector/connector.js';
import { formatAjvErrors } from '../config/_format-ajv-errors.js';
import { formatPath } from '../config/_yaml-positions.js';

let recordAjv: Ajv | undefined;

/**
 * Records are validated as they are: no coercion, no defaults, every error reported. ajv and
 * ajv-formats (both CommonJS) are loaded for the first pipeline with a `validate` step.
 */
function ajv(): Ajv {
  if (!recordAjv) {
    const require = createRequire(import.meta.url);
    const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
    const addFormats = (require('ajv-formats') as { default: (ajv: Ajv) => Ajv }).default;
    recordAjv = addFormats(new AjvClass({ allErrors: true, strict: false, verbose: true, allowUnionTypes: true }));
  }
  return recordAjv;
}

/** A record validator compiled once per run. Returns the reasons a record is invalid, or an empty list. */
export type RecordValidator = (record: SyncRecord) => string[];

/** Compiles a stream's record schema. Throws with ajv's message when the schema itself is invalid. */
export function compileRecordSchema(schema: object): RecordValidator {
  const validate: ValidateFunction = ajv().compile(schema);
  return (record) => {
    if (validate(record)) return [];
    return formatAjvErrors(validate.errors ?? [], record).map((p) => {
      const where = formatPath(p.path);
      return where ? `${where}: ${p.message}` : p.message;
    });
  };
}

/** Checks a record schema without keeping it; returns ajv's complaint, or undefined. */
export function checkRecordSchema(schema: unknown): string | undefined {
  try {
    ajv().compile(schema as object);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
