/**
 * How the HTTP source writes the cursor into requests (`since`), and how runtime references
 * (`${cursor}`, `${parent.*}`, `${partition}`) reach path, parameters, headers and body.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatCursor } from '../src/http/_since.js';
import { CREDENTIALS as C, startFakeRestServer, type FakeRestServer } from './_http-fake-rest-server.js';
import { connectApi, dryRun, httpPipeline } from './_http-harness.js';
import { runYaml } from './_run.js';

let api: FakeRestServer;
beforeAll(async () => {
  api = await startFakeRestServer();
});
afterAll(() => api.close());
beforeEach(() => api.reset());

const at = (iso: string) => Date.parse(iso);

describe('since.format', () => {
  it.each([
    ['raw passes text through', 'abc-123', {}, 'abc-123'],
    ['raw passes a number through', 4711, {}, 4711],
    ['iso normalises an offset to UTC', '2024-05-01T12:00:00+02:00', { format: 'iso' }, '2024-05-01T10:00:00Z'],
    ['iso keeps milliseconds that are not zero', '2024-05-01T10:00:00.250Z', { format: 'iso' }, '2024-05-01T10:00:00.250Z'],
    ['iso_date', '2024-05-01T23:30:00Z', { format: 'iso_date' }, '2024-05-01'],
    ['unix seconds', '2024-05-01T10:00:00Z', { format: 'unix' }, at('2024-05-01T10:00:00Z') / 1000],
    ['unix_ms', '2024-05-01T10:00:00Z', { format: 'unix_ms' }, at('2024-05-01T10:00:00Z')],
    ['a numeric cursor is Unix seconds', 1714557600, { format: 'iso' }, '2024-05-01T10:00:00Z'],
    ['a large numeric cursor is Unix milliseconds', 1714557600123, { format: 'iso' }, '2024-05-01T10:00:00.123Z'],
    ['digits in text are a number', '1714557600', { format: 'unix_ms' }, 1714557600000],
    ['lookback in seconds', '2024-05-01T10:00:00Z', { format: 'iso', lookback_s: 5400 }, '2024-05-01T08:30:00Z'],
    ['lookback across a day', '2024-05-01', { format: 'iso_date', lookback_s: 86400 }, '2024-04-30'],
    [
      'a pattern in a time zone',
      '2024-05-01T13:00:00Z',
      { format: '%Y-%m-%dT%H:%M:%S', timezone: 'America/Sao_Paulo' },
      '2024-05-01T10:00:00',
    ],
    [
      'a zone-less cursor is wall-clock time in the zone',
      '2024-05-01T10:00:00',
      { format: 'unix', timezone: 'America/Sao_Paulo' },
      at('2024-05-01T13:00:00Z') / 1000,
    ],
    [
      'iso in a zone carries its offset',
      '2024-05-01T10:00:00',
      { format: 'iso', timezone: 'America/Sao_Paulo' },
      '2024-05-01T10:00:00-03:00',
    ],
    ['summer time', '2024-07-01T12:00:00Z', { format: 'iso', timezone: 'Europe/Berlin' }, '2024-07-01T14:00:00+02:00'],
    ['winter time', '2024-01-15T12:00:00Z', { format: '%d.%m.%Y %H:%M %z', timezone: 'Europe/Berlin' }, '15.01.2024 13:00 +0100'],
    ['%L and %%', '2024-05-01T10:00:00.007Z', { format: '%H:%M:%S.%L 100%%' }, '10:00:00.007 100%'],
  ] as const)('%s', (_name, cursor, options, expected) => {
    expect(formatCursor(cursor, { timezone: 'UTC', ...options })).toEqual(expected);
  });

  it('rejects what it cannot turn into a time', () => {
    expect(() => formatCursor('next-week', { format: 'iso', timezone: 'UTC' })).toThrow(
      'since: cannot read the cursor "next-week" as a time for format iso; use format: raw for ids and other values',
    );
    expect(() => formatCursor('2024-05-01', { format: 'iso', timezone: 'Mars/Olympus' })).toThrow(
      'since.timezone: unknown time zone "Mars/Olympus"',
    );
    expect(() => formatCursor('2024-05-01', { format: 'raw', lookback_s: 60, timezone: 'UTC' })).toThrow(
      'since.lookback_s needs since.format',
    );
  });
});

describe('since in requests', () => {
  const catsyV4 = (since: string) =>
    httpPipeline(
      `base_url: ${api.url}/catsy\nauth: { type: bearer, token: ${C.catsyKey} }`,
      `path: /v4/products/filter\nmethod: POST\nbody: { filters: [{ attributeKey: name, value: item }] }\nrecords_path: products\nparams: { page: 1, resultsPerPage: 100 }\nsince: ${since}`,
      'incremental: { cursor_field: updated_at }',
    );

  it('writes the cursor into a JSON body field, keeping a number a number', async () => {
    await dryRun(catsyV4('{ param: filter.modified_after, in: body, format: unix }'), { since: '2024-05-01T10:00:00Z' });
    expect(JSON.parse(api.requests[0]!.body)).toEqual({
      filters: [{ attributeKey: 'name', value: 'item' }],
      filter: { modified_after: at('2024-05-01T10:00:00Z') / 1000 },
    });
  });

  it('reads a zone-less cursor after an autumn clock change as the right instant (New York 03:30 is 08:30Z)', async () => {
    await dryRun(catsyV4('{ param: filter.modified_after, in: body, format: unix, timezone: America/New_York }'), {
      since: '2025-11-02 03:30:00',
    });
    expect(JSON.parse(api.requests[0]!.body).filter).toEqual({ modified_after: at('2025-11-02T08:30:00Z') / 1000 });
  });

  it('leaves the parameter out when there is no cursor, and sends incremental.initial on a first run', async () => {
    const yaml = httpPipeline(
      `base_url: ${api.url}/st\nheaders: { ST-App-Key: ${C.stAppKey} }\nauth: { type: oauth2_client_credentials, token_url: /connect/token, client_id: ${C.stClientId}, client_secret: ${C.stClientSecret} }`,
      'path: /pricebook/v2/tenant/7/materials\nparams: { page: 1, pageSize: 100 }\nrecords_path: data\nsince: { param: modifiedOnOrAfter, format: iso, lookback_s: 60 }',
      'incremental: { cursor_field: updated_at }',
    );
    const first = await runYaml(yaml);
    expect(api.dataCalls()).toEqual(['GET /st/pricebook/v2/tenant/7/materials?page=1&pageSize=100']);
    expect(first.result.streams[0]!.cursorAfter).toBe('2024-05-01T22:00:00Z');
    // The next run sends the stored cursor, a minute earlier.
    const second = await runYaml(yaml, { state: first.state });
    expect(api.dataCalls()[1]).toBe('GET /st/pricebook/v2/tenant/7/materials?page=1&pageSize=100&modifiedOnOrAfter=2024-05-01T21:59:00Z');
    expect(second.result.streams[0]!.recordsRead).toBe(1);

    api.reset();
    await runYaml(yaml.replace('cursor_field: updated_at', 'cursor_field: updated_at, initial: "2024-05-01T20:00:00Z"'));
    expect(api.dataCalls()).toEqual(['GET /st/pricebook/v2/tenant/7/materials?page=1&pageSize=100&modifiedOnOrAfter=2024-05-01T19:59:00Z']);
  });

  it('resolves ${parent.*} and ${partition} in path, parameters, headers, body and since.value', async () => {
    const yaml = httpPipeline(
      `base_url: ${api.url}/catsy\nauth: { type: bearer, token: ${C.catsyKey} }`,
      `path: /v4/products/filter
method: POST
params: { page: 1, resultsPerPage: 100, store: "\${partition}" }
headers: { X-Parent: "\${parent.code}" }
body: { filters: [{ attributeKey: name, value: "\${parent.name}" }] }
records_path: products
since: { param: filter.expr, in: body, value: "store \${partition} after \${cursor}", format: iso_date }`,
    );
    const connection = await connectApi(yaml);
    const records = await connection.read('items', {
      parent: { code: 'P-7', name: 'item 2' },
      partition: 7,
      cursor: '2024-05-03T10:00:00Z',
    });
    expect(records.map((r) => r.id)).toEqual([2, 20, 21, 22, 23]);
    const [request] = api.requests;
    expect(request!.url).toBe('/catsy/v4/products/filter?page=1&resultsPerPage=100&store=7');
    expect(request!.headers['x-parent']).toBe('P-7');
    expect(JSON.parse(request!.body)).toEqual({
      filters: [{ attributeKey: 'name', value: 'item 2' }],
      filter: { expr: 'store 7 after 2024-05-03' },
    });
  });

  it('checks since options when the pipeline is loaded', async () => {
    const base = (since: string) => httpPipeline(`base_url: ${api.url}`, `path: /x\nsince: ${since}`);
    await expect(runYaml(base('{ param: since, lookback_s: 60 }'))).rejects.toThrow(
      'streams.items.source.since: missing required key "format"',
    );
    await expect(runYaml(base('{ param: since, format: "%Y-%q" }'))).rejects.toThrow(
      'streams.items.source.since.format: must match the pattern',
    );
    await expect(runYaml(base('{ param: since, in: header }'))).rejects.toThrow(
      'streams.items.source.since.in: must be one of: query, body (got "header")',
    );
  });
});
