import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { defineConnector, SinkError, SourceError, type JsonSchema, type SyncRecord } from '@syncengine/engine';

/** The connection: a directory of JSON Lines files. */
export interface JsonlConnectionConfig {
  dir: string;
}

/** A stream's source or sink options: one file of the directory. */
export interface JsonlStreamOptions {
  file: string;
  /** Sink only: fields that identify a record; a record with the same key replaces the old line. */
  key?: string[];
}

const CONNECTION_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['dir'],
  properties: { dir: { description: 'Directory of the files, relative to the pipeline file.', type: 'string', minLength: 1 } },
};

const FILE = { description: 'File name inside the directory.', type: 'string', pattern: '^[A-Za-z0-9_.-]+$' } as const;
const SOURCE_SCHEMA: JsonSchema = { type: 'object', additionalProperties: false, required: ['file'], properties: { file: FILE } };
const SINK_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['file'],
  properties: { file: FILE, key: { description: 'Key fields.', type: 'array', items: { type: 'string' }, minItems: 1 } },
};

/**
 * A sample third-party connector: JSON Lines files as a source (one page per 100 lines) and as a
 * sink (each batch rewrites the file atomically, replacing records by key). It is tested with the
 * conformance kit of `@syncengine/testing`, as any connector outside this repository would be.
 */
export default defineConnector<JsonlConnectionConfig, JsonlStreamOptions, JsonlStreamOptions>({
  name: 'jsonl',
  description: 'JSON Lines files in a directory: source and sink.',
  connectionSchema: CONNECTION_SCHEMA,
  source: { streamSchema: SOURCE_SCHEMA },
  sink: { streamSchema: SINK_SCHEMA },
  async connect(config, ctx) {
    const dir = isAbsolute(config.dir) ? config.dir : resolve(ctx.baseDir, config.dir);
    return {
      async *read(options) {
        const path = join(dir, options.file);
        if (!existsSync(path)) throw new SourceError(`[source:jsonl] ${options.file}: no such file in ${dir}`);
        const records = readLines(path);
        for (let i = 0; i < records.length; i += 100) yield { records: records.slice(i, i + 100) };
      },
      async openWriter(options) {
        const path = join(dir, options.file);
        mkdirSync(dirname(path), { recursive: true });
        const keyOf = (r: SyncRecord) => JSON.stringify((options.key ?? []).map((k) => r[k]));
        return {
          async write(batch) {
            const byKey = new Map<string, SyncRecord>();
            const kept = existsSync(path) ? readLines(path) : [];
            let inserted = 0;
            let updated = 0;
            if (!options.key) kept.forEach((r, i) => byKey.set(String(i), r));
            else for (const r of kept) byKey.set(keyOf(r), r);
            batch.forEach((r, i) => {
              const k = options.key ? keyOf(r) : `new-${i}-${byKey.size}`;
              if (byKey.has(k)) updated += 1;
              else inserted += 1;
              byKey.set(k, r);
            });
            try {
              writeFileSync(`${path}.tmp`, [...byKey.values()].map((r) => `${JSON.stringify(r)}\n`).join(''));
              renameSync(`${path}.tmp`, path);
            } catch (error) {
              throw new SinkError(`[sink:jsonl] ${options.file}: ${(error as Error).message}`, { cause: error });
            }
            return { inserted, updated, skipped: 0 };
          },
        };
      },
    };
  },
});

/** The records of a JSON Lines file. */
export function readLines(path: string): SyncRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SyncRecord);
}
