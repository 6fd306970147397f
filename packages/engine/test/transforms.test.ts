import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, type RunResult, type StateStore, type StreamResult, type SyncRecord } from '../src/index.js';
import { buildJoinLookup } from '../src/run/_join-lookup.js';
import { datasets, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });

const HEAD = `version: 1
name: tx
defaults: { batch_size: 50 }
connections:
  src: { type: memory, dataset: none }
  out: { type: memory_sink, name: out }
  side: { type: memory_sink, name: side }
streams:
`;

/** One stream `s` reading `dataset` through `transforms` (YAML list items indented by 6) into `out`. */
const oneStream = (dataset: string, transforms: string) => `${HEAD}  s:
    source: { connection: src, dataset: ${dataset}, page_size: 100 }
    transforms:
${transforms}
    sink: { connection: out }
`;

let state: StateStore;
beforeEach(async () => {
  datasets.clear();
  sinks.set('out', { batches: [], calls: 0 });
  sinks.set('side', { batches: [], calls: 0 });
  state = await createSqliteStateStore({ path: ':memory:' });
});
afterEach(async () => {
  await state.close();
});

/** Runs a pipeline and gives what the `out` sink received, with the run's result. */
async function run(yaml: string): Promise<{ rows: SyncRecord[]; result: StreamResult; run: RunResult }> {
  sinks.set('out', { batches: [], calls: 0 });
  sinks.set('side', { batches: [], calls: 0 });
  const pipeline = await engine.parse(yaml, { file: 'tx.yaml', baseDir: '/tmp' }, { env: {} });
  const outcome = await engine.run(pipeline, { state });
  const result = outcome.streams.find((s) => s.stream === 's')!;
  expect(result.error).toBeUndefined();
  expect(outcome.status).toBe('succeeded');
  return { rows: sinks.get('out')!.batches.flat(), result, run: outcome };
}

const ORDERS = [
  {
    id: 'A1',
    customer: { email: 'ana@example.com', address: { city: 'Recife' } },
    lines: [
      { sku: 'S1', qty: '2', price: '12.50' },
      { sku: 'S2', qty: 1, price: 3 },
    ],
    tags: ['b2b', 'rush'],
  },
  { id: 'A2', customer: null, lines: [] },
];

