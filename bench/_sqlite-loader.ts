/**
 * The hand-written loader the benchmarks compare syncengine with: what a careful engineer writes
 * for one API and one table. Keep-alive fetch with `inFlight` pages requested at once (offsets are
 * known in advance), one transaction per page, a prepared upsert statement.
 */
import Database from 'better-sqlite3';

export async function loadOffsetApiIntoSqlite(options: { url: string; dbPath: string; pageSize: number; inFlight: number }) {
  const db = new Database(options.dbPath);
  db.pragma('journal_mode = WAL');
  db.exec(
    'CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, code TEXT, name TEXT, price REAL, qty INTEGER, warehouse TEXT, updated_at TEXT)',
  );
  const upsert = db.prepare(
    `INSERT INTO items (id, code, name, price, qty, warehouse, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, price = excluded.price, qty = excluded.qty,
     warehouse = excluded.warehouse, updated_at = excluded.updated_at`,
  );
  type Item = { id: number; code: string; name: string; price: string; qty: number; warehouse: string; updated_at: string };
  const writePage = db.transaction((items: Item[]) => {
    for (const r of items) upsert.run(r.id, r.code, r.name, Number(r.price), r.qty, r.warehouse, r.updated_at);
  });
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
    writePage(items);
    written += items.length;
    if (items.length < options.pageSize) break;
  }
  await Promise.allSettled(window);
  db.close();
  return written;
}
