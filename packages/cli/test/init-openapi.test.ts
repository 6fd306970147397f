import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'yaml';
import { afterEach, expect, it } from 'vitest';
import { cli } from './_cli-in.js';

const FIXTURES = resolve('packages/cli/test/fixtures/openapi');
const BILLING = join(FIXTURES, 'billing-cursor-api.yaml');
const ISSUES = join(FIXTURES, 'issues-link-header-api.json');

type Draft = {
  vars?: Record<string, string>;
  connections: Record<string, { base_url?: string; auth?: Record<string, string> }>;
  streams: Record<
    string,
    {
      primary_key?: string[];
      incremental?: { cursor_field: string };
      source: Record<string, unknown>;
      sink: { columns: Record<string, string> };
    }
  >;
};

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

it('init --from-openapi on a cursor-paged YAML document: bearer auth, data envelope, after-id paging, since, schema columns', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-openapi-billing-'));
  const result = await cli(dir, ['init', 'billing', '--from-openapi', BILLING]);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toContain('billing.yaml is valid');
  expect(result.stdout).toContain('set BILLING_TOKEN in .env (see .env.example) before running it');
  const text = readFileSync(join(dir, 'billing.yaml'), 'utf8');
  const draft = parse(text) as Draft;
  expect(draft.connections.api).toEqual({
    type: 'http',
    base_url: 'https://api.billing.example.com',
    auth: { type: 'bearer', token: '${env.BILLING_TOKEN}' },
  });
  const stream = draft.streams.customers!;
  expect(stream.primary_key).toEqual(['id']);
  expect(stream.incremental).toEqual({ cursor_field: 'updated' });
  expect(stream.source).toEqual({
    connection: 'api',
    path: '/v1/customers',
    records_path: 'data',
    pagination: {
      type: 'cursor',
      token_from: 'last_record',
      token_field: 'id',
      token_param: 'starting_after',
      size_param: 'limit',
      size: 100,
      stop_when: ['has_more'],
      has_more_path: 'has_more',
    },
    since: { param: 'updated_since', format: 'iso' },
  });
  expect(stream.sink.columns).toEqual({
    id: 'text',
    object: 'text',
    balance: 'integer',
    created: 'integer',
    updated: 'timestamp',
    currency: 'text',
    delinquent: 'boolean',
    email: 'text',
    name: 'text',
    metadata: 'json',
  });
  expect(text).toContain('# path: GET /v1/customers (other list operations: /v1/invoices)');
  // The token has no value yet: .env.example names it, .env does not invent one.
  expect(readFileSync(join(dir, '.env.example'), 'utf8')).toBe('BILLING_TOKEN=\n');
  expect(readdirSync(dir)).not.toContain('.env');
});

it('init --from-openapi on a Link-header JSON 3.1 document: server variables, path parameters as vars, apiKey header, allOf items', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-openapi-issues-'));
  const result = await cli(dir, ['init', 'issues', '--from-openapi', ISSUES]);
  expect(result.code, result.stderr).toBe(0);
  const text = readFileSync(join(dir, 'issues.yaml'), 'utf8');
  // The single-issue operation returns one object (with a labels list inside), not a list.
  expect(text).toContain('# path: GET /repos/{owner}/{repo}/issues\n');
  const draft = parse(text) as Draft;
  expect(draft.vars).toEqual({ owner: 'acme', repo: 'widgets' });
  expect(draft.connections.api).toEqual({
    type: 'http',
    base_url: 'https://eu.code.example.com/api/v3',
    auth: { type: 'api_key', header: 'X-Api-Token', key: '${env.ISSUES_API_KEY}' },
  });
  const stream = draft.streams.issues!;
  expect(stream.source).toEqual({
    connection: 'api',
    path: '/repos/${vars.owner}/${vars.repo}/issues',
    params: { per_page: 100 },
    pagination: { type: 'link_header' },
    since: { param: 'since', format: 'iso' },
  });
  expect(stream.primary_key).toEqual(['id']);
  expect(stream.incremental).toEqual({ cursor_field: 'updated_at' });
  expect(stream.sink.columns).toMatchObject({
    id: 'bigint',
    number: 'integer',
    title: 'text',
    body: 'text',
    user: 'json',
    labels: 'json',
    locked: 'boolean',
    created_at: 'timestamp',
    closed_at: 'timestamp',
  });
});

it("the pipeline generated from a document runs against a local server built from that document's examples", async () => {
  const spec = parse(readFileSync(BILLING, 'utf8')) as {
    paths: Record<string, { get: { responses: Record<string, { content: Record<string, { example?: unknown }> }> } }>;
  };
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.authorization}`);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const example = spec.paths[path]?.get.responses['200']?.content['application/json']?.example;
    if (!example) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(example));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  close = () => server.close();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const dir = mkdtempSync(join(tmpdir(), 'syncengine-openapi-run-'));
  const init = await cli(dir, [
    'init',
    'billing',
    '--from-openapi',
    BILLING,
    '--base-url',
    origin,
    '--auth',
    'bearer:sk_test_exampleKey123',
  ]);
  expect(init.code, init.stderr).toBe(0);
  expect(readFileSync(join(dir, 'billing.yaml'), 'utf8')).not.toContain('sk_test_exampleKey123');
  const run = await cli(dir, ['run', join(dir, 'billing.yaml'), '--no-logs']);
  expect(run.code, run.stderr).toBe(0);
  expect(requests).toEqual(['GET /v1/customers?limit=100 Bearer sk_test_exampleKey123']);
  const db = new Database(join(dir, 'billing.db'), { readonly: true });
  const rows = db.prepare('select id, email, balance, delinquent, updated from customers order by id').all();
  db.close();
  expect(rows).toEqual([
    { id: 'cus_NffrFeUfNV2Hib', email: 'jennyrosen@example.com', balance: 0, delinquent: 0, updated: '2024-05-01T10:00:00.000Z' },
    { id: 'cus_NffrGhUfNV2Hic', email: 'ali.ahmed@example.com', balance: -500, delinquent: 1, updated: '2024-05-02T11:30:00.000Z' },
    { id: 'cus_NffrJkUfNV2Hid', email: 'mei.chen@example.com', balance: 1200, delinquent: 0, updated: '2024-05-03T09:15:00.000Z' },
  ]);
});
