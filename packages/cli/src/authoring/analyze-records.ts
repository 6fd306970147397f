import type { DraftColumnType, Guess } from './pipeline-draft.js';

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The records list found in a response body: its dot path (undefined for the body itself) and its records. */
export interface RecordsFound {
  readonly path: string | undefined;
  readonly records: JsonObject[];
  readonly comment: string;
}

/** Finds the largest array of objects in a JSON body, at most four levels deep. */
export function findRecords(body: Json): RecordsFound | undefined {
  let best: { path: string[]; records: JsonObject[] } | undefined;
  let arrays = 0;
  const visit = (value: Json, path: string[], depth: number) => {
    if (Array.isArray(value)) {
      const objects = value.filter(isObject);
      if (value.length > 0 && objects.length === value.length) {
        arrays += 1;
        if (!best || objects.length > best.records.length) best = { path, records: objects };
      } else if (value.length === 0 && !best && path.length > 0) {
        arrays += 1;
        best = { path, records: [] };
      }
      return;
    }
    if (!isObject(value) || depth > 4) return;
    for (const [key, child] of Object.entries(value)) visit(child, [...path, key], depth + 1);
  };
  visit(body, [], 0);
  if (!best) return undefined;
  const path = best.path.length ? best.path.join('.') : undefined;
  const where = path ? `\`${path}\`` : 'the body itself';
  const others = arrays > 1 ? ` (the largest of ${arrays} lists of objects in the response)` : '';
  return { path, records: best.records, comment: `records: ${where}, ${best.records.length} records in the sample${others}` };
}

const ID_NAMES = [/^id$/i, /^_id$/, /^uuid$/i, /^(\w+)[_-]?id$/i, /^key$/i, /^code$/i];

/** Picks the `id`-like field whose values are present and unique in every sample record. */
export function findPrimaryKey(records: readonly JsonObject[]): Guess<string> | undefined {
  if (records.length === 0) return undefined;
  const fields = Object.keys(records[0]!);
  for (const pattern of ID_NAMES) {
    for (const field of fields) {
      if (!pattern.test(field)) continue;
      const values = records.map((r) => r[field]);
      if (values.some((v) => (typeof v !== 'string' && typeof v !== 'number') || v === '')) continue;
      if (new Set(values).size !== values.length) continue;
      return { value: field, comment: `primary key: \`${field}\`, present and unique in all ${records.length} sample records` };
    }
  }
  return undefined;
}

const UPDATED_NAMES = [
  /^(updated|modified|changed|last_?modified|last_?updated)(_?(at|on|date|time|datetime|utc))?$/i,
  /^(date_?)?(updated|modified|changed)$/i,
  /^(updated|modified|last_?update|last_?modified|system_?modstamp)\w*$/i,
  /(updated|modified)/i,
];

/** Picks an `updated`-like timestamp field as the incremental cursor. */
export function findCursorField(records: readonly JsonObject[]): Guess<string> | undefined {
  if (records.length === 0) return undefined;
  const fields = Object.keys(records[0]!);
  for (const pattern of UPDATED_NAMES) {
    for (const field of fields) {
      if (!pattern.test(field)) continue;
      const kind = records.map((r) => timeKind(r[field]));
      if (kind.every((k) => k === 'iso') || kind.every((k) => k === 'unix')) {
        const what = kind[0] === 'iso' ? 'ISO timestamps' : 'Unix times';
        return { value: field, comment: `incremental cursor: \`${field}\` (${what} in the sample); each run stores the highest one` };
      }
    }
  }
  return undefined;
}

function timeKind(value: Json): 'iso' | 'unix' | undefined {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return 'iso';
  if (typeof value === 'number' && Number.isInteger(value) && value > 946_684_800 && value < 4_102_444_800_000) return 'unix';
  return undefined;
}

/** Column types inferred from the values of the sample records (every field of every record). */
export function inferColumns(records: readonly JsonObject[]): Record<string, DraftColumnType> {
  const columns: Record<string, DraftColumnType> = {};
  const seen = new Map<string, DraftColumnType[]>();
  for (const record of records) {
    for (const [field, value] of Object.entries(record)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) continue;
      const type = typeOfValue(value);
      if (type === undefined) {
        if (!seen.has(field)) seen.set(field, []);
        continue;
      }
      seen.set(field, [...(seen.get(field) ?? []), type]);
    }
  }
  for (const [field, types] of seen) columns[field] = widest(types);
  return columns;
}

function typeOfValue(value: Json): DraftColumnType | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? (Math.abs(value) > 2_147_483_647 ? 'bigint' : 'integer') : 'number';
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
    if (timeKind(value) === 'iso') return 'timestamp';
    return 'text';
  }
  return 'json';
}

function widest(types: readonly DraftColumnType[]): DraftColumnType {
  const set = new Set(types);
  if (set.size === 0) return 'text';
  if (set.size === 1) return types[0]!;
  if ([...set].every((t) => t === 'integer' || t === 'bigint' || t === 'number')) return set.has('number') ? 'number' : 'bigint';
  if ([...set].every((t) => t === 'date' || t === 'timestamp')) return 'timestamp';
  if (set.has('json')) return 'json';
  return 'text';
}

/** A stream or table name made from the last word of a path: `/v1/customers.json` -> `customers`. */
export function streamNameOf(path: string): string {
  const words = path
    .split('/')
    .map((w) => w.replace(/\.[a-z]+$/i, ''))
    .filter((w) => w && !w.includes('{') && !/^v\d+(\.\d+)?$/i.test(w) && !/^\d+$/.test(w));
  const last = (words.at(-1) ?? 'records').replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  const name = last.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return /^[a-z_]/.test(name) ? name : `t_${name || 'records'}`;
}
