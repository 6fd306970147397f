import type { RowCondition, RowQuery, RowWhere, StateDriver, StateRowAccess } from './state-driver.js';
import { STATE_TABLES, type StateTable } from './state-tables.js';

type Row = Record<string, unknown>;
/** What a transaction changed, to undo when it fails: each row as it was before (undefined: there was none), by table and key. */
type Undo = Map<string, { table: Map<string, Row>; key: string; before: Row | undefined }>;

/**
 * A state driver that keeps its rows in Maps, in this process only: for tests, one-off scripts and
 * dry runs, and the smallest example of a driver (docs/library.md, "Writing a state driver").
 * Operations run one at a time; a transaction holds the others off until it ends, and is undone when it throws.
 *
 * @example
 * ```ts
 * const state = await createStateStore(createMemoryStateDriver())
 * ```
 */
export function createMemoryStateDriver(): StateDriver {
  const tables = new Map<StateTable, Map<string, Row>>();
  const tableOf = (name: StateTable) => {
    let table = tables.get(name);
    if (!table) tables.set(name, (table = new Map()));
    return table;
  };
  const keyOf = (name: StateTable, row: Row) => JSON.stringify((STATE_TABLES[name].key as readonly string[]).map((c) => row[c]));

  const access = (undo: Undo | undefined): StateRowAccess => {
    const write = (name: StateTable, key: string, row: Row | undefined) => {
      const table = tableOf(name);
      const change = `${name} ${key}`;
      if (undo && !undo.has(change)) undo.set(change, { table, key, before: table.get(key) });
      if (row) table.set(key, row);
      else table.delete(key);
    };
    const matching = (name: StateTable, where: RowWhere<Row> | undefined) => [...tableOf(name)].filter(([, row]) => matches(row, where));
    return {
      list: async (name, query = {}) => select([...tableOf(name).values()], query as unknown as RowQuery<Row>) as never,
      async put(name, rows) {
        for (const row of rows) write(name, keyOf(name, row as unknown as Row), { ...row });
      },
      async insert(name, row) {
        const key = keyOf(name, row as unknown as Row);
        if (tableOf(name).has(key)) return false;
        write(name, key, { ...row });
        return true;
      },
      async update(name, where, changes) {
        const found = matching(name, where as RowWhere<Row>);
        for (const [key, row] of found) write(name, key, { ...row, ...changes });
        return found.length;
      },
      async delete(name, where) {
        const found = matching(name, where as RowWhere<Row>);
        for (const [key] of found) write(name, key, undefined);
        return found.length;
      },
    };
  };

  // One operation at a time: each waits for the one before (a transaction included) to end.
  let last: Promise<unknown> = Promise.resolve();
  const serial = <R>(fn: () => Promise<R>): Promise<R> => {
    const run = last.then(fn, fn);
    last = run.catch(() => {});
    return run;
  };
  const rows = access(undefined);
  return {
    list: (name, query) => serial(() => rows.list(name, query)),
    put: (name, values) => serial(() => rows.put(name, values)),
    insert: (name, row) => serial(() => rows.insert(name, row)),
    update: (name, where, changes) => serial(() => rows.update(name, where, changes)),
    delete: (name, where) => serial(() => rows.delete(name, where)),
    transaction: (fn) =>
      serial(async () => {
        const undo: Undo = new Map();
        try {
          return await fn(access(undo));
        } catch (error) {
          for (const { table, key, before } of undo.values()) {
            if (before) table.set(key, before);
            else table.delete(key);
          }
          throw error;
        }
      }),
    close: async () => {},
  };
}

/** The rows that meet `query.where`, sorted and limited, as copies. */
function select(rows: Row[], query: RowQuery<Row>): Row[] {
  const found = rows.filter((row) => matches(row, query.where));
  const order = query.orderBy ?? [];
  found.sort((a, b) => {
    for (const [column, direction] of order) {
      const x = a[column] as string | number;
      const y = b[column] as string | number;
      if (x !== y) return (x < y ? -1 : 1) * (direction === 'desc' ? -1 : 1);
    }
    return 0;
  });
  return found.slice(0, query.limit ?? found.length).map((row) => ({ ...row }));
}

function matches(row: Row, where: RowWhere<Row> | undefined): boolean {
  for (const [column, condition] of Object.entries(where ?? {}) as [string, RowCondition<unknown>][]) {
    if (condition === undefined) continue;
    const value = row[column];
    if (Array.isArray(condition)) {
      if (!condition.includes(value)) return false;
    } else if (typeof condition === 'object' && condition !== null && 'atMost' in condition) {
      if (!((value as number) <= (condition.atMost as number))) return false;
    } else if (value !== condition) return false;
  }
  return true;
}
