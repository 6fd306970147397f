/**
 * Shared setup of the seed 001 end-to-end tests (shopify-to-db, amazon-to-db): a scratch PostgreSQL
 * database holding the seed's `client_api_credentials` and `client_api_sync_results` tables, a copy
 * of a shipped pipeline pointed at a fake, and the CLI run in-process.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { adminDb, checkDatabase, scratchDatabaseName, TEST_URLS } from '../../packages/engine/test/_databases.js';
import { runCli } from '../_cli.js';
import { main } from '../../packages/cli/src/main.js';

export { checkDatabase };

/** The seed's tables, as a client database already has them (plus `error_message` and `run_id` on the results). */
export const SEED_TABLES_DDL = [
  `CREATE TABLE client_api_credentials (
     credential_id uuid PRIMARY KEY,
     client_id uuid NOT NULL,
     platform_type text NOT NULL,
     credentials jsonb NOT NULL,
     status text NOT NULL DEFAULT 'pending',
     last_sync_at timestamptz,
     next_sync_at timestamptz,
     sync_frequency_hours integer DEFAULT 24,
     error_message text
   )`,
  `CREATE TABLE client_api_sync_results (
     id bigserial PRIMARY KEY,
     client_id uuid NOT NULL,
     credential_id uuid NOT NULL,
     platform_type text NOT NULL,
     records_fetched integer,
     records_stored integer,
     sync_duration_seconds double precision,
     success boolean,
     data_types_synced jsonb,
     sync_triggered_by text,
     error_message text,
     run_id text,
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
];

/** A database of its own for one test file, created on the test server and dropped at the end. */
export interface ScratchDatabase {
  readonly name: string;
  /** Its URL, with the password. */
  readonly url: string;
  /** A password, which (the test server trusting local users) only tests masking. */
  readonly password: string;
  /** The pipelines' environment (`SUPABASE_DB_*`) and `--var`s (`db_*`) that point them here. */
  readonly env: Record<string, string>;
  readonly vars: string[];
  readonly db: Kysely<any>;
  drop(): Promise<void>;
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const name = scratchDatabaseName('postgres', prefix);
  const admin = adminDb('postgres');
  try {
    await sql.raw(`CREATE DATABASE ${name}`).execute(admin);
  } finally {
    await admin.destroy();
  }
  const db = adminDb('postgres', { database: name });
  for (const ddl of SEED_TABLES_DDL) await sql.raw(ddl).execute(db);
  const password = `pg-secret-${randomBytes(6).toString('hex')}`;
  const url = new URL(TEST_URLS.postgres);
  url.pathname = `/${name}`;
  url.password = password;
  return {
    name,
    url: url.toString(),
    password,
    env: { SUPABASE_DB_USER: decodeURIComponent(url.username), SUPABASE_DB_HOST: url.hostname, SUPABASE_DB_PASSWORD: password },
    vars: ['--var', `db_port=${url.port || '5432'}`, '--var', `db_name=${name}`, '--var', 'db_sslmode=disable'],
    db,
    async drop() {
      await db.destroy();
      const again = adminDb('postgres');
      try {
        await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(again);
      } finally {
        await again.destroy();
      }
    },
  };
}

/** One row of `client_api_credentials`. */
export interface CredentialRow {
  credential_id: string;
  client_id: string;
  platform_type: string;
  credentials: Record<string, unknown>;
  sync_frequency_hours: number | null;
}

export function credentialRow(platform: string, credentials: Record<string, unknown>, frequencyHours: number | null): CredentialRow {
  return {
    credential_id: randomUUID(),
    client_id: randomUUID(),
    platform_type: platform,
    credentials,
    sync_frequency_hours: frequencyHours,
  };
}

export async function insertCredentials(db: Kysely<any>, rows: CredentialRow[]): Promise<void> {
  await db
    .insertInto('client_api_credentials')
    .values(rows.map((r) => ({ ...r, credentials: JSON.stringify(r.credentials) })))
    .execute();
}

/** The per-client table the pipelines write, by client id. */
export const clientTable = (clientId: string): string => `client_${clientId.replace(/-/g, '_')}_data`;

/** A client's rows, grouped by data type, each as `source_id -> data`. */
export async function clientData(db: Kysely<any>, clientId: string): Promise<Map<string, Map<string, unknown>>> {
  const rows = (await db.selectFrom(clientTable(clientId)).selectAll().orderBy('source_id').execute()) as {
    data_type: string;
    source_id: string;
    data: unknown;
  }[];
  const out = new Map<string, Map<string, unknown>>();
  for (const row of rows) {
    const byId = out.get(row.data_type) ?? new Map<string, unknown>();
    byId.set(row.source_id, row.data);
    out.set(row.data_type, byId);
  }
  return out;
}

export async function tableExists(db: Kysely<any>, table: string): Promise<boolean> {
  const found = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_name = ${table}`.execute(db);
  return (found.rows[0]?.n ?? 0) > 0;
}

