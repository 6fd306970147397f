import type { SyncRecord } from '../connector/connector.js';
import type { FieldPlan, FieldSource } from '../plan/plan-types.js';
import { compileTarget } from './_field-target.js';

/** Reads one output value from a record (and the run's scopes). */
export type FieldReader = (record: SyncRecord, scopes: Readonly<Record<string, unknown>>) => unknown;

/** Builds one output record from an input record. */
export type RecordBuilder = (record: SyncRecord, scopes: Readonly<Record<string, unknown>>) => SyncRecord;

/** A target or path that is one plain key (no dot path, no `*`); `__proto__` is left to the general case. */
const isPlainKey = (name: string) => name !== '' && !name.includes('.') && name !== '*' && name !== '__proto__';

/**
 * Compiles fields (a `map` step, an `object` or `each` spec) into the function that builds each output
 * record. When every target is a plain name (the usual case), that function is generated once: one object
 * literal with the names as constants, a plain `path` source read as a property of the record. Every
 * record then gets its final shape at once, and every read and write its own inline cache, instead of one
 * loop whose keyed reads and writes see every field name (and go megamorphic). The generated code holds
 * nothing of the pipeline but the names, as `JSON.stringify` quotes them; values and readers are passed in.
 * Otherwise (a dot path target, a repeated target) the fields are written one after the other.
 */
export function compileRecordBuilder(fields: readonly FieldPlan[], compileField: (source: FieldSource) => FieldReader): RecordBuilder {
  const targets = fields.map((f) => f.target);
  if (!targets.every(isPlainKey) || new Set(targets).size !== targets.length) {
    const compiled = fields.map(({ target, source }) => ({ write: compileTarget(target), read: compileField(source) }));
    return (record, scopes) => {
      const out: SyncRecord = {};
      for (const field of compiled) field.write(out, field.read(record, scopes));
      return out;
    };
  }
  const readers: (FieldReader | undefined)[] = [];
  const defaults: unknown[] = [];
  const entries = fields.map(({ target, source }, j) => {
    const key = JSON.stringify(target);
    if (source.from === 'path' && isPlainKey(source.path)) {
      // As `getPath` and the default of `compileField`: a missing or null value is the default, else null.
      defaults[j] = ('default' in source ? source.default : undefined) ?? null;
      return `${key}: (v = record[${JSON.stringify(source.path)}]) === undefined || v === null ? d${j} : v`;
    }
    readers[j] = compileField(source);
    return `${key}: r${j}(record, scopes)`;
  });
  const bind = fields.map((_, j) => (readers[j] ? `const r${j} = readers[${j}];` : `const d${j} = defaults[${j}];`)).join(' ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- see above: names only, quoted
  const make = new Function(
    'readers',
    'defaults',
    `${bind} return function build(record, scopes) { let v; return { ${entries.join(', ')} }; };`,
  );
  return make(readers, defaults) as RecordBuilder;
}
