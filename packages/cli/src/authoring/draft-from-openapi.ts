import { parse } from 'yaml';
import { UsageError } from '../commands/usage-error.js';
import { streamNameOf } from './analyze-records.js';
import { envName, type Credentials } from './parse-credentials.js';
import { firstPageParams, openApiPagination, type OpenApiParameter } from './openapi-pagination.js';
import { columnTypeOf, isArrayOfObjects, resolvePointer, resolveSchema, type OpenApiSchema } from './_openapi-schema.js';
import type { DraftColumnType, Guess, PipelineDraft } from './pipeline-draft.js';
import type { SinkGuess } from './sink-connection.js';

/** Inputs of `init --from-openapi` besides the document. */
export interface OpenApiDraftOptions {
  /** The list operation's path; by default the first GET whose response is a list. */
  readonly path?: string | undefined;
  /** Replaces the document's server URL (a sandbox, a local mock). */
  readonly baseUrl?: string | undefined;
  readonly credentials: Credentials;
  readonly sink: SinkGuess;
}

interface Operation {
  parameters?: Array<OpenApiParameter | { $ref: string }>;
  responses?: Record<string, { content?: Record<string, { schema?: OpenApiSchema }>; headers?: Record<string, unknown>; $ref?: string }>;
  security?: Array<Record<string, string[]>>;
}

const RECORD_NAMES = ['data', 'items', 'results', 'value', 'records', 'entries', 'list'];
const ID = /^(id|_id|uuid|(\w+)[_-]?id|key)$/i;
const UPDATED = /(updated|modified|changed)/i;
const SINCE =
  /^(since|updated_?since|modified_?since|updated_?(at_?)?(min|after|gte?)|changed_?since|from_?date|modified_?after|updated_?after)$/i;

/** Proposes a pipeline from an OpenAPI 3.x document: servers, security, the list operation and its schema. */
export function draftFromOpenApi(name: string, text: string, options: OpenApiDraftOptions): PipelineDraft {
  const doc = parse(text) as Record<string, unknown>;
  if (typeof doc?.openapi !== 'string' || !doc.openapi.startsWith('3.'))
    throw new UsageError('--from-openapi: not an OpenAPI 3.x document (no `openapi: 3.x` key)');
  const paths = (doc.paths ?? {}) as Record<string, { get?: Operation; parameters?: OpenApiParameter[] }>;
  const listing = (path: string) => recordsOf(doc, paths[path]?.get);
  // Lists without path parameters first: they run without choosing an owner or an account.
  const lists = Object.keys(paths).filter((p) => listing(p));
  const candidates = [...lists.filter((p) => !p.includes('{')), ...lists.filter((p) => p.includes('{'))];
  const path = options.path ?? candidates[0];
  if (!path || !paths[path]?.get)
    throw new UsageError(
      `--path ${options.path ?? ''}: no GET operation${options.path ? ' at that path' : ' that returns a list'} in the document`,
    );
  const operation = paths[path].get!;
  const records = listing(path);
  if (!records) throw new UsageError(`--path ${path}: its 200 response is not a list of objects, nor an object holding one`);

  const parameters = [...(paths[path].parameters ?? []), ...(operation.parameters ?? [])].map(
    (p) => ('$ref' in p ? resolvePointer(doc, p.$ref) : p) as OpenApiParameter,
  );
  const query = parameters.filter((p) => p.in === 'query');
  const itemProps = records.item.properties ?? {};
  const columns: Record<string, DraftColumnType> = {};
  for (const [field, schema] of Object.entries(itemProps))
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) columns[field] = columnTypeOf(doc, schema);
  const pk = Object.keys(itemProps).find((f) => ID.test(f) && ['integer', 'text', 'bigint'].includes(columns[f] ?? ''));
  const cursor = Object.keys(itemProps).find((f) => UPDATED.test(f) && (columns[f] === 'timestamp' || columns[f] === 'integer'));
  const sinceParam = cursor ? query.find((p) => SINCE.test(p.name)) : undefined;
  const pagination = openApiPagination(doc, { query, envelope: records.envelope, headers: records.headers, primaryKey: pk });

  const server = options.baseUrl?.replace(/\/+$/, '') ?? serverUrl(doc);
  const pathParams = parameters.filter((p) => p.in === 'path');
  const vars = Object.fromEntries(
    pathParams.map((p) => [
      p.name,
      String(p.example ?? resolveSchema(doc, p.schema)?.example ?? resolveSchema(doc, p.schema)?.default ?? p.name),
    ]),
  );
  const streamPath = path.replace(/\{([^}]+)\}/g, (_, name: string) => `\${vars.${name}}`);
  const env: Record<string, string> = { ...options.credentials.env, ...options.sink.env };
  const baseUrl = server ?? `\${env.${envName(name, 'BASE').replace(/_TOKEN$/, '_BASE_URL')}}`;
  const auth = options.credentials.auth ?? securityAuth(name, doc, operation, env);
  const stream = streamNameOf(path);
  return {
    name,
    connection: 'api',
    baseUrl: {
      value: baseUrl,
      comment: options.baseUrl
        ? `base URL: ${server}, given with --base-url`
        : server
          ? `base URL: the document's first server, ${server}`
          : 'base URL: the document has no absolute server URL; set it in .env',
    },
    headers: options.credentials.headers,
    ...(auth ? { auth } : {}),
    ...(pathParams.length
      ? {
          vars: {
            value: vars,
            comment: `vars: the path's parameters (${pathParams.map((p) => p.name).join(', ')}), from the document's examples; change them or pass --var name=value`,
          },
        }
      : {}),
    stream,
    path: {
      value: streamPath,
      comment: `path: GET ${path}${
        candidates.length > 1
          ? ` (other list operations: ${candidates
              .filter((c) => c !== path)
              .slice(0, 6)
              .join(', ')})`
          : ''
      }`,
    },
    params: ['link_header', 'next_url'].includes(String(pagination?.value.type)) ? firstPageParams(doc, query) : {},
    recordsPath: {
      value: records.path,
      comment: `records: ${records.path ? `\`${records.path}\`` : 'the body itself'}, an array of ${records.itemName} in the 200 response`,
    },
    ...(pk ? { primaryKey: { value: pk, comment: `primary key: \`${pk}\`, the id-like property of ${records.itemName}` } } : {}),
    ...(pagination ? { pagination } : {}),
    ...(cursor
      ? { cursorField: { value: cursor, comment: `incremental cursor: \`${cursor}\`, an updated-like ${columns[cursor]} property` } }
      : {}),
    ...(sinceParam
      ? {
          since: {
            value: { param: sinceParam.name, format: columnTypeOf(doc, sinceParam.schema) === 'integer' ? 'unix' : 'iso' },
            comment: `since: the \`${sinceParam.name}\` query parameter filters by time`,
          },
        }
      : {}),
    columns: { value: columns, comment: `columns: from the ${records.itemName} schema; edit the types freely` },
    sink: { value: { ...options.sink.value, table: stream }, comment: options.sink.comment },
    env,
  };
}

