import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createEngine, describeError, formatConfigIssue, PipelineConfigError } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { parseCredentials } from '../authoring/parse-credentials.js';
import { draftFromResponse } from '../authoring/draft-from-response.js';
import { draftFromOpenApi } from '../authoring/draft-from-openapi.js';
import type { PipelineDraft } from '../authoring/pipeline-draft.js';
import { renderPipeline } from '../authoring/render-pipeline.js';
import { sinkConnection } from '../authoring/sink-connection.js';
import { writeEnvFiles } from '../authoring/write-env-files.js';
import type { CliIo } from '../output/cli-io.js';
import { UsageError } from './usage-error.js';

/** Options of `syncengine init`, as cac parses them. */
export interface InitCommandOptions {
  url?: string;
  header?: string | string[];
  auth?: string;
  sink?: string;
  fromOpenapi?: string;
  path?: string;
  baseUrl?: string;
  force?: boolean;
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
const SECRET_QUERY = /^(api_?key|apikey|key|access_?token|token|secret|client_secret|signature|sig|auth)$/i;

/** `syncengine init <name>`: proposes `<name>.yaml` from one request or an OpenAPI document, then validates it. */
export async function initCommand(name: string, options: InitCommandOptions, io: CliIo): Promise<number> {
  if (!NAME.test(name)) throw new UsageError(`init ${name}: a name is a letter, then letters, digits, _ or - (e.g. stripe_customers)`);
  if (!options.url === !options.fromOpenapi) throw new UsageError('init needs --url <list endpoint> or --from-openapi <spec.yaml>');
  const file = join(io.cwd, `${name}.yaml`);
  if (existsSync(file) && !options.force) throw new UsageError(`${relative(io.cwd, file)} exists; pass --force to replace it`);

  // A key written into the URL (`?api_key=...`) becomes the auth, so that it goes to .env, not the file.
  let auth = options.auth;
  let url = options.url;
  if (url && URL.canParse(url)) {
    const parsed = new URL(url);
    const key = [...parsed.searchParams.keys()].find((k) => SECRET_QUERY.test(k));
    if (key && !auth) {
      auth = `query:${key}:${parsed.searchParams.get(key)}`;
      parsed.searchParams.delete(key);
      url = parsed.href;
    }
  }
  const credentials = parseCredentials(name, toList(options.header), auth);
  const sink = sinkConnection(name, 'records', options.sink);
  let draft: PipelineDraft;
  let origin: string;
  if (url) {
    const sample = await probe(url, credentials.probeHeaders, credentials.probeQuery, Object.values(credentials.env));
    draft = draftFromResponse(name, sample, credentials, sink);
    origin = `one GET ${url}`;
  } else {
    const specFile = resolve(io.cwd, options.fromOpenapi!);
    draft = draftFromOpenApi(name, readFileSync(specFile, 'utf8'), { path: options.path, baseUrl: options.baseUrl, credentials, sink });
    origin = `the OpenAPI document ${options.fromOpenapi}${options.path ? ` (${options.path})` : ''}`;
  }

  writeFileSync(file, renderPipeline(draft, origin));
  const { written } = writeEnvFiles(io.cwd, draft.env, sink.ignore);
  io.stdout.write(`wrote ${relative(io.cwd, file)}${written.length ? `, ${written.map((f) => relative(io.cwd, f)).join(', ')}` : ''}\n`);
  io.stdout.write(summary(draft));

  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  try {
    const known = Object.fromEntries(Object.entries(draft.env).filter(([, v]) => v !== ''));
    const pipeline = await engine.load(file, { env: { ...known, ...io.env }, unsetEnv: 'warning' });
    engine.plan(pipeline);
  } catch (error) {
    if (error instanceof PipelineConfigError) {
      for (const issue of error.issues) io.stderr.write(`${formatConfigIssue(issue)}\n`);
      io.stderr.write(`error the proposed pipeline does not validate; edit ${relative(io.cwd, file)}\n`);
      return 1;
    }
    throw error;
  }
  const missing = Object.keys(draft.env).filter((name) => draft.env[name] === '' && io.env[name] === undefined);
  if (missing.length) io.stdout.write(`set ${missing.join(', ')} in .env (see .env.example) before running it\n`);
  io.stdout.write(`${relative(io.cwd, file)} is valid. Next: syncengine run ${relative(io.cwd, file)} --dry-run --limit 5\n`);
  return 0;
}

function summary(draft: PipelineDraft): string {
  const lines = [
    `  stream ${draft.stream}: ${draft.baseUrl.value}${draft.path.value}`,
    `  records      ${draft.recordsPath.value ?? '(the body)'}`,
    `  primary key  ${draft.primaryKey?.value ?? '(none found)'}`,
    `  paging       ${draft.pagination ? String(draft.pagination.value.type) : '(one request)'}`,
    `  cursor       ${draft.cursorField?.value ?? '(none found)'}`,
    `  columns      ${Object.keys(draft.columns.value).length}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** One GET with the given headers; secrets are masked in any error. */
async function probe(rawUrl: string, headers: Record<string, string>, query: Record<string, string>, secrets: string[]) {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new UsageError(`--url ${rawUrl}: not an absolute URL (e.g. https://api.example.com/v1/items)`);
  }
  const requested = new URL(url);
  for (const [k, v] of Object.entries(query)) requested.searchParams.set(k, v);
  const mask = (text: string) => secrets.filter((s) => s.length >= 4).reduce((t, s) => t.split(s).join('***'), text);
  let response: Response;
  try {
    response = await fetch(requested, { headers: { accept: 'application/json', ...headers }, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Error(mask(`GET ${url.href}: ${describeError(error)}`));
  }
  const text = await response.text();
  if (!response.ok) throw new Error(mask(`GET ${url.href}: ${response.status} ${response.statusText}: ${text.slice(0, 300)}`));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`GET ${url.href}: the response is not JSON (${response.headers.get('content-type') ?? 'no content type'})`);
  }
  return { url: url.href, headers: response.headers, body };
}

function toList(raw: string | string[] | undefined): string[] {
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}
