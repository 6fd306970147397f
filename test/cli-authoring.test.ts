import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './_cli.js';

describe('syncengine validate --print-expanded', () => {
  it('prints the ServiceTitan master-data streams as the template expands them', async () => {
    const { code, stdout } = await runCli(['validate', 'pipelines/servicetitan-prod-to-integration.yaml', '--print-expanded']);
    expect(code).toBe(0);
    const expanded = parse(stdout.slice(0, stdout.lastIndexOf('ok '))) as { streams: Record<string, Record<string, any>> };
    expect(expanded.streams.campaigns!.source).toMatchObject({ connection: 'st_prod', path: '/marketing/v2/tenant/{tenant}/campaigns' });
    expect(expanded.streams.campaigns!.transforms[0].join.from.source.path).toBe('/marketing/v2/tenant/{tenant}/campaigns');
    expect(expanded.streams.campaigns!.sink).toEqual({
      connection: 'crosswalk',
      kind: 'campaigns',
      source_id: 'id',
      target_id: 'integration_id',
    });
    expect(expanded.streams.vendors!).not.toHaveProperty('extends');
    expect(stdout).toContain('ok pipelines/servicetitan-prod-to-integration.yaml: pipeline servicetitan-prod-to-integration, 10 streams');
  });
});

describe('--json on run, validate and check', () => {
  let dir: string;
  let server: Server;
  let url = '';
  const ITEMS = [
    { id: 1, name: 'a', updated_at: '2026-01-01T00:00:00Z', tags: ['x'] },
    { id: 2, name: 'b', updated_at: '2026-01-02T00:00:00Z', tags: [] },
  ];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'syncengine-json-'));
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ items: ITEMS }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const pipeline = () =>
    write(
      'items.yaml',
      [
        'version: 1',
        'name: items',
        'connections:',
        `  api: { type: http, base_url: "${url}", retries: 0 }`,
        `  db: { type: sqlite, path: ${JSON.stringify(join(dir, 'items.db'))} }`,
        'streams:',
        '  items:',
        '    source: { connection: api, path: /items, records_path: items }',
        '    incremental: { cursor_field: updated_at }',
        '    sink: { connection: db, table: items, mode: upsert, key: [id] }',
      ].join('\n'),
    );

  it('run --json prints one result: status, per-stream counts and cursors', async () => {
    const file = pipeline();
    const { code, stdout } = await runCli(['run', file, '--json', '--state', join(dir, 'state.db'), '--no-logs']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ command: 'run', status: 'succeeded', pipeline: 'items', dryRun: false, errors: [] });
    expect(result.streams).toEqual([
      {
        stream: 'items',
        status: 'succeeded',
        records: { read: 2, written: 2, rejected: 0, filtered: 0 },
        inserted: 2,
        updated: 0,
        skipped: 0,
        cursor: { before: null, after: '2026-01-02T00:00:00Z' },
        durationMs: expect.any(Number),
        recordsPerSecond: expect.any(Number),
      },
    ]);
    expect(result.streams[0].durationMs).toBeGreaterThanOrEqual(0);
  });

  it('validate --json and run --json report errors with file:line:column; check --json lists the connections', async () => {
    const bad = write(
      'bad.yaml',
      'version: 1\nstreams:\n  items:\n    source: { connection: api, path: /x }\n    sink: { connection: db, mode: upserd }\n',
    );
    const validated = await runCli(['validate', bad, pipeline(), '--json']);
    expect(validated.code).toBe(2);
    const result = JSON.parse(validated.stdout);
    expect(result.command).toBe('validate');
    expect(result.status).toBe('invalid');
    expect(result.files.map((f: { status: string }) => f.status)).toEqual(['invalid', 'valid']);
    expect(result.files[0].errors).toContainEqual(
      expect.objectContaining({ at: `${bad}:4:27`, path: 'streams.items.source.connection', line: 4, column: 27 }),
    );
    expect(result.files[1]).toMatchObject({ pipeline: 'items', streams: ['items'], errors: [] });

    const run = await runCli(['run', bad, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({
      command: 'run',
      status: 'invalid',
      errors: expect.arrayContaining([expect.objectContaining({ at: `${bad}:4:27` })]),
    });

    const checked = await runCli(['check', pipeline(), '--json', '--state', join(dir, 'state.db')]);
    expect(checked.code).toBe(0);
    const check = JSON.parse(checked.stdout);
    expect(check).toMatchObject({ command: 'check', status: 'ok', pipeline: 'items', errors: [] });
    expect(check.connections.map((c: { connection: string; ok: boolean }) => [c.connection, c.ok])).toEqual([
      ['api', true],
      ['db', true],
    ]);
  });
});
