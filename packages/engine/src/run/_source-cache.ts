import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import type { SourcePage, SyncRecord } from '../connector/connector.js';

const PAGE = 500;

/** Where and how a stream keeps a copy of its source's records. */
export interface SourceCacheOptions {
  path: string;
  format: 'csv' | 'jsonl';
  /** A cache older than this is read from the source again. */
  maxAgeMs: number | undefined;
}

/**
 * True when the cache can be used instead of the source: the file exists, is fresh enough and
 * holds at least one record that parses. Anything else means the source is read again.
 */
export async function cacheIsUsable(options: SourceCacheOptions, now = Date.now()): Promise<{ usable: boolean; reason: string }> {
  let info;
  try {
    info = await stat(options.path);
  } catch {
    return { usable: false, reason: 'no cache file yet' };
  }
  if (options.maxAgeMs !== undefined && now - info.mtimeMs > options.maxAgeMs)
    return { usable: false, reason: 'the cache is older than max_age' };
  try {
    for await (const page of readCache(options)) if (page.records.length > 0) return { usable: true, reason: 'cache' };
    return { usable: false, reason: 'the cache holds no record' };
  } catch (error) {
    return { usable: false, reason: `the cache does not parse (${(error as Error).message})` };
  }
}

/** Reads the cache file page by page. CSV cells come back as text; empty cells as null. */
export async function* readCache(options: SourceCacheOptions): AsyncGenerator<SourcePage> {
  let records: SyncRecord[] = [];
  const description = `cache ${options.path}`;
  if (options.format === 'csv') {
    const parser = createReadStream(options.path).pipe(
      parse({ columns: true, bom: true, skip_empty_lines: true, cast: (value) => (value === '' ? null : value) }),
    );
    for await (const row of parser) {
      records.push(row as SyncRecord);
      if (records.length >= PAGE) {
        yield { records, description };
        records = [];
      }
    }
  } else {
    const lines = createReadStream(options.path, 'utf8');
    let rest = '';
    for await (const chunk of lines) {
      const parts = (rest + String(chunk)).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        if (!line.trim()) continue;
        records.push(JSON.parse(line) as SyncRecord);
        if (records.length >= PAGE) {
          yield { records, description };
          records = [];
        }
      }
    }
    if (rest.trim()) records.push(JSON.parse(rest) as SyncRecord);
  }
  if (records.length) yield { records, description };
}

/** Writes records as they pass into a temporary file; `commit` puts it in place of the cache. */
export function createCacheWriter(options: SourceCacheOptions, runId: string) {
  const jsonl = `${options.path}.${runId}.jsonl.tmp`;
  const out = createWriteStream(jsonl, 'utf8');
  const columns = new Set<string>();
  return {
    async add(records: readonly SyncRecord[]): Promise<void> {
      let text = '';
      for (const record of records) {
        for (const key of Object.keys(record)) columns.add(key);
        text += `${JSON.stringify(record, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}\n`;
      }
      if (!out.write(text)) await once(out, 'drain');
    },
    /** The whole source was read: replace the cache (CSV gets every column any record had). */
    async commit(): Promise<void> {
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      if (options.format === 'jsonl') {
        await rename(jsonl, options.path);
        return;
      }
      const csv = `${options.path}.${runId}.csv.tmp`;
      const header = [...columns];
      const writer = stringify({ header: true, columns: header, cast: { object: (v) => JSON.stringify(v), boolean: (v) => String(v) } });
      const file = createWriteStream(csv, 'utf8');
      writer.pipe(file);
      for await (const page of readCache({ ...options, path: jsonl, format: 'jsonl' })) {
        for (const record of page.records) if (!writer.write(record)) await once(writer, 'drain');
      }
      writer.end();
      await once(file, 'finish');
      await rm(jsonl, { force: true });
      await rename(csv, options.path);
    },
    /** The read did not finish: keep the old cache, drop the partial copy. */
    async discard(): Promise<void> {
      // Let the file finish opening and close before removing it, or a late open would bring it back.
      await new Promise<void>((resolve) => out.end(() => resolve()));
      await rm(jsonl, { force: true });
    },
  };
}

/** Tees source pages into a cache writer while passing them on. */
export async function* teeIntoCache(
  pages: AsyncIterable<SourcePage>,
  writer: ReturnType<typeof createCacheWriter>,
): AsyncGenerator<SourcePage> {
  for await (const page of pages) {
    await writer.add(page.records);
    yield page;
  }
}
