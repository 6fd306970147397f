import type { Kysely } from 'kysely';
import type { ConsolaInstance } from 'consola';
import { SinkError, type SyncRecord } from '@syncengine/engine';
import { inferFields, inferType, widenType } from './_sql-infer.js';
import { addColumn, createTable, type PreparedTable } from './_sql-table.js';
import { ValueRefused } from './_sql-values.js';
import type { ColumnSpec, SqlDialectAdapter } from './sql-dialect-adapter.js';
import type { ColumnType, SchemaPolicy, SqlSinkOptions } from './sql-schema.js';

/** A batch after the `schema` policy: the records to encode, and those refused (with the reason) or discarded (no reason). */
export interface Screened {
  records: readonly SyncRecord[];
  skip: ReadonlyMap<number, string | undefined>;
}

/** Where the evolution runs its DDL: `alter` is absent when the table cannot be changed now (MySQL inside a `replace` load). */
export interface EvolveTarget {
  create: Kysely<any>;
  alter?: Kysely<any>;
}

/** Keeps a table without declared columns in step with its records; see the sink's `schema` option. */
export interface TableEvolution {
  /** Creates the table from the first batch, then applies the policy to every batch before it is encoded. */
  screen(records: readonly SyncRecord[], target: EvolveTarget): Promise<Screened>;
}

const NOTHING: ReadonlyMap<number, string | undefined> = new Map();

/** Whether every value inferred as `inferred` can be written to a `column` column as it is. */
function surelyFits(inferred: ColumnType, column: ColumnType): boolean {
  if (inferred === column || column === 'text' || column === 'json') return true;
  if (inferred === 'integer') return column === 'bigint' || column === 'number' || column === 'decimal';
  return inferred === 'number' && column === 'decimal';
}

/**
 * Creates the evolution of one sink's table. With declared `columns` it does nothing: declared columns
 * win. Otherwise the first batch creates the table (fields with only nulls wait for a value; key columns
 * are not null and the primary key), and each later batch is compared with the table's columns: a field
 * the table lacks, or a value its column cannot hold (the dialect's encoding refuses it), is handled by
 * `options.schema`.
 */
export function createTableEvolution(
  adapter: SqlDialectAdapter,
  table: PreparedTable,
  options: SqlSinkOptions,
  logger: ConsolaInstance,
): TableEvolution {
  const tag = `[sink:${adapter.name}]`;
  const keys: string[] = options.key ?? [];
  const policy: SchemaPolicy = options.schema ?? 'evolve';
  const spec = (name: string, type: ColumnType): ColumnSpec =>
    keys.includes(name) ? { name, type, nullable: false, key: true } : { name, type, nullable: true };

  const create = async (records: readonly SyncRecord[], db: Kysely<any>) => {
    const fields = inferFields(records);
    const absent = keys.filter((k) => !fields.has(k));
    if (absent.length)
      throw new SinkError(`${tag} table "${table.name}": key ${absent.map((k) => `"${k}"`).join(', ')} is not a field of the records`);
    const columns = [...fields].flatMap(([name, type]) => (type || keys.includes(name) ? [spec(name, type ?? 'text')] : []));
    await createTable(db, adapter, table.name, columns, keys);
    logger.info(`created table ${table.name} from the records (${columns.map((c) => `${c.name} ${adapter.columnType(c)}`).join(', ')})`);
    table.columns = columns;
    table.exists = true;
  };

  return {
    async screen(records, target) {
      if (table.declared || !records.length) return { records, skip: NOTHING };
      if (!table.exists) {
        await create(records, target.create);
        return { records, skip: NOTHING };
      }
      const byName = new Map(table.columns.map((c) => [c.name, c]));
      const fields = inferFields(records);
      const unknown = new Map<string, ColumnType>();
      for (const [name, type] of fields) if (type && !byName.has(name)) unknown.set(name, type);
      // Per column: the records whose value it cannot hold, and the type that would hold them all.
      const misfits = new Map<string, { rows: number[]; widened: ColumnType }>();
      for (const [name, type] of fields) {
        const column = byName.get(name);
        if (!type || !column || surelyFits(type, column.type)) continue;
        records.forEach((record, index) => {
          const value = record[name];
          try {
            adapter.encode(value, column);
          } catch (error) {
            if (!(error instanceof ValueRefused)) throw error;
            const found = misfits.get(name) ?? { rows: [], widened: column.type };
            found.rows.push(index);
            found.widened = widenType(found.widened, inferType(value) ?? column.type);
            misfits.set(name, found);
          }
        });
      }
      if (!unknown.size && !misfits.size) return { records, skip: NOTHING };

      if (policy === 'evolve') {
        const changes = unknown.size + [...misfits.keys()].filter((name) => !byName.get(name)!.key).length;
        if (changes && !target.alter) {
          throw new SinkError(
            `${tag} table "${table.name}": ${adapter.name} cannot change a table inside a replace load (new or wider columns: ${[...unknown.keys(), ...misfits.keys()].join(', ')}); declare columns, or load once with another mode`,
          );
        }
        for (const [name, type] of unknown) {
          const column = spec(name, type);
          await addColumn(target.alter!, adapter, table.name, { ...column, nullable: true });
          logger.info(`added column ${name} ${adapter.columnType(column)} to table ${table.name}`);
          table.columns.push({ ...column, nullable: true });
        }
        for (const [name, { widened }] of misfits) {
          const column = byName.get(name)!;
          // A key column keeps its type: its misfits are refused when the batch is encoded.
          if (column.key) continue;
          const wider = { ...column, type: widened };
          await adapter.widenColumn(target.alter!, table.name, wider);
          logger.info(`widened column ${name} of table ${table.name} from ${adapter.columnType(column)} to ${adapter.columnType(wider)}`);
          column.type = widened;
        }
        return { records, skip: NOTHING };
      }

      const skip = new Map<number, string | undefined>();
      const dropped = new Map<number, Set<string>>();
      const mark = (index: number, field: string, reason: string) => {
        if (policy === 'discard_columns') dropped.set(index, (dropped.get(index) ?? new Set()).add(field));
        else if (!skip.has(index)) skip.set(index, policy === 'freeze' ? reason : undefined);
      };
      records.forEach((record, index) => {
        for (const name of unknown.keys()) {
          const value = record[name];
          if (value !== undefined && value !== null)
            mark(index, name, `field "${name}" is not a column of table "${table.name}" (schema: freeze)`);
        }
      });
      // Under freeze a value its column cannot hold is refused when the batch is encoded, naming the column.
      if (policy !== 'freeze') {
        for (const [name, { rows }] of misfits) {
          if (!byName.get(name)!.key) for (const index of rows) mark(index, name, '');
        }
      }
      if (policy === 'discard_records' && skip.size)
        logger.warn(`table ${table.name}: ${skip.size} record(s) discarded (schema: discard_records)`);
      if (!dropped.size) return { records, skip };
      const kept = records.map((record, index) => {
        const fields = dropped.get(index);
        if (!fields) return record;
        const copy: SyncRecord = { ...record };
        for (const field of fields) delete copy[field];
        return copy;
      });
      return { records: kept, skip };
    },
  };
}
