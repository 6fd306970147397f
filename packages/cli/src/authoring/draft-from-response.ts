import { findCursorField, findPrimaryKey, findRecords, inferColumns, streamNameOf } from './analyze-records.js';
import type { Credentials } from './parse-credentials.js';
import { detectPagination } from './detect-pagination.js';
import type { Guess, PipelineDraft } from './pipeline-draft.js';
import type { SinkGuess } from './sink-connection.js';

/** The one response `init --url` read. */
export interface ProbeResponse {
  readonly url: string;
  readonly headers: Headers;
  readonly body: unknown;
}

const SINCE_PARAM =
  /^(updated|modified|changed)_?(since|after|from|at_?min|gte?)$|^(since|modified_?since|updated_?min|changed_?since|from_?date)$/i;

/** Splits a URL into a base URL (up to the last path segment) and a path: `/v1/customers` -> `/v1`, `/customers`. */
export function splitUrl(url: URL): { baseUrl: string; path: string } {
  const slash = url.pathname.length > 1 && url.pathname.endsWith('/') ? '/' : '';
  const segments = url.pathname.replace(/\/+$/, '').split('/');
  const last = segments.pop() ?? '';
  return { baseUrl: `${url.origin}${segments.join('/')}`, path: `/${last}${slash}` };
}

/** Proposes a pipeline from one sample response of a list endpoint. */
export function draftFromResponse(name: string, probe: ProbeResponse, credentials: Credentials, sink: SinkGuess): PipelineDraft {
  const url = new URL(probe.url);
  const found = findRecords(probe.body);
  const records = found?.records ?? [];
  const primaryKey = findPrimaryKey(records);
  const cursorField = findCursorField(records);
  const pagination = detectPagination({
    body: probe.body,
    link: probe.headers.get('link'),
    url: probe.url,
    recordCount: records.length,
    ...(primaryKey ? { primaryKey: primaryKey.value } : {}),
  });

  // Parameters the paginator sends itself are not repeated in `params`.
  const owned = new Set<string>();
  const p = pagination?.value ?? {};
  for (const k of ['page_param', 'offset_param', 'token_param', 'size_param']) if (typeof p[k] === 'string') owned.add(p[k] as string);
  if (p.type === 'page' && !p.page_param) owned.add('page');
  const params: Record<string, string | number> = {};
  let since: Guess<Record<string, unknown>> | undefined;
  for (const [key, value] of url.searchParams) {
    if (owned.has(key) || key in credentials.probeQuery) continue;
    if (cursorField && SINCE_PARAM.test(key)) {
      const format = /^\d+$/.test(value) ? 'unix' : /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'iso_date' : 'iso';
      since = {
        value: { param: key, format },
        comment: `since: \`${key}\` filters by time; later runs send the stored cursor in it (left out on the first run)`,
      };
      continue;
    }
    params[key] = /^\d+$/.test(value) && value.length < 10 ? Number(value) : value;
  }

  const { baseUrl, path } = splitUrl(url);
  const stream = streamNameOf(path);
  const columns = inferColumns(records);
  return {
    name,
    connection: 'api',
    baseUrl: { value: baseUrl, comment: `base URL: ${baseUrl}, the URL you gave without its last path segment` },
    headers: credentials.headers,
    ...(credentials.auth ? { auth: credentials.auth } : {}),
    stream,
    path: { value: path, comment: `path: the list endpoint you gave` },
    params,
    recordsPath: {
      value: found?.path,
      comment: found?.comment ?? 'records: no list of objects found in the sample; set records_path to the list',
    },
    ...(primaryKey ? { primaryKey } : {}),
    ...(pagination ? { pagination } : {}),
    ...(cursorField ? { cursorField } : {}),
    ...(since ? { since } : {}),
    columns: {
      value: columns,
      comment: `columns: inferred from the values of ${records.length} sample records; edit the types freely`,
    },
    sink: { value: { ...sink.value, table: stream }, comment: sink.comment },
    env: { ...credentials.env, ...sink.env },
  };
}
