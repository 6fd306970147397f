import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeCrm, type FakeCrm } from '../../../examples/quickstart/fake-crm-api.js';
import { main } from '../src/main.js';
import { createControlPlane } from '../src/ops/control-plane.js';
import { openProcess, rows, tempDir, waitFor, writePipeline } from './_ops-fixture.js';

const CRM_TOKEN = 'crm-token-ops-commands-9090';
const API_TOKEN = 'api-token-ops-commands-4c1d2e';

const pipeline = (name: string, schedule = '{ every: 1h }') => `version: 1
name: ${name}
schedule: ${schedule}
connections:
  crm:
    type: http
    base_url: \${env.CRM_URL}
    auth: { type: bearer, token: "\${env.CRM_TOKEN}" }
  warehouse: { type: sqlite, path: ./${name}.db }
streams:
  customers:
    primary_key: [id]
    source: { connection: crm, path: /v1/customers, records_path: data, pagination: { type: page, size_param: per_page, size: 50 } }
    transforms:
      - map: { id: id, email: email }
    sink: { connection: warehouse, table: customers, mode: upsert, key: [id], columns: { id: integer, email: text } }
`;

let dir: string;
let crm: FakeCrm;
beforeEach(async () => {
  dir = tempDir();
  crm = await startFakeCrm({ token: CRM_TOKEN, customers: 60 });
});
afterEach(async () => {
  await crm.close();
});

/** Runs a long-running command in process until `until` holds, then sends it the shutdown signal. */
async function runUntil(args: string[], until: (stderr: string) => boolean | Promise<boolean>, env: Record<string, string> = {}) {
  const controller = new AbortController();
  let stderr = '';
  const io = {
    stdout: { write: (t: string) => (stderr += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: dir,
    env: { CRM_URL: crm.url, CRM_TOKEN, ...env },
    color: false,
  };
  let code: number | undefined;
  const exit = main(args, io, controller.signal).then((c) => (code = c));
  await waitFor(async () => code !== undefined || (await until(stderr)), `${args[0]} to get there`);
  controller.abort();
  await exit;
  return { code, stderr };
}

describe('syncengine schedule', () => {
  it('runs what is due, then on SIGINT stops and exits 0', async () => {
    const files = [
      writePipeline(dir, 'hourly', pipeline('hourly')),
      writePipeline(dir, 'nightly', pipeline('nightly', '{ cron: "0 3 * * *" }')),
    ];
    const { code, stderr } = await runUntil(['schedule', ...files, '--check-every', '20ms', '--no-logs'], (err) =>
      /run \S+ of hourly succeeded/.test(err),
    );
    expect(code, stderr).toBe(0);
    expect(rows(join(dir, 'hourly.db'), 'select count(*) as n from customers')).toEqual([{ n: 60 }]);
    // The cron pipeline never ran and waits for 03:00; the interval one ran once.
    expect(stderr).toContain('[schedule] hourly: every 1h');
    expect(stderr).toContain('[schedule] nightly: cron 0 3 * * * (UTC)');
    expect(stderr).toMatch(/\[schedule\] hourly is due \(every 1h; last success never\)/);
    expect(stderr).not.toMatch(/nightly is due/);
    expect(stderr.match(/run \S+ of hourly started/g)).toHaveLength(1);
    expect(stderr).toMatch(/stopping: running runs finish their current batch and save their state\n.*stopped\n$/);
  });

  it('refuses bad options and pipelines that cannot be operated together (exit 2)', async () => {
    const file = writePipeline(dir, 'hourly', pipeline('hourly'));
    const twin = writePipeline(dir, 'twin', pipeline('hourly'));
    const bad = await runUntil(['schedule', file, '--check-every', 'soon'], () => false);
    expect(bad).toMatchObject({ code: 2, stderr: 'error --check-every soon: write a number with a unit, e.g. 500ms, 30s, 15m, 6h\n' });
    const dup = await runUntil(['schedule', file, twin, '--no-logs'], () => false);
    expect(dup).toMatchObject({ code: 2, stderr: 'error two pipelines are named "hourly"; give one of them another name\n' });
    const cron = writePipeline(dir, 'broken', pipeline('broken', '{ cron: "every tuesday" }'));
    const badCron = await runUntil(['schedule', cron, '--no-logs'], () => false);
    expect(badCron.code).toBe(2);
    expect(badCron.stderr).toMatch(/^\S*broken\.yaml:3:19 schedule\.cron: "every tuesday" is not a cron expression: /);
  });
});

describe('syncengine serve --schedule', () => {
  it('runs the scheduler in the same process: scheduled runs show in GET /runs', async () => {
    const file = writePipeline(dir, 'hourly', pipeline('hourly'));
    let url = '';
    const { code, stderr } = await runUntil(
      ['serve', file, '--schedule', '--port', '0', '--check-every', '20ms', '--no-logs'],
      async (err) => {
        url ||= /listening on (http:\/\/\S+)/.exec(err)?.[1] ?? '';
        if (!url) return false;
        const res = await fetch(`${url}/runs?pipeline=hourly&status=succeeded`, { headers: { authorization: `Bearer ${API_TOKEN}` } });
        const body = (await res.json()) as { runs: { trigger: string }[] };
        return body.runs.length === 1 && body.runs[0]!.trigger === 'schedule';
      },
      { SYNCENGINE_API_TOKEN: API_TOKEN },
    );
    expect(code, stderr).toBe(0);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  });

  it('GET /health answers 503 when the state store cannot be reached', async () => {
    const p = await openProcess([writePipeline(dir, 'hourly', pipeline('hourly'))], join(dir, 'state.db'), { CRM_URL: crm.url, CRM_TOKEN });
    const app = createControlPlane({ pipelines: p.pipelines, queue: p.queue, metrics: p.metrics, token: API_TOKEN });
    expect((await app.request('/health')).status).toBe(200);
    await p.queue.close();
    await p.pipelines.close();
    const res = await app.request('/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', state: expect.any(String) });
  });
});
