import { randomBytes } from 'node:crypto';
import { Kysely, MysqlDialect, PostgresDialect, sql } from 'kysely';
import { createPool } from 'mysql2';
import pg from 'pg';

/** The database servers the SQL suites run against. `.ci/run` starts them and creates `test`. */
export type ServerDialect = 'postgres' | 'mysql';

/** Where the servers are; override with SYNCENGINE_TEST_POSTGRES_URL / SYNCENGINE_TEST_MYSQL_URL. */
export const TEST_URLS: Record<ServerDialect, string> = {
  postgres: process.env.SYNCENGINE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  mysql: process.env.SYNCENGINE_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
};

const SERVICE: Record<ServerDialect, string> = { postgres: 'PostgreSQL', mysql: 'MariaDB/MySQL' };

/** Whether a server's suite runs, and why not. */
export interface DatabaseAvailability {
  readonly dialect: ServerDialect;
  /** The server answered. */
  readonly available: boolean;
  /** Run the suite: the server answered, or CI=true (where an unreachable server must fail, not skip). */
  readonly run: boolean;
  /** Throws, naming the service, when the server did not answer; call it in `beforeAll`. */
  require(): void;
}

const probes = new Map<ServerDialect, Promise<DatabaseAvailability>>();

/**
 * Probes a server once per test file. Outside CI an unreachable server skips its suite with a loud
 * warning; under CI=true the suite runs and fails on `require()`.
 */
export function checkDatabase(dialect: ServerDialect): Promise<DatabaseAvailability> {
  let probe = probes.get(dialect);
  if (!probe) {
    probe = (async () => {
      const problem = await reach(dialect);
      const ci = process.env.CI === 'true';
      const where = `${SERVICE[dialect]} at ${TEST_URLS[dialect].replace(/\/\/[^@/]*@/, '//')}`;
      if (problem && !ci) {
        console.warn(
          `\n!!! ${where} is unreachable (${problem}): SKIPPING the ${dialect} suites. Start it (.ci/run does) or set CI=true to make this a failure.\n`,
        );
      }
      return {
        dialect,
        available: !problem,
        run: !problem || ci,
        require() {
          if (problem) throw new Error(`${where} is unreachable (${problem}) and CI=true: start the service (.ci/run does)`);
        },
      };
    })();
    probes.set(dialect, probe);
  }
  return probe;
}

async function reach(dialect: ServerDialect): Promise<string | undefined> {
  const db = adminDb(dialect, { timeoutMs: 3000 });
  try {
    await sql`select 1`.execute(db);
    return undefined;
  } catch (error) {
    const e = error as Error & { code?: string; errors?: Error[] };
    return e.message || e.code || e.errors?.map((x) => x.message).join('; ') || String(error);
  } finally {
    await db.destroy();
  }
}

/** A kysely instance on a test server (the `test` database unless `database` is given), for setup and assertions. */
export function adminDb(dialect: ServerDialect, options: { database?: string; timeoutMs?: number } = {}): Kysely<any> {
  const url = new URL(TEST_URLS[dialect]);
  if (options.database) url.pathname = `/${options.database}`;
  if (dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: url.toString(), max: 3, connectionTimeoutMillis: options.timeoutMs ?? 10_000 });
    pool.on('error', () => {});
    return new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  }
  const pool = createPool({
    uri: url.toString(),
    connectionLimit: 3,
    connectTimeout: options.timeoutMs ?? 10_000,
    timezone: 'Z',
    charset: 'utf8mb4',
  });
  return new Kysely<any>({ dialect: new MysqlDialect({ pool }) });
}

/** A server URL with another database or extra query parameters. */
export function testUrl(dialect: ServerDialect, change: { database?: string; params?: Record<string, string> } = {}): string {
  const url = new URL(TEST_URLS[dialect]);
  if (change.database) url.pathname = `/${change.database}`;
  for (const [k, v] of Object.entries(change.params ?? {})) url.searchParams.set(k, v);
  return url.toString();
}

/** The configured test database's name (`test` unless the URL override names another). */
export function testDatabaseName(dialect: ServerDialect): string {
  return decodeURIComponent(new URL(TEST_URLS[dialect]).pathname.slice(1));
}

/**
 * What a state store opened on the configured server reports as its identity (`databaseIdentity`:
 * scheme, host, port and database, no credentials), for the test database or another one.
 */
export function testIdentity(dialect: ServerDialect, change: { database?: string; port?: number } = {}): string {
  const url = new URL(TEST_URLS[dialect]);
  const port = change.port ?? (url.port ? Number(url.port) : dialect === 'postgres' ? 5432 : 3306);
  return `${dialect}://${url.hostname}:${port}/${change.database ?? testDatabaseName(dialect)}`;
}

/** A fresh name for a table or schema: `prefix_` plus random hex. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

/**
 * A fresh name for a scratch database a test creates next to the configured one: the configured
 * database's name, `prefix_` and random hex (`test_small_state_1a2b3c4d5e`), so several checkouts
 * sharing one server each keep to their own names.
 */
export function scratchDatabaseName(dialect: ServerDialect, prefix: string): string {
  const name = `${testDatabaseName(dialect)}_${uniqueName(prefix)}`;
  if (name.length > 63) throw new Error(`scratch database name ${name} is longer than 63 characters: shorten the prefix`);
  return name;
}
