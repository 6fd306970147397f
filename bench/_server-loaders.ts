/**
 * The hand-written PostgreSQL and MySQL loaders the write-path benchmark compares syncengine with:
 * what a careful engineer writes for one API and one table. Keep-alive fetch with `inFlight` pages
 * requested at once, one transaction per page, one multi-row upsert per page whose text is built once.
 */
import pg from 'pg';
import { createPool } from 'mysql2/promise';

type Item = { id: number; code: string; name: string; price: string; qty: number; warehouse: string; updated_at: string };
const COLUMNS = ['id', 'code', 'name', 'price', 'qty', 'warehouse', 'updated_at'] as const;

/** Reads the offset API page after page, `inFlight` requests ahead, handing each page to `writePage` in order. */
export async function eachPage(
  options: { url: string; pageSize: number; inFlight: number },
  writePage: (items: Item[]) => Promise<void> | void,
): Promise<number> {
  const fetchPage = async (offset: number): Promise<Item[]> => {
    const response = await fetch(`${options.url}/items?offset=${offset}&limit=${options.pageSize}`);
    if (!response.ok) throw new Error(`GET offset ${offset}: ${response.status}`);
    return ((await response.json()) as { data: Item[] }).data;
  };
  let written = 0;
  let next = 0;
  const window: Promise<Item[]>[] = [];
  const request = () => {
    window.push(fetchPage(next));
    next += options.pageSize;
  };
  for (let i = 0; i < options.inFlight; i++) request();
  while (window.length) {
    const items = await window.shift()!;
    if (items.length === 0) break;
    request();
    await writePage(items);
    written += items.length;
    if (items.length < options.pageSize) break;
  }
  await Promise.allSettled(window);
  return written;
}

const flat = (items: Item[], instant: (iso: string) => string) => {
  const params: unknown[] = [];
  for (const r of items) params.push(r.id, r.code, r.name, Number(r.price), r.qty, r.warehouse, instant(r.updated_at));
  return params;
};

/** PostgreSQL: `INSERT ... VALUES (...), (...) ON CONFLICT (id) DO UPDATE`, the text built once per page size. */
export async function loadOffsetApiIntoPostgres(options: {
  url: string;
  dbUrl: string;
  table: string;
  pageSize: number;
  inFlight: number;
}) {
  const client = new pg.Client({ connectionString: options.dbUrl });
  await client.connect();
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${options.table} (id integer PRIMARY KEY, code text, name text, price double precision, qty integer, warehouse text, updated_at timestamptz)`,
  );
  const texts = new Map<number, string>();
  const textFor = (n: number) => {
    let text = texts.get(n);
    if (!text) {
      const rows = Array.from({ length: n }, (_, i) => `(${COLUMNS.map((_, j) => `$${i * COLUMNS.length + j + 1}`).join(', ')})`);
      text = `INSERT INTO ${options.table} (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')} ON CONFLICT (id) DO UPDATE SET ${COLUMNS.slice(
        1,
      )
        .map((c) => `${c} = excluded.${c}`)
        .join(', ')}`;
      texts.set(n, text);
    }
    return text;
  };
  try {
    return await eachPage(options, async (items) => {
      await client.query('BEGIN');
      await client.query(
        textFor(items.length),
        flat(items, (iso) => iso),
      );
      await client.query('COMMIT');
    });
  } finally {
    await client.end();
  }
}

/** MySQL / MariaDB: `INSERT ... VALUES (...), (...) ON DUPLICATE KEY UPDATE`, the text built once per page size. */
export async function loadOffsetApiIntoMysql(options: { url: string; dbUrl: string; table: string; pageSize: number; inFlight: number }) {
  const pool = createPool({ uri: options.dbUrl, connectionLimit: 1, timezone: 'Z' });
  const connection = await pool.getConnection();
  await connection.query(
    `CREATE TABLE IF NOT EXISTS ${options.table} (id int PRIMARY KEY, code longtext, name longtext, price double, qty int, warehouse longtext, updated_at datetime(3)) DEFAULT CHARACTER SET utf8mb4`,
  );
  const texts = new Map<number, string>();
  const textFor = (n: number) => {
    let text = texts.get(n);
    if (!text) {
      const row = `(${COLUMNS.map(() => '?').join(', ')})`;
      text = `INSERT INTO ${options.table} (${COLUMNS.join(', ')}) VALUES ${Array(n).fill(row).join(', ')} ON DUPLICATE KEY UPDATE ${COLUMNS.slice(
        1,
      )
        .map((c) => `${c} = VALUES(${c})`)
        .join(', ')}`;
      texts.set(n, text);
    }
    return text;
  };
  try {
    return await eachPage(options, async (items) => {
      await connection.beginTransaction();
      await connection.query(
        textFor(items.length),
        flat(items, (iso) => iso.replace('T', ' ').replace('Z', '')),
      );
      await connection.commit();
    });
  } finally {
    connection.release();
    await pool.end();
  }
}
