import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { createSqliteStateStore } from '@syncengine/engine';
import { startBitcramFake, type BitcramFake, type BitcramFakeOptions, type BitcramStore } from '@syncengine/fakes';
import { adminDb, TEST_URLS, uniqueName } from '../../packages/engine/test/_databases.js';
import { runCli } from '../_cli.js';

/**
 * One Bitcram -> MariaDB scenario: the Bitcram fake, a copy of pipelines/bitcram-to-mysql.yaml in a
 * temporary directory, a stand-in `gcloud` on PATH that plays Secret Manager, and tables and a
 * procedure of their own in the `test` database (unique names, dropped by `close`).
 */
export interface BitcramScenario {
  readonly fake: BitcramFake;
  readonly dir: string;
  readonly pipeline: string;
  /** The table the pipeline replaces (the seed's `raw_item_data`). */
  readonly table: string;
  /** The table `update_mirror_raw_item_data()` rebuilds. */
  readonly mirror: string;
  readonly procedure: string;
  /** What the stand-in `gcloud` answers now (what Secret Manager's `latest` version holds). */
  secret: string;
  /** The environment the CLI gets (the seed's variable names). */
  readonly env: Record<string, string>;
  /** `syncengine run <pipeline> --var ...` in-process; `pipeline` replaces the file run. */
  run(
    args?: string[],
    options?: { env?: Record<string, string>; pipeline?: string },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Logs in to the fake (as the seed's token-updater job does) and stores the token as the secret. */
  rotateToken(): Promise<string>;
  /** The rows of `table`, sorted by id, as plain values (`updated_at` as ISO 8601 UTC text). */
  rows(): Promise<StoredRow[]>;
  /** The rows of the mirror table, sorted by id. */
  mirrorRows(): Promise<Record<string, unknown>[]>;
  /** Every `gcloud` command line the secret provider ran. */
  gcloudCalls(): string[];
  /** When the last recorded run started, from the pipeline's state store. */
  lastRunStartedAt(): Promise<string | undefined>;
  /** Text of every log file the CLI wrote. */
  logs(): string;
  readonly db: Kysely<any>;
  close(): Promise<void>;
}

/** A row of `raw_item_data` as read back. */
export interface StoredRow {
  id: string;
  data: Record<string, unknown>;
  stock: number;
  updated_at: string;
}

const SHIPPED = fileURLToPath(new URL('../../pipelines/bitcram-to-mysql.yaml', import.meta.url));

/** What the seed's merge makes of the fake's data: every price-list row of the checkout, its warehouse's stock or 0. */
export function expectedRows(store: BitcramStore, checkoutNumber = '1'): Omit<StoredRow, 'updated_at'>[] {
  const checkout = store.checkouts.find((c) => c.checkout_number === checkoutNumber);
  if (!checkout) throw new Error(`no checkout ${checkoutNumber}`);
  const stock = store.stockFor(checkout.warehouse.id);
  return (store.priceLists.get(checkout.id) ?? [])
    .map(({ product_id: productId, ...data }) => ({ id: String(productId), data, stock: Math.trunc(stock.get(String(productId)) ?? 0) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Starts a scenario; call `close()` in `afterEach`. */
export async function startBitcramScenario(options: BitcramFakeOptions = {}): Promise<BitcramScenario> {
  const fake = await startBitcramFake(options);
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-bitcram-'));
  const pipeline = join(dir, 'bitcram-to-mysql.yaml');
  copyFileSync(SHIPPED, pipeline);

  // Secret Manager's role: `gcloud secrets versions access latest --secret=... --project=...` prints the secret.
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const secretFile = join(dir, 'secret-manager-latest');
  const callLog = join(dir, 'gcloud-calls.log');
  writeFileSync(
    join(bin, 'gcloud'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> '${callLog}'\n[ "$1 $2 $3 $4" = "secrets versions access latest" ] || { echo "gcloud stand-in: unexpected call: $*" >&2; exit 2; }\ncat '${secretFile}'\n`,
  );
  chmodSync(join(bin, 'gcloud'), 0o755);
  writeFileSync(callLog, '');

  const suffix = uniqueName('bc');
  const table = `raw_item_data_${suffix}`;
  const mirror = `mirror_item_data_${suffix}`;
  const procedure = `update_mirror_raw_item_data_${suffix}`;
  const db = adminDb('mysql');
  // The app's tables as they exist before the first sync, and its procedure (DML only, so it
  // stays inside the load's transaction).
  await sql
    .raw(
      `create table ${table} (id varchar(64) not null primary key, data json, stock int not null default 0, updated_at datetime(3) not null)`,
    )
    .execute(db);
  await sql
    .raw(
      `create table ${mirror} (id varchar(64) not null primary key, name varchar(255) not null, price decimal(12, 2) not null, stock int not null, synced_at datetime(3) not null)`,
    )
    .execute(db);
  await sql
    .raw(
      `create procedure ${procedure}() begin
         delete from ${mirror};
         insert into ${mirror} (id, name, price, stock, synced_at)
           select id, json_unquote(json_extract(data, '$.name')), json_extract(data, '$.price'), stock, updated_at from ${table};
       end`,
    )
    .execute(db);

  const server = new URL(TEST_URLS.mysql);
  const env: Record<string, string> = {
    PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    PROJECT_ID: 'acme-pos',
    SECRET_ID: 'bitcram-token',
    URL_BITCRAM: fake.url,
    CHECKOUT: '1',
    USER_DB: decodeURIComponent(server.username),
    PASSWORD_DB: decodeURIComponent(server.password),
    NAME_DB: server.pathname.slice(1),
  };
  const vars = [
    '--var',
    `db_host=${server.hostname}`,
    '--var',
    `db_port=${server.port || '3306'}`,
    '--var',
    `table=${table}`,
    '--var',
    `mirror_procedure=${procedure}`,
  ];

  const scenario: BitcramScenario = {
    fake,
    dir,
    pipeline,
    table,
    mirror,
    procedure,
    secret: '',
    env,
    run: (args = [], o = {}) => runCli(['run', o.pipeline ?? pipeline, ...vars, ...args], { ...env, ...o.env }),
    async rotateToken() {
      const res = await fetch(`${fake.url}/api/auth/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: fake.store.username, password: fake.store.password }),
      });
      const { token } = (await res.json()) as { token: string };
      scenario.secret = token;
      writeFileSync(secretFile, `${token}\n`);
      return token;
    },
    async rows() {
      const { rows } = await sql<{ id: string; data: unknown; stock: number; at: string }>`
        select id, data, stock, cast(updated_at as char) as at from ${sql.table(table)} order by id`.execute(db);
      return rows.map((r) => ({
        id: r.id,
        data: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as Record<string, unknown>,
        stock: r.stock,
        updated_at: `${r.at.replace(' ', 'T')}Z`,
      }));
    },
    async mirrorRows() {
      const { rows } = await sql<Record<string, unknown>>`select id, name, price, stock from ${sql.table(mirror)} order by id`.execute(db);
      return rows;
    },
    gcloudCalls: () => readFileSync(callLog, 'utf8').split('\n').filter(Boolean),
    async lastRunStartedAt() {
      const state = await createSqliteStateStore({ path: join(dir, '.syncengine', 'state.db') });
      try {
        return (await state.listRuns()).sort((a, b) => a.startedAt.localeCompare(b.startedAt)).at(-1)?.startedAt;
      } finally {
        await state.close();
      }
    },
    logs() {
      const logDir = join(dir, '.syncengine', 'logs');
      return readdirSync(logDir)
        .map((f) => readFileSync(join(logDir, f), 'utf8'))
        .join('\n');
    },
    db,
    async close() {
      try {
        await sql.raw(`drop procedure if exists ${procedure}`).execute(db);
        await sql.raw(`drop table if exists ${table}, ${mirror}`).execute(db);
      } finally {
        await db.destroy();
        await fake.close();
      }
    },
  };
  await scenario.rotateToken();
  return scenario;
}
