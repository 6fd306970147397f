import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStateStore } from '@syncengine/engine';
import { runCli } from './_cli.js';

const API_KEY = 'sk_live_51HqZ9x2eZvKYlo2C';
const PARTNER_SECRET = 'partner-shared-secret-93f1';

// An API that takes its key in the query string, echoes a header into its records, fails page 2
// with an error body that quotes the key (as some real APIs do), and 503s once on the way.
let url = '';
let served = 0;
const server = createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  served += 1;
  res.setHeader('content-type', 'application/json');
  if (u.searchParams.get('api_key') !== API_KEY) {
    res.statusCode = 401;
    return res.end(JSON.stringify({ message: `invalid key ${u.searchParams.get('api_key')}` }));
  }
  if (served === 1) {
    res.statusCode = 503;
    return res.end(JSON.stringify({ message: `overloaded, key=${API_KEY}` }));
  }
  const page = Number(u.searchParams.get('page'));
  if (page === 2) {
    res.statusCode = 500;
    return res.end(JSON.stringify({ message: `internal error for api_key ${API_KEY} and ${String(req.headers['x-partner'])}` }));
  }
  res.end(JSON.stringify([{ id: page, partner: req.headers['x-partner'], note: `called with ${API_KEY}` }, { id: page + 100 }]));
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const PIPELINE = `
version: 1
name: secretive
connections:
  api:
    type: http
    base_url: \${vars.url}
    retries: 1
    retry_delay_ms: 5
    auth: { type: api_key, query_param: api_key, key: "\${env.SHOP_API_KEY}" }
    headers: { X-Partner: "\${env.PARTNER_SECRET}" }
  db: { type: sqlite, path: ./out.db }
streams:
  things:
    source:
      connection: api
      path: /things
      pagination: { type: page, size: 2 }
    sink:
      connection: db
      table: things
      columns: { id: integer, partner: text, note: text }
`;

describe('secrets from ${env.*}', () => {
  it('never reach the console, the log files, run history, the state file or dry-run output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syncengine-secrets-'));
    const file = join(dir, 'secretive.yaml');
    writeFileSync(file, PIPELINE);
    const env = { SHOP_API_KEY: API_KEY, PARTNER_SECRET };

    served = 0;
    const run = await runCli(['run', file, '--var', `url=${url}`, '--debug'], env);
    expect(run.code).toBe(1);
    served = 1;
    const dry = await runCli(['run', file, '--var', `url=${url}`, '--dry-run', '--limit', '2', '--debug', '--logs'], env);
    expect(dry.code).toBe(0);

    const logDir = join(dir, '.syncengine', 'logs');
    expect(readdirSync(logDir).sort()).toEqual(['sync_debug.log', 'sync_info.log']);
    const infoLog = readFileSync(join(logDir, 'sync_info.log'), 'utf8');
    const debugLog = readFileSync(join(logDir, 'sync_debug.log'), 'utf8');
    const state = await createSqliteStateStore({ path: join(dir, '.syncengine', 'state.db') });
    const history = JSON.stringify(await state.listRuns());
    await state.close();
    const stateBytes = readFileSync(join(dir, '.syncengine', 'state.db')).toString('latin1');

    // The failure really happened and was reported, with the secrets masked.
    expect(run.stdout).toContain(
      `things: [source:api] GET ${url}/things?api_key=***&page=2: 500 Internal Server Error: internal error for api_key *** and ***`,
    );
    expect(debugLog).toContain('GET /things?api_key=***&page=1: 503');
    expect(history).toContain('internal error for api_key *** and ***');
    expect(dry.stdout).toContain('"partner":"***","note":"called with ***"');

    for (const [where, text] of Object.entries({
      stdout: run.stdout,
      stderr: run.stderr,
      dryStdout: dry.stdout,
      dryStderr: dry.stderr,
      infoLog,
      debugLog,
      history,
      stateBytes,
    })) {
      expect(text, where).not.toContain(API_KEY);
      expect(text, where).not.toContain(PARTNER_SECRET);
      expect(text, where).not.toContain(encodeURIComponent(API_KEY));
    }
  });

  it('are masked in validation errors that quote a value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syncengine-secrets-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, PIPELINE.replace('retries: 1', 'retries: "${env.SHOP_API_KEY}"'));
    const result = await runCli(['validate', file, '--var', 'url=http://127.0.0.1:1'], { SHOP_API_KEY: API_KEY, PARTNER_SECRET });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${file}:8:14 connections.api.retries: must be an integer (got text "***")\n`);
  });
});
