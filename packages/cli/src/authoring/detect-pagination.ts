import type { Guess } from './pipeline-draft.js';

type JsonObject = Record<string, unknown>;

/** What one response tells about paging. */
export interface PagingSample {
  /** The body, when it is an object. */
  readonly body: unknown;
  /** The `Link` response header. */
  readonly link?: string | null;
  /** The URL requested, with its query. */
  readonly url: string;
  /** Records on the page. */
  readonly recordCount: number;
  /** The primary key field, for "after id" paging. */
  readonly primaryKey?: string;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every scalar of the body with its dot path, two levels deep (keys with dots, such as `@odata.nextLink`, stay whole). */
function scalars(body: unknown): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const visit = (value: unknown, path: string[], depth: number) => {
    if (!isObject(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (isObject(child) && depth < 2) visit(child, [...path, key], depth + 1);
      else if (!Array.isArray(child)) out.push([[...path, key].join('.'), child]);
    }
  };
  visit(body, [], 0);
  return out;
}

const leaf = (path: string) => path.split('.').at(-1)!;

const NEXT_URL = /^(next|next_?(page)?_?(url|link|href|uri)|nextLink|@odata\.nextLink|links\.next|paging\.next)$/i;
const TOKEN =
  /^(next_?token|next_?page_?token|next_?cursor|cursor|next|continuation(_?token)?|continue_?from|page_?token|scroll_?id|after|end_?cursor)$/i;
const HAS_MORE = /^(has_?more|has_?next(_?page)?|more|more_?pages)$/i;
const TOTAL = /^(total|count|total_?count|total_?results|total_?records|total_?items|@odata\.count|total_?size)$/i;
const TOTAL_PAGES = /^(total_?pages|page_?count|num_?pages|last_?page)$/i;
const PAGE_PARAM = /^(page|page_?number|p|pageIndex)$/i;
const OFFSET_PARAM = /^(offset|skip|\$skip|start|from)$/i;
const SIZE_PARAM = /^(limit|per_?page|page_?size|size|count|\$top|top|max_?results|max)$/i;

/** The query parameter a token goes back in: `NextToken` -> `NextToken`, `nextPageToken` -> `pageToken`, `next_cursor` -> `cursor`. */
function tokenParamOf(field: string): string {
  if (/^next_?page_?token$/i.test(field)) return field.startsWith('next_') ? 'page_token' : 'pageToken';
  if (/^next_?cursor$/i.test(field)) return 'cursor';
  if (/^end_?cursor$/i.test(field)) return 'after';
  return field;
}

/** Proposes the `pagination` block from one response, or undefined when nothing says there are more pages. */
export function detectPagination(sample: PagingSample): Guess<Record<string, unknown>> | undefined {
  const query = new URL(sample.url).searchParams;
  const sizeParam = [...query.keys()].find((k) => SIZE_PARAM.test(k));
  const size = sizeParam ? Number(query.get(sizeParam)) : undefined;
  const sizing = sizeParam && Number.isInteger(size) && size! > 0 ? { size_param: sizeParam, size } : {};

  if (sample.link && /rel="?next"?/i.test(sample.link))
    return { value: { type: 'link_header' }, comment: 'paging: the response has a `Link` header with rel="next": follow it' };

  const fields = scalars(sample.body);
  const hasMore = fields.find(([path, value]) => HAS_MORE.test(leaf(path)) && typeof value === 'boolean');
  const stop = hasMore ? { stop_when: ['has_more'], has_more_path: hasMore[0] } : {};

  const nextUrl = fields.find(([path, value]) => NEXT_URL.test(path) && typeof value === 'string' && /^(https?:\/\/|\/|\?)/.test(value));
  if (nextUrl) {
    const odata = nextUrl[0] === '@odata.nextLink' ? 'OData ' : '';
    return {
      value: { type: 'next_url', next_url_path: nextUrl[0] },
      comment: `paging: the ${odata}next-page URL at \`${nextUrl[0]}\` is followed until there is none`,
    };
  }

  const token = fields.find(([path, value]) => TOKEN.test(leaf(path)) && typeof value === 'string' && value !== '');
  if (token) {
    const param = tokenParamOf(leaf(token[0]));
    return {
      value: { type: 'cursor', token_path: token[0], token_param: param, ...sizing, ...stop },
      comment: `paging: the token at \`${token[0]}\` is sent back as \`${param}\` (a guess: check the API's name for it)`,
    };
  }

  if (hasMore && sample.primaryKey) {
    return {
      value: {
        type: 'cursor',
        token_from: 'last_record',
        token_field: sample.primaryKey,
        token_param: 'starting_after',
        ...sizing,
        ...stop,
      },
      comment: `paging: \`${hasMore[0]}\` and no token: the last record's \`${sample.primaryKey}\` is sent as \`starting_after\` (a guess: check the API's name for it)`,
    };
  }

  const total = fields.find(([path, value]) => TOTAL.test(leaf(path)) && typeof value === 'number');
  const totalPages = fields.find(([path, value]) => TOTAL_PAGES.test(leaf(path)) && typeof value === 'number');
  const pageParam = [...query.keys()].find((k) => PAGE_PARAM.test(k));
  const offsetParam = [...query.keys()].find((k) => OFFSET_PARAM.test(k));
  const bodyOffset = fields.find(([path, value]) => OFFSET_PARAM.test(leaf(path)) && typeof value === 'number');
  const bodyPage = fields.find(([path, value]) => PAGE_PARAM.test(leaf(path)) && typeof value === 'number');
  const counted = total ?? totalPages;
  if (counted || pageParam || offsetParam) {
    const totals = total
      ? { stop_when: ['total'], total_path: total[0] }
      : totalPages
        ? { stop_when: ['total'], total_pages_path: totalPages[0] }
        : stop;
    const why = counted ? `the response reports \`${counted[0]}\`` : 'the URL has a paging parameter';
    const knownSize = sizing.size !== undefined ? sizing : { size: Math.max(sample.recordCount, 1) };
    if (offsetParam || (!pageParam && bodyOffset && !bodyPage)) {
      const param = offsetParam ?? leaf(bodyOffset![0]);
      return {
        value: { type: 'offset', offset_param: param, ...(sizeParam ? sizing : knownSize), ...totals },
        comment: `paging: ${why}; offsets are sent as \`${param}\``,
      };
    }
    const param = pageParam ?? (bodyPage ? leaf(bodyPage[0]) : 'page');
    return {
      value: { type: 'page', page_param: param, ...(sizeParam ? sizing : knownSize), ...totals },
      comment: `paging: ${why}; page numbers are sent as \`${param}\``,
    };
  }
  return undefined;
}