describe('map', () => {
  it('reads nested paths, array indexes and wildcards', async () => {
    datasets.set('orders', ORDERS);
    const { rows } = await run(
      oneStream(
        'orders',
        `      - map:
          id: id
          email: customer.email
          city: { path: customer.address.city }
          first_sku: lines.0.sku
          second_price: lines.1.price
          skus: lines.*.sku
          quantities: { path: "lines.*.qty" }
          tags: "tags.*"`,
      ),
    );
    expect(rows).toEqual([
      {
        id: 'A1',
        email: 'ana@example.com',
        city: 'Recife',
        first_sku: 'S1',
        second_price: 3,
        skus: ['S1', 'S2'],
        quantities: ['2', 1],
        tags: ['b2b', 'rush'],
      },
      { id: 'A2', email: null, city: null, first_sku: null, second_price: null, skus: [], quantities: [], tags: null },
    ]);
  });

  it('a wildcard maps over nested lists', async () => {
    datasets.set('shipments', [{ id: 1, boxes: [{ items: [{ sku: 'a' }, { sku: 'b' }] }, { items: [] }, { items: [{ sku: 'c' }] }] }]);
    const { rows } = await run(oneStream('shipments', `      - map: { id: id, skus: "boxes.*.items.*.sku" }`));
    expect(rows).toEqual([{ id: 1, skus: [['a', 'b'], [], ['c']] }]);
  });

  it('writes constant values, whatever their type', async () => {
    datasets.set('orders', ORDERS);
    const { rows } = await run(
      oneStream(
        'orders',
        `      - map:
          id: id
          source: { value: shopify }
          version: { value: 2 }
          active: { value: true }
          nothing: { value: null }
          meta: { value: { currency: BRL, channels: [web, store] } }`,
      ),
    );
    const constants = { source: 'shopify', version: 2, active: true, nothing: null, meta: { currency: 'BRL', channels: ['web', 'store'] } };
    expect(rows).toEqual([
      { id: 'A1', ...constants },
      { id: 'A2', ...constants },
    ]);
  });

  it('renders templates from the record and from runtime scopes; a lone reference keeps its type', async () => {
    datasets.set('items', [
      { sku: 'S1', name: 'Cable', qty: 5, customer: { address: { city: 'Recife' } } },
      { sku: 'S2', qty: null },
    ]);
    const { rows, run: outcome } = await run(
      oneStream(
        'items',
        `      - map:
          label: { template: "\${record.sku} - \${record.name} (\${stream.name})" }
          qty_text: { template: "\${record.qty} un." }
          qty: { template: "\${record.qty}" }
          city: { template: "\${record.customer.address.city}" }
          name: { template: "\${record.name}", default: unnamed }
          synced_at: { template: "\${run.started_at}" }
          literal: { template: "costs $\${record.qty}" }`,
      ),
    );
    expect(rows).toEqual([
      {
        label: 'S1 - Cable (s)',
        qty_text: '5 un.',
        qty: 5,
        city: 'Recife',
        name: 'Cable',
        synced_at: outcome.startedAt,
        literal: 'costs ${record.qty}',
      },
      {
        label: 'S2 -  (s)',
        qty_text: ' un.',
        qty: null,
        city: null,
        name: 'unnamed',
        synced_at: outcome.startedAt,
        literal: 'costs ${record.qty}',
      },
    ]);
  });

  it('computes fields with json-logic expressions', async () => {
    datasets.set('lines', [
      { sku: 'S1', qty: '2', price: '12.50', status: 'paid' },
      { sku: 'S2', qty: 20, price: '1,234.5', status: 'open' },
      { sku: 'S3', qty: null, price: 'n/a' },
    ]);
    const { rows } = await run(
      oneStream(
        'lines',
        `      - map:
          sku: sku
          amount: { expr: { round: [{ "*": [{ number: [{ var: qty }] }, { number: [{ var: price }] }] }, 2] } }
          bulk: { expr: { ">": [{ var: qty }, 10] } }
          paid: { expr: { "==": [{ var: status }, paid] } }
          code: { expr: { lower: [{ concat: [{ var: sku }, "-", { var: status }] }] } }`,
      ),
    );
    expect(rows).toEqual([
      { sku: 'S1', amount: 25, bulk: false, paid: true, code: 's1-paid' },
      { sku: 'S2', amount: 24690, bulk: true, paid: false, code: 's2-open' },
      { sku: 'S3', amount: null, bulk: false, paid: false, code: 's3-' },
    ]);
  });

  it('uses the default when a path, expression or template gives nothing or null, but keeps 0, false and ""', async () => {
    datasets.set('people', [{ id: 1 }, { id: 2, x: null }, { id: 3, x: 0 }, { id: 4, x: false }, { id: 5, x: '' }, { id: 6, x: 'set' }]);
    const { rows } = await run(
      oneStream(
        'people',
        `      - map:
          id: id
          by_path: { path: x, default: none }
          by_expr: { expr: { var: x }, default: none }
          by_template: { template: "\${record.x}", default: none }
          no_default: x`,
      ),
    );
    const row = (id: number, value: unknown, raw: unknown) => ({ id, by_path: value, by_expr: value, by_template: value, no_default: raw });
    expect(rows).toEqual([
      row(1, 'none', null),
      row(2, 'none', null),
      row(3, 0, 0),
      row(4, false, false),
      row(5, '', ''),
      row(6, 'set', 'set'),
    ]);
  });
});

