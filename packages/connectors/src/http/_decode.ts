import { parse as parseCsv } from 'csv-parse/sync';
import type { HttpResponse } from './_http-client.js';

/** Response formats the HTTP source reads. */
export type ResponseFormat = 'json' | 'jsonl' | 'csv' | 'tsv';

/** A decoded response: the body as a value, and for line and CSV formats the records themselves. */
export interface DecodedBody {
  /** The JSON value (`json`), or the list of records (`jsonl`, `csv`); undefined for an empty body. */
  readonly body: unknown;
  /** Present when the format itself yields records (`jsonl`, `csv`, or an empty body). */
  readonly records?: readonly unknown[];
}

/** A response that is not in the declared format; the message says what was expected and what came. */
export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

const LABEL: Record<ResponseFormat, string> = { json: 'JSON', jsonl: 'JSON lines', csv: 'CSV', tsv: 'tab-separated text' };

/**
 * Decodes a response body in the declared format. An empty body (e.g. 204) is an empty page;
 * an HTML page or a truncated or malformed body is a `DecodeError`.
 */
export function decodeBody(response: HttpResponse, format: ResponseFormat, csvDelimiter = ','): DecodedBody {
  const text = response.body.replace(/^\uFEFF/, '');
  if (!text.trim()) return { body: undefined, records: [] };
  const contentType = response.headers.get('content-type') ?? '';
  if (/\bhtml\b/i.test(contentType)) throw new DecodeError(`expected ${LABEL[format]}, got ${describe(contentType, text)}`);
  if (format === 'json') {
    try {
      return { body: JSON.parse(text) };
    } catch (error) {
      throw new DecodeError(`the response is not valid JSON (${(error as Error).message}); got ${describe(contentType, text)}`);
    }
  }
  if (format === 'jsonl') {
    const records: unknown[] = [];
    const lines = text.split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line));
      } catch (error) {
        throw new DecodeError(
          `line ${index + 1} of the response is not valid JSON (${(error as Error).message}): ${JSON.stringify(line.slice(0, 60))}`,
        );
      }
    }
    return { body: records, records };
  }
  if (format === 'tsv') {
    const records = tsvRecords(text.split(/\r?\n/));
    return { body: records, records };
  }
  try {
    const records = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, delimiter: csvDelimiter }) as Record<
      string,
      string
    >[];
    return { body: records, records };
  } catch (error) {
    throw new DecodeError(`the response is not valid CSV (${(error as Error).message})`);
  }
}

function describe(contentType: string, text: string): string {
  const start = text.replace(/\s+/g, ' ').trim().slice(0, 60);
  return `${contentType ? contentType.split(';')[0] : 'no content-type'}, ${text.length} bytes starting ${JSON.stringify(start)}`;
}

/**
 * Tab-separated lines (the first one names the columns) as records of text values, as SP-API
 * flat-file reports are: no quoting, so a `"` is part of the value. Empty lines are skipped.
 */
export function tsvRecords(lines: Iterable<string>): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const parse = tsvLineParser();
  for (const line of lines) {
    const record = parse(line);
    if (record) out.push(record);
  }
  return out;
}

/** Reads TSV one line at a time: undefined for the header line and empty lines, else the record. */
export function tsvLineParser(): (line: string) => Record<string, string> | undefined {
  let header: string[] | undefined;
  return (raw) => {
    const line = raw.replace(/\r$/, '').replace(/^\uFEFF/, '');
    if (!line.trim()) return undefined;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      return undefined;
    }
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  };
}
