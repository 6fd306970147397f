import { columnTypeOf, resolveSchema, type OpenApiSchema } from './_openapi-schema.js';
import type { Guess } from './pipeline-draft.js';

/** A query parameter of an operation. */
export interface OpenApiParameter {
  name: string;
  in: string;
  schema?: OpenApiSchema;
  example?: unknown;
}

/** What the operation declares that says how it pages. */
export interface OpenApiPagingHints {
  readonly query: readonly OpenApiParameter[];
  /** The response envelope's properties (empty when the body is the list). */
  readonly envelope: Record<string, OpenApiSchema>;
  /** Response header names, lower case. */
  readonly headers: readonly string[];
  readonly primaryKey?: string | undefined;
}

const SIZE = /^(limit|per_?page|page_?size|\$top|top|max_?results|count|size)$/i;
const PAGE = /^(page|page_?number)$/i;
const OFFSET = /^(offset|skip|\$skip|start)$/i;
const TOKEN_PARAM = /^(page_?token|cursor|next_?token|continuation_?token|after|from|starting_?after|page\[cursor\])$/i;
const TOKEN_FIELD = /^(next_?page_?token|next_?token|next_?cursor|cursor|continuation_?token|continue_?from)$/i;
const NEXT_URL = /^(next|next_?url|next_?link|next_?page_?url|@odata\.nextLink)$/i;
const HAS_MORE = /^(has_?more|has_?next(_?page)?|more)$/i;
const TOTAL = /^(total|total_?count|count|total_?results|@odata\.count)$/i;

/** The page-size parameter and the size to ask for, for styles whose next links carry their own. */
export function firstPageParams(doc: unknown, query: readonly OpenApiParameter[]): Record<string, number> {
  const sizeParam = query.find((p) => SIZE.test(p.name));
  const schema = resolveSchema(doc, sizeParam?.schema);
  const size = schema?.maximum ?? (typeof schema?.default === 'number' ? schema.default : undefined);
  return sizeParam && size ? { [sizeParam.name]: Math.min(size, 1000) } : {};
}

/** Proposes the `pagination` block from an operation's query parameters and response schema. */
export function openApiPagination(doc: unknown, hints: OpenApiPagingHints): Guess<Record<string, unknown>> | undefined {
  const param = (pattern: RegExp) => hints.query.find((p) => pattern.test(p.name));
  const field = (pattern: RegExp) => Object.keys(hints.envelope).find((k) => pattern.test(k));
  const sizeParam = param(SIZE);
  const sizeSchema = resolveSchema(doc, sizeParam?.schema);
  const size = sizeSchema?.maximum ?? (typeof sizeSchema?.default === 'number' ? sizeSchema.default : undefined);
  const sizing = sizeParam ? { size_param: sizeParam.name, ...(size ? { size: Math.min(size, 1000) } : {}) } : {};
  const hasMore = field(HAS_MORE);
  const stop =
    hasMore && columnTypeOf(doc, hints.envelope[hasMore]) === 'boolean' ? { stop_when: ['has_more'], has_more_path: hasMore } : {};

  if (hints.headers.includes('link'))
    return { value: { type: 'link_header' }, comment: 'paging: the 200 response declares a `Link` header: follow its rel="next"' };
  const nextUrl = field(NEXT_URL);
  if (nextUrl && columnTypeOf(doc, hints.envelope[nextUrl]) === 'text')
    return {
      value: { type: 'next_url', next_url_path: nextUrl },
      comment: `paging: the response's \`${nextUrl}\` URL is followed until there is none`,
    };
  const tokenField = field(TOKEN_FIELD);
  const tokenParam = param(TOKEN_PARAM);
  if (tokenField && tokenParam)
    return {
      value: { type: 'cursor', token_path: tokenField, token_param: tokenParam.name, ...sizing, ...stop },
      comment: `paging: the response's \`${tokenField}\` goes back as the \`${tokenParam.name}\` parameter`,
    };
  if (tokenParam && hasMore && hints.primaryKey)
    return {
      value: { type: 'cursor', token_from: 'last_record', token_field: hints.primaryKey, token_param: tokenParam.name, ...sizing, ...stop },
      comment: `paging: \`${hasMore}\` and a \`${tokenParam.name}\` parameter: the last record's \`${hints.primaryKey}\` is sent in it`,
    };
  const total = field(TOTAL);
  const totals = total && columnTypeOf(doc, hints.envelope[total]) === 'integer' ? { stop_when: ['total'], total_path: total } : stop;
  const offset = param(OFFSET);
  if (offset)
    return {
      value: { type: 'offset', offset_param: offset.name, ...sizing, ...totals },
      comment: `paging: the \`${offset.name}\` parameter takes the number of records read`,
    };
  const page = param(PAGE);
  if (page)
    return {
      value: { type: 'page', page_param: page.name, ...sizing, ...totals },
      comment: `paging: the \`${page.name}\` parameter takes a page number`,
    };
  return undefined;
}
