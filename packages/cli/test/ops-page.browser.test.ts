import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStateStore } from '@syncengine/engine';
import { startFakeCrm, type FakeCrm } from '../../../examples/quickstart/fake-crm-api.js';
import { main } from '../src/main.js';
import { rows, tempDir, waitFor, writePipeline } from './_ops-fixture.js';

/**
 * The ops page in a real browser: Debian's chromium driven by playwright-core. Without
 * /usr/bin/chromium the suite skips (saying so), except under CI=true, where it fails.
 */
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI !== 'true')
  console.warn(
    `\n!!! ${CHROMIUM} is missing: SKIPPING the ops page browser tests. Install chromium (apt-get install chromium; .ci/run does).\n`,
  );

const TOKEN = 'ops-page-token-4be1c0d9a7';
const CRM_TOKEN = 'ops-page-crm-token-19';

const CRM = `version: 1
name: crm
description: Customers from the CRM, hourly.
schedule: { every: 1h }
connections:
  crm:
    type: http
    base_url: \${env.CRM_URL}
    auth: { type: bearer, token: "\${env.CRM_TOKEN}" }
  warehouse: { type: sqlite, path: ./crm.db }
streams:
  customers:
    primary_key: [id]
    source:
      connection: crm
      path: /v1/customers
      records_path: data
      params:
        updated_since: \${cursor}
      pagination: { type: page, size_param: per_page, size: 25 }
    incremental: { cursor_field: updated_at, ordered: true }
    transforms:
      - map: { id: id, email: email, plan: plan, updated_at: updated_at }
    sink: { connection: warehouse, table: customers, mode: upsert, key: [id], columns: { id: integer, email: text, plan: text, updated_at: text } }
`;

const CLIENTS = `version: 1
name: clients
tenants:
  list:
    - { client_id: acme, sync_frequency_hours: 6 }
    - { client_id: bolt, sync_frequency_hours: 12 }
  id: client_id
  frequency_hours: sync_frequency_hours
connections:
  crm:
    type: http
    base_url: \${env.CRM_URL}
    auth: { type: bearer, token: "\${env.CRM_TOKEN}" }
  warehouse: { type: sqlite, path: ./clients.db }
streams:
  customers:
    primary_key: [id]
    source: { connection: crm, path: /v1/customers, records_path: data, pagination: { type: page, size_param: per_page, size: 100 } }
    transforms:
      - map: { client: { template: "\${tenant.client_id}" }, id: id }
    sink: { connection: warehouse, table: customers, mode: upsert, key: [client, id], columns: { client: text, id: integer } }
`;