/**
 * Copies a shipped pipeline into a fresh directory, adding `lines` under the connection `connection`
 * (e.g. the fake's `base_url`); nothing else changes. Returns the copy's path.
 */
export function pipelineCopy(file: string, connection: string, lines: Record<string, string>): string {
  const original = readFileSync(file, 'utf8');
  const anchor = new RegExp(`^  ${connection}:\\n    type: .*\\n`, 'm');
  const match = anchor.exec(original);
  if (!match) throw new Error(`no connection ${connection} in ${file}`);
  const extra = Object.entries(lines)
    .map(([k, v]) => `    ${k}: ${JSON.stringify(v)}\n`)
    .join('');
  const dir = mkdtempSync(join(tmpdir(), 'seed001-'));
  const copy = join(dir, file.split('/').pop()!);
  writeFileSync(copy, original.slice(0, match.index + match[0].length) + extra + original.slice(match.index + match[0].length));
  return copy;
}

/** `syncengine <args>` in-process, with the environment a deployment would set. */
export function cli(args: string[], env: Record<string, string>, signal?: AbortSignal) {
  return runCli(args, env, signal);
}

/** The summary table's rows: `tenant stream status read written inserted updated unchanged rejected`. */
export function summaryRows(
  stdout: string,
): { tenant: string; stream: string; status: string; read: number; written: number; inserted: number; unchanged: number }[] {
  return stdout
    .split('\n')
    .map((line) => /^(\S+)\s+(\S+)\s+(succeeded|failed|skipped|aborted)\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+\s+(\d+)\s+\d+/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      tenant: m[1]!,
      stream: m[2]!,
      status: m[3]!,
      read: Number(m[4]),
      written: Number(m[5]),
      inserted: Number(m[6]),
      unchanged: Number(m[7]),
    }));
}

/** A cursor minus the look-back, as the `iso` since format writes it: `2024-05-28T01:55:00Z`. */
export function isoMinus(cursor: string, ms: number): string {
  return new Date(Date.parse(cursor) - ms).toISOString().replace(/\.000Z$/, 'Z');
}

/** The secrets (and their URL-encoded forms) that appear in `text`; a test expects none. */
export function secretsIn(text: string, secrets: string[]): string[] {
  return secrets.filter((s) => text.includes(s) || text.includes(encodeURIComponent(s)));
}

/** Waits until `check` is true, polling every 20 ms; fails naming `what` after `timeoutMs`. */
import { waitFor } from '../_wait.js';

export { waitFor };

/** `syncengine serve <args> --port 0` in-process: its URL, its output so far, and `stop()` (its exit code). */
export async function serve(args: string[], env: Record<string, string>) {
  const controller = new AbortController();
  let output = '';
  let exited: number | undefined;
  const write = { write: (t: string) => (output += t) };
  const exit = main(
    ['serve', ...args, '--port', '0'],
    { stdout: write, stderr: write, cwd: process.cwd(), env, color: false },
    controller.signal,
  );
  void exit.then((code) => (exited = code));
  await waitFor(() => exited !== undefined || /listening on http:\/\/\S+/.test(output), 'serve to listen', 15_000);
  if (exited !== undefined) throw new Error(`serve exited with ${exited}: ${output}`);
  return {
    url: /listening on (http:\/\/\S+)/.exec(output)![1]!,
    output: () => output,
    stop: () => (controller.abort(), exit),
  };
}
