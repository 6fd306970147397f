import type { WriteCase } from './_write-case.js';

const connectionBlock = (c: WriteCase, sqliteFile: string) =>
  c.dialect === 'sqlite' ? `{ type: sqlite, path: ./${sqliteFile} }` : `{ type: ${c.dialect}, url: "${c.dbUrl}", pool_size: 2 }`;

/**
 * The bench's pipeline: the offset API into table `bench_engine` (SQLite: of `sqliteFile`), upsert on `id`, pages
 * of 1,000. It names the API's `total`, so that syncengine requests pages ahead (`read_ahead`, default 4) as the
 * loader does; without a total the source asks for one page at a time.
 */
export const pipelineYaml = (c: WriteCase, sqliteFile = 'syncengine.db') => `
version: 1
name: write_path
defaults: { batch_size: 1000 }
connections:
  api: { type: http, base_url: "${c.url}" }
  db: ${connectionBlock(c, sqliteFile)}
streams:
  items:
    source:
      connection: api
      path: /items
      records_path: data
      pagination: { type: offset, offset_param: offset, size_param: limit, size: 1000, total_path: total }
    transforms:
      - map:
          id: id
          code: code
          name: name
          price: { expr: { number: [{ var: price }] } }
          qty: qty
          warehouse: warehouse
          updated_at: updated_at
    sink:
      connection: db
      table: bench_engine
      mode: upsert
      key: [id]
      columns: { id: integer, code: text, name: text, price: number, qty: integer, warehouse: text, updated_at: timestamp }
`;