describe('set, keep, drop, pack', () => {
  it('set adds and replaces fields, keeps the rest, and reads every value from the incoming record', async () => {
    datasets.set('contacts', [
      { id: 1, name: ' Ana ', email: null, phone: '555' },
      { id: 2, name: 'Bo', email: 'bo@example.com' },
    ]);
    const { rows } = await run(
      oneStream(
        'contacts',
        `      - set:
          name: { expr: { trim: [{ var: name }] } }
          email: { path: email, default: unknown }
          source: { value: crm }
          raw_name: name`,
      ),
    );
    expect(rows).toEqual([
      { id: 1, name: 'Ana', email: 'unknown', phone: '555', source: 'crm', raw_name: ' Ana ' },
      { id: 2, name: 'Bo', email: 'bo@example.com', source: 'crm', raw_name: 'Bo' },
    ]);
  });

  it('keep keeps only the listed top-level fields, and does not add missing ones', async () => {
    datasets.set('contacts', [
      { id: 1, name: 'Ana', password: 'x', meta: { a: 1 } },
      { id: 2, password: 'y' },
    ]);
    const { rows } = await run(oneStream('contacts', `      - keep: [id, name, meta]`));
    expect(rows).toEqual([{ id: 1, name: 'Ana', meta: { a: 1 } }, { id: 2 }]);
  });

  it('drop removes the listed top-level fields', async () => {
    datasets.set('contacts', [
      { id: 1, name: 'Ana', password: 'x', internal_note: 'vip' },
      { id: 2, name: 'Bo' },
    ]);
    const { rows } = await run(oneStream('contacts', `      - drop: [password, internal_note]`));
    expect(rows).toEqual([
      { id: 1, name: 'Ana' },
      { id: 2, name: 'Bo' },
    ]);
  });

  it('pack moves every field not kept into one object field', async () => {
    datasets.set('products', [
      { id: '17', stock: 4, name: 'Cable', price: '12.50', attributes: { color: 'red' } },
      { id: '18', stock: 0 },
    ]);
    const { rows } = await run(oneStream('products', `      - pack: { into: data, keep: [id, stock] }`));
    expect(rows).toEqual([
      { id: '17', stock: 4, data: { name: 'Cable', price: '12.50', attributes: { color: 'red' } } },
      { id: '18', stock: 0, data: {} },
    ]);
  });

  it('pack without keep packs the whole record', async () => {
    datasets.set('products', [{ id: 1, name: 'Cable' }]);
    const { rows } = await run(oneStream('products', `      - pack: { into: payload }`));
    expect(rows).toEqual([{ payload: { id: 1, name: 'Cable' } }]);
  });
});

const ORDERS_WITH_LINES = [
  {
    id: 'A',
    customer: 'ana',
    lines: [
      { sku: 'S1', qty: '2', price: '12.50' },
      { sku: 'S2', qty: 1, price: 3 },
    ],
  },
  { id: 'B', customer: 'bo', lines: [] },
  { id: 'C', customer: 'cy' },
  {
    id: 'D',
    customer: 'di',
    lines: [
      { sku: 'S3', qty: 1, price: 1 },
      { sku: 'S1', qty: 4, price: '12.50' },
      { sku: 'S4', qty: 2, price: 0.5 },
    ],
  },
];