describe.skipIf(!haveChromium && process.env.CI !== 'true')('ops page in chromium', { timeout: 60_000 }, () => {
  let dir: string;
  let crm: FakeCrm;
  let browser: BrowserContext;
  let page: Page;
  let url: string;
  let stop: () => Promise<number>;

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing and CI=true: install chromium (apt-get install chromium)`);
    dir = tempDir();
    crm = await startFakeCrm({ token: CRM_TOKEN, customers: 60 });
    const files = [writePipeline(dir, 'crm', CRM), writePipeline(dir, 'clients', CLIENTS)];
    const statePath = join(dir, 'state.db');
    // A record rejected by an earlier version of the pipeline, valid now: the replay writes it.
    const state = await createStateStore(statePath);
    await state.quarantine.put([
      {
        id: 'q-0001-ops-page-record',
        pipeline: 'crm',
        stream: 'customers',
        runId: 'earlier-run',
        recordKey: '9001',
        record: { id: 9001, email: 'late@example.com', plan: 'pro', updated_at: '2026-01-01T00:00:00.000Z' },
        reasons: ['plan: must be one of: free (got "pro")'],
      },
    ]);
    await state.close();

    const controller = new AbortController();
    let output = '';
    let exited: number | undefined;
    const io = { stdout: { write: (t: string) => (output += t) }, stderr: { write: (t: string) => (output += t) }, cwd: dir, color: false };
    const env = { CRM_URL: crm.url, CRM_TOKEN, SYNCENGINE_API_TOKEN: TOKEN };
    const exit = main(['serve', ...files, '--port', '0', '--state', statePath, '--no-logs'], { ...io, env }, controller.signal).then(
      (code) => (exited = code),
    );
    await waitFor(() => exited !== undefined || /listening on http:\/\/\S+/.test(output), 'serve to listen', 20_000);
    if (exited !== undefined) throw new Error(`serve exited with ${exited}: ${output}`);
    url = /listening on (http:\/\/[^\s]+)/.exec(output)![1]!;
    stop = async () => {
      controller.abort();
      return exit;
    };
    // A new, empty profile (--user-data-dir) for every run.
    browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'syncengine-chromium-')), {
      executablePath: CHROMIUM,
      viewport: { width: 1200, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(30_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (stop) expect(await stop()).toBe(0);
    await crm?.close();
  });

  it('answers 401 without the token: the API in JSON, the page with a log-in form', async () => {
    const api = await fetch(`${url}/runs`);
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: 'unauthorized' });
    const state = await fetch(`${url}/pipelines/crm/cursors`, { headers: { cookie: 'syncengine_session=forged' } });
    expect(state.status).toBe(401);
    const response = await page.goto(url);
    expect(response!.status()).toBe(401);
    await expect(page.getByLabel('API token').isVisible()).resolves.toBe(true);
    await page.getByLabel('API token').fill('not-the-token');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('That is not the API token.').waitFor();
  });

  it('logs in with the token (a secure, http-only cookie), sees a run appear and finish, and opens its detail', async () => {
    await page.goto(`${url}/login`);
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByLabel(/Your name/).fill('Ana');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Pipelines' }).waitFor();
    const cookie = (await browser.cookies()).find((c) => c.name === 'syncengine_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    expect(cookie.value).not.toContain(TOKEN);
    await expect(page.getByRole('region', { name: 'Served pipelines' }).innerText()).resolves.toMatch(
      /crm\s+Customers from the CRM, hourly.\s+every 1h\s+due now/,
    );
    await page.getByText('No runs yet.').waitFor();

    // Triggered elsewhere (the API): the page, left open, shows it without a reload.
    const triggered = await fetch(`${url}/pipelines/crm/runs`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    const { runId } = (await triggered.json()) as { runId: string };
    const row = page.locator('#runs tr', { hasText: runId.slice(0, 8) });
    await row.getByText('succeeded').waitFor();
    await expect(row.innerText()).resolves.toMatch(/crm\s+succeeded\s+api\s+\S+\s+\S+\s+60\s+60\s+0/);
    mkdirSync(join(dir, 'shots'), { recursive: true });
    await page.screenshot({ path: join(dir, 'shots', 'ops-page.png'), fullPage: true });
    if (process.env.SYNCENGINE_UPDATE_SCREENSHOT === '1')
      await page.screenshot({ path: new URL('../../../docs/img/ops-page.png', import.meta.url).pathname, fullPage: true });
    expect(
      readFileSync(join(dir, 'shots', 'ops-page.png'))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');

    await row.getByRole('link', { name: runId.slice(0, 8) }).click();
    await page.getByRole('heading', { name: `Run ${runId}` }).waitFor();
    const log = await page.getByLabel('Log lines').innerText();
    expect(log).toContain('stream customers started from cursor null');
    expect(log).toMatch(/stream customers batch 1: \d+ written/);
    expect(log).toContain('stream customers succeeded: 60 read, 60 written, 0 rejected');
    expect(log).not.toContain(CRM_TOKEN);
  });

  it('triggers a run for one tenant with the form', async () => {
    await page.goto(`${url}/ui/pipelines/clients`);
    await page.getByLabel('acme').check();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('#run-status', { hasText: 'succeeded' }).waitFor();
    expect(page.url()).toMatch(/\/ui\/runs\//);
    const runs = (await (await fetch(`${url}/runs?pipeline=clients`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as {
      runs: { tenant: string; trigger: string; status: string }[];
    };
    expect(runs.runs).toEqual([expect.objectContaining({ tenant: 'acme', trigger: 'page', status: 'succeeded' })]);
    expect(rows(join(dir, 'clients.db'), 'select distinct client from customers')).toEqual([{ client: 'acme' }]);
  });

  it('replays a quarantined record with its button, and rolls a cursor back', async () => {
    await page.goto(`${url}/ui/pipelines/crm`);
    const quarantine = page.getByRole('region', { name: 'Open quarantined records, oldest first' });
    await expect(quarantine.innerText()).resolves.toContain('plan: must be one of: free (got "pro")');
    await page.getByRole('button', { name: 'Replay record 9001 of customers' }).click();
    await page.locator('#run-status', { hasText: 'succeeded' }).waitFor();
    expect(rows(join(dir, 'crm.db'), 'select email from customers where id = 9001')).toEqual([{ email: 'late@example.com' }]);
    await page.goto(`${url}/ui/pipelines/crm`);
    await page.getByText('Nothing in quarantine.').waitFor();

    // The cursor the first run committed; reset it, then roll back to that run: the history says who did what.
    const cursorRow = page.locator('#cursors tbody tr', { hasText: 'customers' });
    const committed = (await cursorRow.locator('td').nth(3).innerText()).trim();
    await cursorRow.getByRole('button', { name: /Reset the cursor of customers/ }).click();
    await page.getByText('No stored cursors').waitFor();
    const history = await page.getByRole('region', { name: 'Cursor history, newest first' }).innerText();
    expect(history).toMatch(/customers\s+reset\s+\(none\)\s+page:Ana/);
    const runs = (await (await fetch(`${url}/runs?pipeline=crm`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as {
      runs: { id: string; trigger: string }[];
    };
    const apiRun = runs.runs.find((r) => r.trigger === 'api')!.id;
    const back = await fetch(`${url}/pipelines/crm/cursors/rollback`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ stream: 'customers', to: apiRun, actor: 'ops-bot' }),
    });
    expect(back.status).toBe(200);
    await page.reload();
    await expect(page.locator('#cursors tbody tr', { hasText: 'customers' }).locator('td').nth(3).innerText()).resolves.toBe(committed);
    await expect(page.getByRole('region', { name: 'Cursor history, newest first' }).innerText()).resolves.toMatch(
      new RegExp(`customers\\s+rollback\\s+${committed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+api:ops-bot\\s+to run ${apiRun}`),
    );
  });
});
