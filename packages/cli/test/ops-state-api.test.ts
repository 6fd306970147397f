import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createControlPlane } from '../src/ops/control-plane.js';
import { createRunLogBook } from '../src/ops/run-log-book.js';
import { startFakeCrm, type FakeCrm } from '../../../examples/quickstart/fake-crm-api.js';
import { openProcess, rows, tempDir, writePipeline, type OpsProcess } from './_ops-fixture.js';

const TOKEN = 'state-api-token-5f1e2d3c';
const CRM_TOKEN = 'state-api-crm-token';
const CRM = `version: 1
name: crm
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
      - map: { id: id, email: email, updated_at: updated_at }
    sink: { connection: warehouse, table: customers, mode: upsert, key: [id], columns: { id: integer, email: text, updated_at: text } }
`;

let dir: string;
let crm: FakeCrm;
let ops: OpsProcess;
let app: ReturnType<typeof createControlPlane>;
const logBook = createRunLogBook();

beforeEach(async () => {
  dir = tempDir();
  crm = await startFakeCrm({ token: CRM_TOKEN, customers: 30 });
  ops = await openProcess(
    [writePipeline(dir, 'crm', CRM)],
    join(dir, 'state.db'),
    { CRM_URL: crm.url, CRM_TOKEN },
    { observers: [logBook] },
  );
  app = createControlPlane({ pipelines: ops.pipelines, queue: ops.queue, metrics: ops.metrics, token: TOKEN, logBook });
});
afterEach(async () => {
  await ops.close();
  await crm.close();
});

const call = async (method: string, path: string, body?: unknown) => {
  const res = await app.request(path, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as any };
};

it('lists, sets, resets and rolls back cursors, with their history and who changed them', async () => {
  const run = await call('POST', '/pipelines/crm/runs', { force: true });
  await ops.queue.idle();
  const { body: listed } = await call('GET', '/pipelines/crm/cursors');
  const committed = listed.cursors[0].value as string;
  expect(listed.cursors).toEqual([expect.objectContaining({ pipeline: 'crm', stream: 'customers', value: committed })]);

  expect(await call('PUT', '/pipelines/crm/cursors', { stream: 'customers', value: '2020-01-01T00:00:00Z', actor: 'ana' })).toMatchObject({
    status: 200,
    body: { before: committed, value: '2020-01-01T00:00:00Z', actor: 'api:ana' },
  });
  expect((await call('DELETE', '/pipelines/crm/cursors', { stream: 'customers' })).body).toMatchObject({ value: null, actor: 'api' });
  expect((await call('GET', '/pipelines/crm/cursors')).body.cursors).toEqual([]);
  const back = await call('POST', '/pipelines/crm/cursors/rollback', { stream: 'customers', to: run.body.runId });
  expect(back).toMatchObject({ status: 200, body: { value: committed, restored: { runId: run.body.runId } } });

  const { body: history } = await call('GET', '/pipelines/crm/cursors/history?stream=customers');
  expect(history.history.map((e: any) => [e.action, e.actor])).toEqual([
    ['rollback', 'api'],
    ['reset', 'api'],
    ['set', 'api:ana'],
    ['commit', 'run:api'],
  ]);
  expect((await call('POST', '/pipelines/crm/cursors/rollback', { stream: 'customers', to: 'nope' })).status).toBe(409);
  expect(await call('PUT', '/pipelines/crm/cursors', { stream: 'orders', value: 1 })).toMatchObject({
    status: 400,
    body: { problems: ['body.stream: unknown stream "orders"; the pipeline has: customers'] },
  });
  expect((await call('PUT', '/pipelines/crm/cursors', { stream: 'customers', valeu: 1 })).body.problems).toEqual([
    'body: unknown field "valeu"',
  ]);

  const logs = await call('GET', `/runs/${run.body.runId}/logs`);
  expect(logs.body.lines.map((l: any) => l.message)).toContain('stream customers succeeded: 30 read, 30 written, 0 rejected');
  expect((await app.request('/pipelines/crm/cursors')).status).toBe(401);
});

it('lists the quarantine and replays a record', async () => {
  await ops.pipelines.get('crm')!.state.quarantine.put([
    {
      id: 'q1',
      pipeline: 'crm',
      stream: 'customers',
      runId: 'old',
      recordKey: '777',
      record: { id: 777, email: 'q@example.com', updated_at: '2026-01-01T00:00:00.000Z' },
      reasons: ['email: bad'],
    },
  ]);
  expect((await call('GET', '/pipelines/crm/quarantine')).body.records).toEqual([
    expect.objectContaining({ id: 'q1', reasons: ['email: bad'] }),
  ]);
  expect((await call('POST', '/pipelines/crm/quarantine/replay', { ids: ['nope'] })).status).toBe(404);
  const replay = await call('POST', '/pipelines/crm/quarantine/replay', { ids: ['q1'] });
  expect(replay).toMatchObject({ status: 202, body: { runs: [{ records: 1 }] } });
  await ops.queue.idle();
  expect(rows(join(dir, 'crm.db'), 'select email from customers where id = 777')).toEqual([{ email: 'q@example.com' }]);
  expect((await call('GET', '/pipelines/crm/quarantine')).body.records).toEqual([]);
  expect((await call('GET', `/runs/${replay.body.runId}`)).body).toMatchObject({ trigger: 'replay', status: 'succeeded' });
});