describe('flatten', () => {
  it('gives one record per order line, with the line under `into` and its position under `index`', async () => {
    datasets.set('orders', ORDERS_WITH_LINES);
    const { rows, result } = await run(oneStream('orders', `      - flatten: { path: lines, into: line, index: line_no }`));
    expect(rows).toEqual([
      { id: 'A', customer: 'ana', line: { sku: 'S1', qty: '2', price: '12.50' }, line_no: 0 },
      { id: 'A', customer: 'ana', line: { sku: 'S2', qty: 1, price: 3 }, line_no: 1 },
      { id: 'D', customer: 'di', line: { sku: 'S3', qty: 1, price: 1 }, line_no: 0 },
      { id: 'D', customer: 'di', line: { sku: 'S1', qty: 4, price: '12.50' }, line_no: 1 },
      { id: 'D', customer: 'di', line: { sku: 'S4', qty: 2, price: 0.5 }, line_no: 2 },
    ]);
    // Orders without lines are dropped and counted as filtered.
    expect(result).toMatchObject({ recordsRead: 4, recordsFiltered: 2, recordsWritten: 5 });
  });

  it('puts each element under `item` by default', async () => {
    datasets.set('orders', [{ id: 'A', lines: ['x', 'y'] }]);
    const { rows } = await run(oneStream('orders', `      - flatten: { path: lines }`));
    expect(rows).toEqual([
      { id: 'A', item: 'x' },
      { id: 'A', item: 'y' },
    ]);
  });

  it('keep_empty keeps an order without lines, with null line and index', async () => {
    datasets.set('orders', ORDERS_WITH_LINES);
    const { rows, result } = await run(
      oneStream('orders', `      - flatten: { path: lines, into: line, index: line_no, keep_empty: true }`),
    );
    expect(rows.map((r) => [r.id, r.line_no, (r.line as { sku?: string } | null)?.sku ?? null])).toEqual([
      ['A', 0, 'S1'],
      ['A', 1, 'S2'],
      ['B', null, null],
      ['C', null, null],
      ['D', 0, 'S3'],
      ['D', 1, 'S1'],
      ['D', 2, 'S4'],
    ]);
    expect(rows[2]).toEqual({ id: 'B', customer: 'bo', line: null, line_no: null });
    expect(result).toMatchObject({ recordsRead: 4, recordsFiltered: 0, recordsWritten: 7 });
  });

  it('then a map over the flattened records builds order-line rows', async () => {
    datasets.set('orders', ORDERS_WITH_LINES);
    const { rows } = await run(
      oneStream(
        'orders',
        `      - flatten: { path: lines, into: line, index: n }
      - map:
          line_id: { template: "\${record.id}-\${record.n}" }
          order_id: id
          sku: line.sku
          qty: { expr: { integer: [{ var: line.qty }] } }
          amount: { expr: { "*": [{ number: [{ var: line.qty }] }, { number: [{ var: line.price }] }] } }`,
      ),
    );
    expect(rows).toEqual([
      { line_id: 'A-0', order_id: 'A', sku: 'S1', qty: 2, amount: 25 },
      { line_id: 'A-1', order_id: 'A', sku: 'S2', qty: 1, amount: 3 },
      { line_id: 'D-0', order_id: 'D', sku: 'S3', qty: 1, amount: 1 },
      { line_id: 'D-1', order_id: 'D', sku: 'S1', qty: 4, amount: 50 },
      { line_id: 'D-2', order_id: 'D', sku: 'S4', qty: 2, amount: 1 },
    ]);
  });

  it('removes a nested list from the flattened records, as it does a top-level one', async () => {
    // Regression: only a top-level list field used to be removed, so with `order.lines` every
    // output record still carried the whole list.
    datasets.set('envelopes', [{ id: 1, order: { no: 'A', lines: [{ sku: 'a' }, { sku: 'b' }] } }]);
    const { rows } = await run(oneStream('envelopes', `      - flatten: { path: order.lines, into: line }`));
    expect(rows).toEqual([
      { id: 1, order: { no: 'A' }, line: { sku: 'a' } },
      { id: 1, order: { no: 'A' }, line: { sku: 'b' } },
    ]);
  });
});

