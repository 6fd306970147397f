import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from './_cli-in.js';
import { PAGING_STYLES, RECORDS, startPagingApi, type PagingApi, type PagingStyle } from './_paging-apis.js';

const TOKEN = 'sk_live_9f8e7d6c5b4a3210';

const WANT: Record<PagingStyle, string> = {
  link_header: 'link_header',
  next_url: 'next_url',
  has_more: 'cursor',
  next_token: 'cursor',
  page_total: 'page',
  offset_total: 'offset',
  odata: 'next_url',
};

let api: PagingApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('init --url writes a pipeline that validates and, run unchanged, loads every record', () => {
  for (const style of PAGING_STYLES) {
    it(`${style}`, async () => {
      api = await startPagingApi(style, TOKEN);
      const dir = mkdtempSync(join(tmpdir(), `syncengine-init-${style}-`));
      const init = await cli(dir, ['init', 'shop', '--url', api.url, '--header', `Authorization: Bearer ${TOKEN}`]);
      expect(init.code, init.stderr + init.stdout).toBe(0);
      expect(init.stdout).toMatch(/shop\.yaml is valid/);
      expect(api.requests).toHaveLength(1);

      const text = readFileSync(join(dir, 'shop.yaml'), 'utf8');
      const pipeline = parse(text) as { streams: Record<string, { source: { pagination?: { type: string } }; primary_key: string[] }> };
      const [stream] = Object.values(pipeline.streams);
      expect(stream!.source.pagination?.type).toBe(WANT[style]);
      expect(stream!.primary_key).toEqual([style === 'odata' ? 'Id' : 'id']);
      expect(text).toMatch(/# paging: /);
      // No secret in the pipeline: it is in .env, which git ignores; .env.example lists its name.
      for (const file of readdirSync(dir).filter((f) => f !== '.env')) expect(readFileSync(join(dir, file), 'utf8')).not.toContain(TOKEN);
      expect(text).toContain('${env.SHOP_TOKEN}');
      expect(readFileSync(join(dir, '.env'), 'utf8')).toBe(`SHOP_TOKEN=${TOKEN}\n`);
      expect(readFileSync(join(dir, '.env.example'), 'utf8')).toBe('SHOP_TOKEN=\n');
      expect(readFileSync(join(dir, '.gitignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['.env', 'shop.db']));

      api.requests.length = 0;
      const run = await cli(dir, ['run', join(dir, 'shop.yaml'), '--no-logs']);
      expect(run.code, run.stderr + run.stdout).toBe(0);
      const db = new Database(join(dir, 'shop.db'), { readonly: true });
      const table = Object.keys(pipeline.streams)[0]!;
      const id = style === 'odata' ? 'Id' : 'id';
      const name = style === 'odata' ? 'Name' : 'name';
      const rows = db.prepare(`select "${id}" as id, "${name}" as name from "${table}" order by 1`).all();
      db.close();
      expect(rows).toEqual(RECORDS.map((r) => ({ id: r.id, name: r.name })));
      expect(api.requests.length).toBeGreaterThanOrEqual(5);
    });
  }
});

describe('init --url', () => {
  it('picks records, key, cursor and columns, with a comment on each guess', async () => {
    api = await startPagingApi('page_total', TOKEN);
    const dir = mkdtempSync(join(tmpdir(), 'syncengine-init-guesses-'));
    const init = await cli(dir, ['init', 'catalog', '--url', api.url, '--auth', `bearer:${TOKEN}`]);
    expect(init.code, init.stderr).toBe(0);
    const text = readFileSync(join(dir, 'catalog.yaml'), 'utf8');
    expect(text).toMatch(/# records: `data`, 5 records in the sample\n\s+records_path: data\n/);
    expect(text).toMatch(/# primary key: `id`, present and unique in all 5 sample records\n\s+primary_key: \[id\]/);
    expect(text).toMatch(
      /# paging: the response reports `meta.total`; page numbers are sent as `page`\n\s+pagination: \{ type: page, page_param: page, size_param: per_page, size: 5, stop_when: \[total\], total_path: meta.total \}/,
    );
    expect(text).toMatch(/# incremental cursor: `updated_at` \(ISO timestamps in the sample\)/);
    expect(text).toMatch(
      /columns:\n {8}id: integer\n {8}name: text\n {8}email: text\n {8}active: boolean\n {8}price: number\n {8}updated_at: timestamp\n/,
    );
    expect(text).toContain('auth: { type: bearer, token: "${env.CATALOG_TOKEN}" }');
  });

  it('moves a key written into the URL to .env, as an api_key auth', async () => {
    api = await startPagingApi('offset_total', TOKEN);
    const dir = mkdtempSync(join(tmpdir(), 'syncengine-init-urlkey-'));
    const init = await cli(dir, ['init', 'legacy', '--url', `${api.url}&api_key=${TOKEN}`]);
    expect(init.code, init.stderr).toBe(0);
    const text = readFileSync(join(dir, 'legacy.yaml'), 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(text).toContain('auth: { type: api_key, query_param: api_key, key: "${env.LEGACY_API_KEY}" }');
    expect(readFileSync(join(dir, '.env'), 'utf8')).toBe(`LEGACY_API_KEY=${TOKEN}\n`);
    const run = await cli(dir, ['run', join(dir, 'legacy.yaml'), '--no-logs']);
    expect(run.code, run.stderr).toBe(0);
    const db = new Database(join(dir, 'legacy.db'), { readonly: true });
    expect(db.prepare('select count(*) as n from items').get()).toEqual({ n: RECORDS.length });
    db.close();
  });

  it('refuses to overwrite a pipeline, and reports an API error with the secret masked', async () => {
    api = await startPagingApi('has_more', TOKEN);
    const dir = mkdtempSync(join(tmpdir(), 'syncengine-init-errors-'));
    const wrong = await cli(dir, ['init', 'stripe', '--url', api.url, '--auth', 'bearer:wrong-token-1234']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/v1\/customers\?limit=5: 401 Unauthorized/);
    expect(wrong.stderr).not.toContain('wrong-token-1234');
    expect(readdirSync(dir)).toEqual([]);

    expect((await cli(dir, ['init', 'stripe', '--url', api.url, '--auth', `bearer:${TOKEN}`])).code).toBe(0);
    const again = await cli(dir, ['init', 'stripe', '--url', api.url, '--auth', `bearer:${TOKEN}`]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('stripe.yaml exists; pass --force to replace it');
  });
});
