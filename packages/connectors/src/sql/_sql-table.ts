import { sql, type Kysely } from 'kysely';
import type { ConsolaInstance } from 'consola';
import { hasTemplate, parseTemplate, SinkError } from '@syncengine/engine';
import { columnTypeOf, type ColumnSpec, type SqlDialectAdapter } from './sql-dialect-adapter.js';
import { isSafeIdentifier, type SqlSinkOptions } from './sql-schema.js';

/** The table a stream writes to, ready for inserts. */
export interface PreparedTable {
  name: string;
  /** Columns to write: the declared ones, or every column of the existing table (typed from the database). */
  columns: ColumnSpec[];
  /** True when `columns:` lists them; otherwise each batch writes only the columns its records have. */
  declared: boolean;
  /** The sink created the table, or will from the first batch (so its primary key is the sink's key). */
  created: boolean;
  /** The table exists; false until the first batch creates a table without declared columns. */
  exists: boolean;
}

/**
 * Renders and checks the table name, then makes sure the table exists with every declared column:
 * creates it when missing, adds missing columns when `add_new_columns` is set, otherwise fails
 * naming what is missing.
 */
export async function prepareTable(
  db: Kysely<any>,
  adapter: SqlDialectAdapter,
  options: SqlSinkOptions,
  render: (value: unknown) => unknown,
  logger: ConsolaInstance,
): Promise<PreparedTable> {
  // Every reference must have a value: `client_${tenant.id}_data` must never quietly become `client__data`.
  if (hasTemplate(options.table)) {
    for (const part of parseTemplate(options.table)) {
      if (typeof part === 'string') continue;
      const value = render(part.raw);
      if (value === undefined || value === null || value === '') {
        throw new SinkError(`[sink:${adapter.name}] table ${JSON.stringify(options.table)}: ${part.raw} has no value in this run`);
      }
    }
  }
  const rendered = render(options.table);
  const name = typeof rendered === 'string' ? rendered : String(rendered ?? '');
  if (!isSafeIdentifier(name)) {
    throw new SinkError(
      `[sink:${adapter.name}] table name ${JSON.stringify(name)} is not a safe identifier: use letters, digits and "_", starting with a letter or "_"`,
    );
  }
  const keys: string[] = options.key ?? [];
  const declared = declaredColumns(options);
  const existing = await adapter.tableColumns(db, name);
  let columns: ColumnSpec[];
  let created = false;
  if (!existing) {
    if (!options.create_table) throw new SinkError(`[sink:${adapter.name}] table "${name}" does not exist (create_table is false)`);
    // Without declared columns, the first batch creates the table (_sql-evolve.ts).
    if (!declared) return { name, columns: [], declared: false, created: true, exists: false };
    await createTable(db, adapter, name, declared, keys);
    logger.info(`created table ${name} (${declared.map((c) => `${c.name} ${adapter.columnType(c)}`).join(', ')})`);
    columns = declared;
    created = true;
  } else if (declared) {
    const have = new Set(existing.map((c) => c.name));
    const missing = declared.filter((c) => !have.has(c.name));
    if (missing.length && !options.add_new_columns) {
      const names = missing.map((c) => `"${c.name}"`).join(', ');
      const them = missing.length > 1 ? 'them' : 'it';
      throw new SinkError(
        `[sink:${adapter.name}] table "${name}" has no column ${names}; add ${them} to the table or remove ${them} from columns:`,
      );
    }
    const missingKeys = missing.filter((c) => c.key);
    if (missingKeys.length) {
      throw new SinkError(
        `[sink:${adapter.name}] table "${name}" has no key column ${missingKeys.map((c) => `"${c.name}"`).join(', ')}; add_new_columns cannot add key columns`,
      );
    }
    for (const column of missing) {
      const added = { ...column, nullable: true };
      await addColumn(db, adapter, name, added);
      logger.info(`added column ${column.name} ${adapter.columnType(added)} to table ${name}`);
    }
    columns = declared;
  } else {
    columns = existing.map((c) => ({
      name: c.name,
      type: columnTypeOf(c.dataType),
      nullable: true,
      ...(keys.includes(c.name) ? { key: true } : {}),
    }));
  }
  const unknownKeys = keys.filter((k) => !columns.some((c) => c.name === k));
  if (unknownKeys.length)
    throw new SinkError(`[sink:${adapter.name}] key column ${unknownKeys.join(', ')} is not among the columns of "${name}"`);
  return { name, columns, declared: declared !== undefined, created, exists: true };
}

function declaredColumns(options: SqlSinkOptions): ColumnSpec[] | undefined {
  if (!options.columns) return undefined;
  const keys: string[] = options.key ?? [];
  return Object.entries(options.columns).map(([name, spec]) => {
    const s = typeof spec === 'string' ? { type: spec } : spec;
    const key = keys.includes(name);
    const column: ColumnSpec = { name, type: s.type, nullable: (s.nullable ?? true) && !key, ...(key ? { key } : {}) };
    if (s.precision !== undefined) column.precision = s.precision;
    if (s.scale !== undefined) column.scale = s.scale;
    return column;
  });
}

/** Adds a (nullable) column to an existing table. */
export async function addColumn(db: Kysely<any>, adapter: SqlDialectAdapter, table: string, column: ColumnSpec): Promise<void> {
  await db.schema
    .alterTable(table)
    .addColumn(column.name, sql.raw(adapter.columnType(column)))
    .execute();
}

/** Creates a table with `columns`, `keys` as its primary key. */
export async function createTable(
  db: Kysely<any>,
  adapter: SqlDialectAdapter,
  table: string,
  columns: ColumnSpec[],
  keys: string[],
): Promise<void> {
  let builder = db.schema.createTable(table).ifNotExists();
  for (const column of columns) {
    builder = builder.addColumn(column.name, sql.raw(adapter.columnType(column)), (c) => (column.nullable ? c : c.notNull()));
  }
  if (keys.length) builder = builder.addPrimaryKeyConstraint(`${table}_pkey`.slice(0, 63), keys as never);
  if (adapter.tableOptions) builder = builder.modifyEnd(sql.raw(adapter.tableOptions));
  await builder.execute();
}