describe('filter', () => {
  it('keeps the records for which the rule is truthy and counts the others as filtered', async () => {
    datasets.set('invoices', [
      { id: 1, amount_due: '12.50', status: 'open' },
      { id: 2, amount_due: 0, status: 'open' },
      { id: 3, amount_due: 40, status: 'void' },
      { id: 4, amount_due: '1,200.00', status: 'open' },
      { id: 5, status: 'open' },
    ]);
    const { rows, result } = await run(
      oneStream(
        'invoices',
        `      - filter: { and: [{ ">": [{ number: [{ var: amount_due }] }, 0] }, { "!=": [{ var: status }, void] }] }`,
      ),
    );
    expect(rows.map((r) => r.id)).toEqual([1, 4]);
    expect(rows[0]).toEqual({ id: 1, amount_due: '12.50', status: 'open' });
    expect(result).toMatchObject({ recordsRead: 5, recordsFiltered: 3, recordsWritten: 2 });
  });

  it('an empty list is falsy, as in json-logic', async () => {
    datasets.set('orders', [{ id: 1, tags: [] }, { id: 2, tags: ['x'] }, { id: 3 }]);
    const { rows } = await run(oneStream('orders', `      - filter: { var: tags }`));
    expect(rows.map((r) => r.id)).toEqual([2]);
  });
});

describe('dedupe', () => {
  const PRODUCTS = [
    { sku: 'S1', store: 'a', v: 1 },
    { sku: 'S2', store: 'a', v: 2 },
    { sku: 'S1', store: 'a', v: 3 },
    { sku: 'S1', store: 'b', v: 4 },
    { sku: 'S2', store: 'a', v: 5 },
    { sku: 'S3', store: 'b', v: 6 },
  ];

  it('drops a record whose key was seen earlier in the run, keeping the first', async () => {
    datasets.set('products', PRODUCTS);
    const { rows, result } = await run(oneStream('products', `      - dedupe: { key: [sku] }`));
    expect(rows).toEqual([PRODUCTS[0], PRODUCTS[1], PRODUCTS[5]]);
    expect(result).toMatchObject({ recordsRead: 6, recordsFiltered: 3, recordsWritten: 3 });
  });

  it('with several key fields, a record is a duplicate only when all of them match', async () => {
    datasets.set('products', PRODUCTS);
    const { rows, result } = await run(oneStream('products', `      - dedupe: { key: [sku, store] }`));
    expect(rows.map((r) => r.v)).toEqual([1, 2, 4, 6]);
    expect(result).toMatchObject({ recordsRead: 6, recordsFiltered: 2, recordsWritten: 4 });
  });

  it('tells 1 and "1" apart, and reads dotted keys', async () => {
    datasets.set('rows', [
      { id: 1, m: { k: 'x' } },
      { id: '1', m: { k: 'x' } },
      { id: 1, m: { k: 'y' } },
      { id: 1, m: { k: 'x' } },
    ]);
    const { rows } = await run(oneStream('rows', `      - dedupe: { key: [id, m.k] }`));
    expect(rows).toEqual([
      { id: 1, m: { k: 'x' } },
      { id: '1', m: { k: 'x' } },
      { id: 1, m: { k: 'y' } },
    ]);
  });

  it('a second run does not remember the keys of the first', async () => {
    datasets.set('products', PRODUCTS);
    const yaml = oneStream('products', `      - dedupe: { key: [sku] }`);
    const first = await run(yaml);
    const second = await run(yaml);
    expect(second.rows).toEqual(first.rows);
    expect(second.rows.map((r) => r.v)).toEqual([1, 2, 6]);
    expect(second.result).toMatchObject({ recordsRead: 6, recordsFiltered: 3, recordsWritten: 3 });
  });
});

