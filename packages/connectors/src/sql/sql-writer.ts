import { sql, type Kysely } from 'kysely';
import { SinkError, type StreamWriter, type SyncRecord, type WriteResult, type WriterContext } from '@syncengine/engine';
import type { ColumnSpec, SqlDialectAdapter } from './sql-dialect-adapter.js';
import { isSafeIdentifier, type SqlSinkOptions } from './sql-schema.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

/**
 * Opens a writer for one stream on any SQL database. Every batch is written in one
 * transaction; the dialect differences are confined to `adapter`.
 */
export async function openSqlWriter(db: AnyDb, adapter: SqlDialectAdapter, options: SqlSinkOptions, ctx: WriterContext): Promise<StreamWriter> {
  const table = String(ctx.render(options.table) ?? '');
  if (!isSafeIdentifier(table)) {
    throw new SinkError(`[sink:${adapter.name}] table name ${JSON.stringify(table)} is not a safe identifier: use letters, digits and "_", starting with a letter or "_"`);
  }
  const declared = normalizeColumns(options);
  const existing = await tableColumns(db, table);
  let columns: ColumnSpec[];
  if (!existing) {
    if (!declared) throw new SinkError(`[sink:${adapter.name}] table "${table}" does not exist and the stream declares no columns to create it from`);
    if (!options.create_table) throw new SinkError(`[sink:${adapter.name}] table "${table}" does not exist (create_table is false)`);
    await createTable(db, adapter, table, declared, options.key);
    ctx.logger.info(`created table ${table} (${declared.map((c) => `${c.name} ${adapter.columnType(c)}`).join(', ')})`);
    columns = declared;
  } else if (declared) {
    const missing = declared.filter((c) => !existing.has(c.name)).map((c) => c.name);
    if (missing.length) {
      throw new SinkError(`[sink:${adapter.name}] table "${table}" has no column ${missing.map((m) => `"${m}"`).join(', ')}; add ${missing.length > 1 ? 'them' : 'it'} to the table or remove ${missing.length > 1 ? 'them' : 'it'} from columns:`);
    }
    columns = declared;
  } else {
    columns = [...existing].map((name) => ({ name, type: 'text', nullable: true }));
  }
  const keys: string[] = options.key ?? [];
  const unknownKeys = keys.filter((k) => !columns.some((c) => c.name === k));
  if (unknownKeys.length) throw new SinkError(`[sink:${adapter.name}] key column ${unknownKeys.join(', ')} is not among the columns of "${table}"`);

  const nonKeys = columns.filter((c) => !keys.includes(c.name));
  const rowsPerStatement = Math.max(1, Math.min(options.rows_per_statement, Math.floor(adapter.maxParameters / columns.length)));
  const encode = (record: SyncRecord): Row => {
    const row: Row = {};
    for (const column of columns) row[column.name] = adapter.encode(record[column.name], column);
    return row;
  };
  const keyOf = (row: Row) => JSON.stringify(keys.map((k) => normalize(row[k])));

  const insert = async (trx: AnyDb, rows: Row[], onKey: 'error' | 'ignore' | 'update') => {
    for (let i = 0; i < rows.length; i += rowsPerStatement) {
      const chunk = rows.slice(i, i + rowsPerStatement);
      let query = trx.insertInto(table).values(chunk);
      if (onKey === 'ignore') {
        query = adapter.upsertStyle === 'on-conflict' ? query.onConflict((oc) => oc.columns(keys).doNothing()) : query.ignore();
      } else if (onKey === 'update') {
        if (nonKeys.length === 0) {
          query = adapter.upsertStyle === 'on-conflict' ? query.onConflict((oc) => oc.columns(keys).doNothing()) : query.ignore();
        } else if (adapter.upsertStyle === 'on-conflict') {
          query = query.onConflict((oc) =>
            oc.columns(keys).doUpdateSet(Object.fromEntries(nonKeys.map((c) => [c.name, sql`excluded.${sql.ref(c.name)}`]))),
          );
        } else {
          query = query.onDuplicateKeyUpdate(Object.fromEntries(nonKeys.map((c) => [c.name, sql`VALUES(${sql.ref(c.name)})`])));
        }
      }
      await query.execute();
    }
  };

  const existingRows = async (trx: AnyDb, rows: Row[]): Promise<Map<string, Row>> => {
    const found = new Map<string, Row>();
    const perQuery = Math.max(1, Math.floor(adapter.maxParameters / keys.length) - 1);
    for (let i = 0; i < rows.length; i += perQuery) {
      const chunk = rows.slice(i, i + perQuery);
      const selected = await trx
        .selectFrom(table)
        .select(columns.map((c) => c.name))
        .where((eb) =>
          keys.length === 1
            ? eb(keys[0]!, 'in', chunk.map((r) => r[keys[0]!]))
            : eb.or(chunk.map((r) => eb.and(keys.map((k) => eb(k, '=', r[k]))))),
        )
        .execute();
      for (const row of selected as Row[]) found.set(keyOf(row), row);
    }
    return found;
  };

  return {
    async write(records): Promise<WriteResult> {
      const rows = records.map(encode);
      return db.transaction().execute(async (trx) => {
        if (options.mode === 'append') {
          await insert(trx, rows, 'error');
          return { inserted: rows.length, updated: 0, skipped: 0 };
        }
        // Within one batch the last record for a key wins (upsert) or the first does (insert_new).
        const byKey = new Map<string, Row>();
        for (const row of rows) {
          const k = keyOf(row);
          if (options.mode === 'upsert' || !byKey.has(k)) byKey.set(k, row);
        }
        const unique = [...byKey.values()];
        const present = await existingRows(trx, unique);
        const fresh = unique.filter((r) => !present.has(keyOf(r)));
        if (options.mode === 'insert_new') {
          await insert(trx, fresh, 'ignore');
          return { inserted: fresh.length, updated: 0, skipped: rows.length - fresh.length };
        }
        const changed = unique.filter((r) => {
          const old = present.get(keyOf(r));
          return old !== undefined && nonKeys.some((c) => normalize(old[c.name]) !== normalize(r[c.name]));
        });
        await insert(trx, [...fresh, ...changed], 'update');
        return { inserted: fresh.length, updated: changed.length, skipped: rows.length - fresh.length - changed.length };
      });
    },
  };
}

