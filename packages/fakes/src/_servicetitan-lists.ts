/**
 * The read endpoints of the ServiceTitan fake: `{page, pageSize, hasMore, totalCount, data}` lists with
 * the v2 list parameters, and exports that continue from a date or a `continueFrom` token.
 */
import type { ServiceTitanRecord, ServiceTitanResource } from './_servicetitan-data.js';
import type { FakeResponse } from './fake-server.js';

const SORT_FIELDS = ['id', 'createdOn', 'modifiedOn', 'name', 'code', 'displayName'];

/** Builds the 400 ProblemDetails for per-parameter errors. */
export type Problem = (errors: Record<string, string[]>) => FakeResponse;

/** Parses an int parameter; a string error when it is not one in [min, max]. */
function intParam(query: Map<string, string>, name: string, fallback: number, min: number, max: number, label: string): number | string {
  const raw = query.get(name.toLowerCase());
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim())) return `The value '${raw}' is not valid.`;
  if (value < min || value > max) return `The field ${label} must be between ${min} and ${max}.`;
  return value;
}

/** A page of a v2 list: `{page, pageSize, hasMore, totalCount, data}` under the common list parameters. */
export function listRecords(
  records: ServiceTitanRecord[],
  query: Map<string, string>,
  filters: string[],
  validation: Problem,
): FakeResponse {
  const errors: Record<string, string[]> = {};
  const page = intParam(query, 'page', 1, 1, 2_147_483_647, 'Page');
  const pageSize = intParam(query, 'pageSize', 50, 1, 5000, 'PageSize');
  if (typeof page === 'string') errors.page = [page];
  if (typeof pageSize === 'string') errors.pageSize = [pageSize];
  const bool = (name: string): boolean => {
    const raw = query.get(name.toLowerCase());
    if (raw === undefined) return false;
    if (!/^(true|false)$/i.test(raw)) errors[name] = [`The value '${raw}' is not valid.`];
    return /^true$/i.test(raw);
  };
  const includeTotal = bool('includeTotal');
  const active = (query.get('active') ?? 'True').toLowerCase();
  if (!['true', 'false', 'any'].includes(active)) errors.active = [`The value '${query.get('active') ?? ''}' is not valid.`];
  const ids = query
    .get('ids')
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (ids && ids.length > 50) errors.ids = ['The field Ids must contain at most 50 ids.'];
  const dates: Array<[string, 'createdOn' | 'modifiedOn', 'before' | 'onOrAfter']> = [
    ['createdBefore', 'createdOn', 'before'],
    ['createdOnOrAfter', 'createdOn', 'onOrAfter'],
    ['modifiedBefore', 'modifiedOn', 'before'],
    ['modifiedOnOrAfter', 'modifiedOn', 'onOrAfter'],
  ];
  const bounds: Array<{ field: 'createdOn' | 'modifiedOn'; kind: 'before' | 'onOrAfter'; at: number }> = [];
  for (const [name, field, kind] of dates) {
    const raw = query.get(name.toLowerCase());
    if (raw === undefined) continue;
    const at = Date.parse(raw);
    if (Number.isNaN(at)) errors[name] = [`The value '${raw}' is not valid.`];
    else bounds.push({ field, kind, at });
  }
  const sortRaw = query.get('sort');
  let sort: { field: string; direction: 1 | -1 } = { field: 'id', direction: 1 };
  if (sortRaw !== undefined) {
    // An unencoded `+` arrives as a space: treat it as ascending, as the real API tolerates.
    const match = /^([+ -]?)(\w+)$/.exec(sortRaw);
    const field = SORT_FIELDS.find((f) => f.toLowerCase() === match?.[2]?.toLowerCase());
    if (!match || !field)
      errors.sort = [`The value '${sortRaw}' is not valid. Sort by one of Id, CreatedOn, ModifiedOn, Name, Code, DisplayName with + or -.`];
    else sort = { field, direction: match[1] === '-' ? -1 : 1 };
  }
  if (Object.keys(errors).length > 0) return validation(errors);

  const matching = records
    .filter((r) => {
      if (ids && !ids.includes(String(r.id))) return false;
      if (typeof r.active === 'boolean' && active !== 'any' && r.active !== (active === 'true')) return false;
      for (const { field, kind, at } of bounds) {
        const value = Date.parse(String(r[field]));
        if (kind === 'before' ? !(value < at) : !(value >= at)) return false;
      }
      for (const name of filters) {
        const wanted = query.get(name.toLowerCase());
        if (wanted !== undefined && !wanted.split(',').includes(String(r[name]))) return false;
      }
      return true;
    })
    .sort((a, b) => compare(a[sort.field], b[sort.field]) * sort.direction || a.id - b.id);
  const size = pageSize as number;
  const start = ((page as number) - 1) * size;
  return {
    body: {
      page,
      pageSize: size,
      hasMore: start + size < matching.length,
      totalCount: includeTotal ? matching.length : null,
      data: matching.slice(start, start + size),
    },
  };
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a ?? ''), String(b ?? '')];
  const [dx, dy] = [Date.parse(x), Date.parse(y)];
  if (/^\d{4}-\d{2}-\d{2}T/.test(x) && !Number.isNaN(dx) && !Number.isNaN(dy)) return dx - dy;
  return x.localeCompare(y);
}

/** Where an export continues: after this `modifiedOn` (ms) and id. */
interface ExportPosition {
  r: string;
  m: number;
  i: number;
}

/** A page of an export: `{data, hasMore, continueFrom}`, continuing from a date or a token. */
export function exportRecords(
  resource: ServiceTitanResource,
  records: ServiceTitanRecord[],
  query: Map<string, string>,
  pageSize: number,
  validation: Problem,
): FakeResponse {
  const from = query.get('from');
  let position: ExportPosition = { r: resource, m: Number.NEGATIVE_INFINITY, i: 0 };
  if (from !== undefined && from !== '') {
    if (/^\d{4}-\d{2}-\d{2}/.test(from)) {
      const at = Date.parse(from);
      if (Number.isNaN(at)) return validation({ from: [`The value '${from}' is not valid.`] });
      position = { r: resource, m: at - 1, i: Number.MAX_SAFE_INTEGER };
    } else {
      const decoded = decodeExportToken(from);
      if (!decoded || decoded.r !== resource) return validation({ from: [`The continuation token '${from}' is not valid.`] });
      position = decoded;
    }
  }
  const key = (r: ServiceTitanRecord): [number, number] => [Date.parse(r.modifiedOn), r.id];
  const isAfter = ([m, i]: [number, number]): boolean => m > position.m || (m === position.m && i > position.i);
  const rest = records.filter((r) => isAfter(key(r))).sort((a, b) => key(a)[0] - key(b)[0] || a.id - b.id);
  const page = rest.slice(0, pageSize);
  const last = page[page.length - 1];
  const next = last ? { r: resource, m: key(last)[0], i: last.id } : position;
  return { body: { data: page, hasMore: rest.length > page.length, continueFrom: encodeExportToken(next) } };
}

function encodeExportToken(position: ExportPosition): string {
  return Buffer.from(JSON.stringify({ ...position, m: Number.isFinite(position.m) ? position.m : null })).toString('base64url');
}

function decodeExportToken(token: string): ExportPosition | undefined {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { r?: unknown; m?: unknown; i?: unknown };
    if (typeof value.r !== 'string' || typeof value.i !== 'number') return undefined;
    return { r: value.r, m: typeof value.m === 'number' ? value.m : Number.NEGATIVE_INFINITY, i: value.i };
  } catch {
    return undefined;
  }
}