describe('classify', () => {
  // The Ploomes catalogue: CIA_LOC_ codes are rentals, other CIA_ codes services, then brands by name.
  const CLASSIFY = `      - classify:
          rules:
            - when: { starts_with: [{ var: code }, "CIA_LOC_"] }
              set: { product_type: rental, category: "Rental \${record.code}" }
            - when: { starts_with: [{ var: code }, "CIA_"] }
              set: { product_type: service }
            - when: { contains: [{ var: name }, Atlas] }
              set: { product_type: product, brand: Atlas Copco }
            - when: { contains: [{ var: name }, Ingersoll] }
              set: { product_type: product, brand: Ingersoll Rand }
          default: { product_type: product, brand: null }`;

  it('sets fields from the first rule that matches, else from the default', async () => {
    datasets.set('products', [
      { code: 'CIA_LOC_015', name: 'Rental of an Atlas compressor' },
      { code: 'CIA_210', name: 'Preventive maintenance' },
      { code: 'CIA_LOC', name: 'Not quite a rental code' },
      { code: 'GA30', name: 'Compressor Atlas Copco GA30' },
      { code: 'D55', name: 'Dryer Ingersoll Rand D55' },
      { code: 'AI-9', name: 'Atlas and Ingersoll adapter kit' },
      { code: 'F-1', name: 'Air filter' },
      { code: null, name: null },
    ]);
    const { rows } = await run(oneStream('products', CLASSIFY));
    expect(rows).toEqual([
      { code: 'CIA_LOC_015', name: 'Rental of an Atlas compressor', product_type: 'rental', category: 'Rental CIA_LOC_015' },
      { code: 'CIA_210', name: 'Preventive maintenance', product_type: 'service' },
      { code: 'CIA_LOC', name: 'Not quite a rental code', product_type: 'service' },
      { code: 'GA30', name: 'Compressor Atlas Copco GA30', product_type: 'product', brand: 'Atlas Copco' },
      { code: 'D55', name: 'Dryer Ingersoll Rand D55', product_type: 'product', brand: 'Ingersoll Rand' },
      { code: 'AI-9', name: 'Atlas and Ingersoll adapter kit', product_type: 'product', brand: 'Atlas Copco' },
      { code: 'F-1', name: 'Air filter', product_type: 'product', brand: null },
      { code: null, name: null, product_type: 'product', brand: null },
    ]);
  });

  it('without a default, a record no rule matches passes unchanged', async () => {
    datasets.set('products', [{ code: 'CIA_1' }, { code: 'X' }]);
    const { rows } = await run(
      oneStream(
        'products',
        `      - classify:
          rules:
            - when: { starts_with: [{ var: code }, "CIA_"] }
              set: { product_type: service }`,
      ),
    );
    expect(rows).toEqual([{ code: 'CIA_1', product_type: 'service' }, { code: 'X' }]);
  });
});