/** Compares stored and new values across driver representations (1 vs true, 12.5 vs "12.50"). */
function normalize(value: unknown): string {
  if (value === null || value === undefined) return '\u0000null';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' || typeof value === 'bigint') return String(Number(value));
  if (typeof value === 'string' && value.trim() !== '' && /^-?\d+(\.\d+)?$/.test(value)) return String(Number(value));
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function normalizeColumns(options: SqlSinkOptions): ColumnSpec[] | undefined {
  if (!options.columns) return undefined;
  return Object.entries(options.columns).map(([name, spec]) => {
    const s = typeof spec === 'string' ? { type: spec } : spec;
    const column: ColumnSpec = { name, type: s.type, nullable: (s.nullable ?? true) && !((options.key ?? []) as string[]).includes(name) };
    if (s.precision !== undefined) column.precision = s.precision;
    if (s.scale !== undefined) column.scale = s.scale;
    return column;
  });
}

async function tableColumns(db: AnyDb, table: string): Promise<Set<string> | undefined> {
  const tables = await db.introspection.getTables();
  const found = tables.find((t) => t.name === table && !t.isView);
  return found ? new Set(found.columns.map((c) => c.name)) : undefined;
}

async function createTable(db: AnyDb, adapter: SqlDialectAdapter, table: string, columns: ColumnSpec[], keys: string[] | undefined): Promise<void> {
  let builder = db.schema.createTable(table).ifNotExists();
  for (const column of columns) {
    builder = builder.addColumn(column.name, sql.raw(adapter.columnType(column)), (c) => (column.nullable ? c : c.notNull()));
  }
  if (keys?.length) builder = builder.addPrimaryKeyConstraint(`${table}_pkey`, keys as never);
  await builder.execute();
}