/** The records of an operation's 200 response: where the list is, its item schema, and the envelope's other properties. */
function recordsOf(doc: unknown, operation: Operation | undefined) {
  const ok = operation?.responses?.['200'] ?? operation?.responses?.['2XX'] ?? operation?.responses?.default;
  const response = ok?.$ref ? (resolvePointer(doc, ok.$ref) as typeof ok) : ok;
  const content = response?.content ?? {};
  const media = content['application/json'] ?? Object.entries(content).find(([type]) => type.includes('json'))?.[1];
  const schema = resolveSchema(doc, media?.schema);
  if (!schema) return undefined;
  const headers = Object.keys(response?.headers ?? {}).map((h) => h.toLowerCase());
  const itemOf = (s: OpenApiSchema | undefined) => {
    const items = resolveSchema(doc, resolveSchema(doc, s)?.items) ?? {};
    const ref = resolveSchema(doc, s)?.items?.$ref;
    return { item: items, itemName: ref ? ref.split('/').at(-1)! : 'objects' };
  };
  if (isArrayOfObjects(doc, schema)) return { path: undefined, envelope: {}, headers, ...itemOf(schema) };
  const props = schema.properties ?? {};
  const lists = Object.keys(props).filter((k) => isArrayOfObjects(doc, props[k]));
  // An object with an id of its own is one resource (its arrays are nested), not a list envelope.
  const resource = Object.keys(props).some((k) => ID.test(k));
  const key = lists.find((k) => RECORD_NAMES.includes(k)) ?? (resource ? undefined : lists[0]);
  if (!key) return undefined;
  return { path: key, envelope: props, headers, ...itemOf(props[key]) };
}

function serverUrl(doc: Record<string, unknown>): string | undefined {
  const server = (doc.servers as Array<{ url: string; variables?: Record<string, { default: string }> }> | undefined)?.[0];
  if (!server) return undefined;
  const url = server.url.replace(/\{(\w+)\}/g, (_, v: string) => server.variables?.[v]?.default ?? v).replace(/\/+$/, '');
  return /^https?:\/\//.test(url) ? url : undefined;
}

/** The `auth` block for the operation's (or the document's) first security requirement; credentials as `${env.*}` names. */
function securityAuth(name: string, doc: Record<string, unknown>, operation: Operation, env: Record<string, string>) {
  const requirement = (operation.security ?? (doc.security as Operation['security']))?.[0];
  const schemeName = requirement ? Object.keys(requirement)[0] : undefined;
  const schemes = ((doc.components as Record<string, unknown> | undefined)?.securitySchemes ?? {}) as Record<
    string,
    Record<string, unknown>
  >;
  const scheme = schemeName ? schemes[schemeName] : undefined;
  if (!scheme) return undefined;
  const ref = (variable: string) => {
    if (!(variable in env)) env[variable] = '';
    return `\${env.${variable}}`;
  };
  const why = `auth: the document's \`${schemeName}\` security scheme; set the value${scheme.type === 'oauth2' ? 's' : ''} in .env`;
  let value: Record<string, string> | undefined;
  if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer')
    value = { type: 'bearer', token: ref(envName(name, 'TOKEN')) };
  else if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic')
    value = { type: 'basic', username: ref(envName(name, 'USERNAME').replace(/_TOKEN$/, '')), password: ref(envName(name, 'PASSWORD')) };
  else if (scheme.type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query'))
    value = {
      type: 'api_key',
      [scheme.in === 'header' ? 'header' : 'query_param']: String(scheme.name),
      key: ref(envName(name, 'API_KEY')),
    };
  else if (scheme.type === 'oauth2') {
    const flow = (scheme.flows as Record<string, { tokenUrl?: string }> | undefined)?.clientCredentials;
    if (flow?.tokenUrl)
      value = {
        type: 'oauth2_client_credentials',
        token_url: flow.tokenUrl,
        client_id: ref(envName(name, 'CLIENT_ID').replace(/_TOKEN$/, '')),
        client_secret: ref(envName(name, 'CLIENT_SECRET')),
      };
  }
  return value ? ({ value, comment: why } satisfies Guess<Record<string, string>>) : undefined;
}