describe('join', () => {
  // Bitcram: a price list joined with the stock of one warehouse on product_id (ids as text on one side).
  const PRICES = [
    { product_id: 1, name: 'Cable', price: '12.50' },
    { product_id: 2, name: 'Plug', price: '3.00' },
    { product_id: '3', name: 'Socket', price: '7.10' },
    { name: 'No id', price: '1.00' },
  ];
  const STOCK = [
    { product_id: '1', qty: 5, warehouse: 'W1' },
    { product_id: 3, qty: 0, warehouse: 'W1' },
    { product_id: '1', qty: 99, warehouse: 'W2' },
    { product_id: 8, qty: 1, warehouse: 'W1' },
  ];
  const JOINED = [
    { product_id: 1, name: 'Cable', price: '12.50', stock: 5, warehouse: 'W1' },
    { product_id: 2, name: 'Plug', price: '3.00', stock: 0, warehouse: null },
    { product_id: '3', name: 'Socket', price: '7.10', stock: 0, warehouse: 'W1' },
    { name: 'No id', price: '1.00', stock: 0, warehouse: null },
  ];

  it('left-joins the right side from a source block; a missing match takes the defaults, the first right record per key wins', async () => {
    datasets.set('prices', PRICES);
    datasets.set('stock', STOCK);
    const { rows, result } = await run(
      oneStream(
        'prices',
        `      - join:
          from: { source: { connection: src, dataset: stock } }
          on: { left: product_id, right: product_id }
          fields:
            stock: { path: qty, default: 0 }
            warehouse: warehouse`,
      ),
    );
    expect(rows).toEqual(JOINED);
    expect(result).toMatchObject({ recordsRead: 4, recordsWritten: 4, recordsFiltered: 0 });
  });

  it("reads the right side from another stream, through that stream's transforms", async () => {
    datasets.set('prices', PRICES);
    datasets.set('balances', [
      { productId: 1, balance: '5.0', depot: 'W1' },
      { productId: 3, balance: '0', depot: 'W1' },
      { productId: 1, balance: '99', depot: 'W2' },
    ]);
    const yaml = `${HEAD}  stock:
    source: { connection: src, dataset: balances }
    transforms:
      - map:
          product_id: productId
          qty: { expr: { number: [{ var: balance }] } }
          warehouse: depot
    sink: { connection: side }
  s:
    source: { connection: src, dataset: prices }
    transforms:
      - join:
          from: { stream: stock }
          on: { left: product_id, right: product_id }
          fields:
            stock: { path: qty, default: 0 }
            warehouse: warehouse
    sink: { connection: out }
`;
    const { rows } = await run(yaml);
    expect(rows).toEqual(JOINED);
    // The other stream still runs into its own sink.
    expect(sinks.get('side')!.batches.flat()).toEqual([
      { product_id: 1, qty: 5, warehouse: 'W1' },
      { product_id: 3, qty: 0, warehouse: 'W1' },
      { product_id: 1, qty: 99, warehouse: 'W2' },
    ]);
  });

  it('join fields are field specs over the matching right record', async () => {
    datasets.set('prices', PRICES.slice(0, 2));
    datasets.set('stock', STOCK);
    const { rows } = await run(
      oneStream(
        'prices',
        `      - join:
          from: { source: { connection: src, dataset: stock } }
          on: { left: product_id, right: product_id }
          fields:
            in_stock: { expr: { ">": [{ var: qty }, 0] } }
            source: { value: bitcram }`,
      ),
    );
    expect(rows).toEqual([
      { product_id: 1, name: 'Cable', price: '12.50', in_stock: true, source: 'bitcram' },
      { product_id: 2, name: 'Plug', price: '3.00', in_stock: false, source: 'bitcram' },
    ]);
  });

  it('Bitcram end to end: price list joined with stock, ids as text, attributes packed into `data`', async () => {
    datasets.set('prices', PRICES.slice(0, 3));
    datasets.set('stock', STOCK);
    const { rows, run: outcome } = await run(
      oneStream(
        'prices',
        `      - join:
          from: { source: { connection: src, dataset: stock } }
          on: { left: product_id, right: product_id }
          fields:
            stock: { expr: { integer: [{ var: qty }] }, default: 0 }
      - set:
          id: { expr: { string: [{ var: product_id }] } }
          updated_at: { template: "\${run.started_at}" }
      - drop: [product_id]
      - pack: { into: data, keep: [id, stock, updated_at] }`,
      ),
    );
    const at = outcome.startedAt;
    expect(rows).toEqual([
      { id: '1', stock: 5, updated_at: at, data: { name: 'Cable', price: '12.50' } },
      { id: '2', stock: 0, updated_at: at, data: { name: 'Plug', price: '3.00' } },
      { id: '3', stock: 0, updated_at: at, data: { name: 'Socket', price: '7.10' } },
    ]);
  });

  describe('with a right side larger than max_in_memory', () => {
    let previousTmp: string | undefined;
    let tmp: string;
    beforeEach(() => {
      previousTmp = process.env.TMPDIR;
      tmp = mkdtempSync(join(tmpdir(), 'syncengine-join-test-'));
      process.env.TMPDIR = tmp;
    });
    afterEach(() => {
      if (previousTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmp;
      rmSync(tmp, { recursive: true, force: true });
    });

    it('gives the same results from 20 000 right-side records through a temporary table, and leaves no file behind', async () => {
      const stock = Array.from({ length: 20_000 }, (_, i) => ({ product_id: String(i), qty: i % 7, warehouse: `W${i % 3}` }));
      // Later duplicates must not win.
      stock.push({ product_id: '97', qty: 1000, warehouse: 'late' });
      datasets.set('stock', stock);
      const prices = Array.from({ length: 300 }, (_, i) => ({ product_id: i * 97, price: i }));
      datasets.set('prices', prices);
      const { rows, result } = await run(
        oneStream(
          'prices',
          `      - join:
          from: { source: { connection: src, dataset: stock, page_size: 1000 } }
          on: { left: product_id, right: product_id }
          max_in_memory: 500
          fields:
            stock: { path: qty, default: 0 }
            warehouse: { path: warehouse, default: none }`,
        ),
      );
      expect(rows).toEqual(
        prices.map((p) =>
          p.product_id < 20_000
            ? { ...p, stock: p.product_id % 7, warehouse: `W${p.product_id % 3}` }
            : { ...p, stock: 0, warehouse: 'none' },
        ),
      );
      expect(rows.filter((r) => r.warehouse === 'none')).toHaveLength(300 - 207);
      expect(result).toMatchObject({ recordsRead: 300, recordsWritten: 300 });
      expect(readdirSync(tmp)).toEqual([]);
    });
  });
});

describe('buildJoinLookup', () => {
  let previousTmp: string | undefined;
  let tmp: string;
  beforeEach(() => {
    previousTmp = process.env.TMPDIR;
    tmp = mkdtempSync(join(tmpdir(), 'syncengine-lookup-test-'));
    process.env.TMPDIR = tmp;
  });
  afterEach(() => {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    rmSync(tmp, { recursive: true, force: true });
  });

  /** `count` records whose key repeats every `keys` records, numbered in order. */
  async function* records(count: number, keys: number, failAt?: number) {
    for (let i = 0; i < count; i++) {
      if (i === failAt) throw new Error('connection reset while reading the right side');
      yield { key: `k${i % keys}`, record: { key: `k${i % keys}`, n: i } };
    }
  }

  it('stays in memory while the input fits, and keeps the first record per key', async () => {
    const lookup = await buildJoinLookup(records(300, 100), 100);
    expect(lookup.onDisk).toBe(false);
    expect(lookup.size).toBe(100);
    expect(lookup.get('k7')).toEqual({ key: 'k7', n: 7 });
    expect(lookup.get('nope')).toBeUndefined();
    expect(readdirSync(tmp)).toEqual([]);
    lookup.close();
  });

  it("moves to a temporary table past maxInMemory, keeps the first record per key, and close() removes the table's directory", async () => {
    const lookup = await buildJoinLookup(records(20_000, 5_000), 500);
    expect(lookup.onDisk).toBe(true);
    expect(lookup.get('k7')).toEqual({ key: 'k7', n: 7 });
    expect(lookup.get('k4999')).toEqual({ key: 'k4999', n: 4999 });
    expect(lookup.get('k5000')).toBeUndefined();
    const dirs = readdirSync(tmp);
    expect(dirs).toHaveLength(1);
    expect(dirs[0]).toMatch(/^syncengine-join-/);
    lookup.close();
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('on disk, size counts the keys held, not the records read', async () => {
    // Regression: it used to count every record read once on disk (20 000 here).
    const lookup = await buildJoinLookup(records(20_000, 5_000), 500);
    try {
      expect(lookup.size).toBe(5_000);
    } finally {
      lookup.close();
    }
  });

  it('a right side that fails while being read leaves no temporary directory behind', async () => {
    // Regression: the directory and its database used to stay in the temp folder when reading
    // failed after the lookup had moved to disk.
    await expect(buildJoinLookup(records(5_000, 5_000, 2_000), 500)).rejects.toThrow('connection reset while reading the right side');
    expect(readdirSync(tmp)).toEqual([]);
  });
});
