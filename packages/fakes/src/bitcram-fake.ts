/**
 * A local fake of the Bitcram POS/ERP API, as the Bitcram -> MySQL seed reads it.
 *
 * Bitcram has no public docs: everything in shared/apis.md is [P] from one user's scripts, so this fake
 * follows those scripts and makes the rest configurable. Followed:
 * - `POST /api/auth/` with JSON `{username, password}` -> `{"token": "..."}`, then `Authorization: Bearer`;
 * - `GET /api/checkouts/index?where={"checkouts.checkout_number":"<n>"}` -> `items[0].id`, `items[0].warehouse.id`;
 * - `GET /api/checkouts/index/{checkout_id}/price_list` -> `items[]` with `product_id`, `price` and more fields;
 * - `GET /api/cost_list_items/index` -> `items[] {product_id, cost}`;
 * - `GET /api/stock_items/index?list_light=true&where={"warehouse_id":<id>}` -> `items[] {product_id | product:{id}, product_balance}`;
 * - filters as a JSON-encoded `where` query parameter; every list is `{"items": [...]}`.
 *
 * Unknown in apis.md, and what this fake does (configurable where it matters):
 * - the token lifetime ("renewed every 5 days", so at least that): `faults.tokenTtlSeconds`, default 5 days;
 *   the login answer is `{token}` only unless `loginExpiresField` names a field to carry the lifetime;
 * - pagination (none observed, clients fetch everything): none by default; `pageSize` turns on `?page=N`
 *   (1-based) pages of at most `pageSize` items, the envelope staying `{items}`;
 * - the stock row shape (both seen): `stockShape`, default `'product_id'` (flat) or `'product'` (nested `{id}`);
 * - what `list_light` changes: nothing (accepted and ignored);
 * - id types: price-list `product_id` is a string (as in the sample), stock and cost `product_id`, checkout and
 *   warehouse ids are numbers, so a pipeline must normalise ids to strings before merging;
 * - timestamps (`updated_at`) carry zones (mostly `-03:00`, some `Z` and `+00:00`);
 * - error bodies: `{"message": "..."}`; a non-JSON login is a 415, bad credentials a 401, a bad `where` a 400;
 * - rate limits: none observed, so 429s come only from `faults` (with `Retry-After` only if
 *   `faults.retryAfterSeconds` is set; default null); 503 from `faults.serverErrorBurst`.
 *
 * @example
 * ```ts
 * const bitcram = await startBitcramFake();
 * const { token } = await (await fetch(`${bitcram.url}/api/auth/`, {
 *   method: 'POST', headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ username: bitcram.store.username, password: bitcram.store.password }),
 * })).json();
 * ```
 */
import { createSeededRandom } from './_seeded-random.js';
import { bearerToken, headerValue } from './_rate-limit.js';
import { createTokenIssuer, startFakeServer, type FakeRequest, type FakeResponse, type FakeServer, type Faults } from './fake-server.js';

/** A checkout (point of sale) and its warehouse. */
export interface BitcramCheckout {
  id: number;
  checkout_number: string;
  name: string;
  active: boolean;
  warehouse: { id: number; name: string };
}

/** A price-list row: product id as a string, plus the attributes a pipeline packs into a JSON column. */
export interface BitcramPriceRow {
  product_id: string;
  code: string;
  name: string;
  price: number;
  currency: string;
  tax_rate: number;
  brand: string;
  category: string;
  unit: string;
  active: boolean;
  /** ISO 8601 with a zone. */
  updated_at: string;
  [attribute: string]: unknown;
}

/** A stock balance of one product in one warehouse. */
export interface BitcramStockRow {
  id: number;
  product_id: number;
  warehouse_id: number;
  product_balance: number;
  /** ISO 8601 with a zone. */
  updated_at: string;
}

/** A cost-list row. */
export interface BitcramCostRow {
  product_id: number;
  cost: number;
}

/** Options of {@link startBitcramFake}. */
export interface BitcramFakeOptions {
  /** @default 'integracion@example.com.ar' */
  username?: string;
  /** @default 'bitcram-secret' */
  password?: string;
  /** How many catalogue products to generate. @default 80 */
  productCount?: number;
  /** @default 1 */
  seed?: number;
  /** Shape of stock rows. @default 'product_id' */
  stockShape?: 'product_id' | 'product';
  /** Items per page, with `?page=N`; null for no pagination (as observed). @default null */
  pageSize?: number | null;
  /** Add the token lifetime in seconds to the login answer under this name (e.g. `expires_in`). @default none */
  loginExpiresField?: string;
  /** Faults to start with; `tokenTtlSeconds` defaults to 5 days and `retryAfterSeconds` to null here. */
  faults?: Partial<Faults>;
  port?: number;
}

/** What a Bitcram fake holds; tests mutate it between runs. */
export interface BitcramStore {
  username: string;
  password: string;
  checkouts: BitcramCheckout[];
  /** Price-list rows per checkout id. */
  priceLists: Map<number, BitcramPriceRow[]>;
  /** Stock rows of every warehouse. */
  stock: BitcramStockRow[];
  costs: BitcramCostRow[];
  stockShape: 'product_id' | 'product';
  pageSize: number | null;
  /** Stock per product id (as a string) in a warehouse; products without a row are absent. */
  stockFor(warehouseId: number): Map<string, number>;
}

/** A running Bitcram fake. */
export interface BitcramFake extends FakeServer {
  readonly store: BitcramStore;
}

const ITEMS = [
  { name: 'Yerba Mate', sizes: ['500g', '1kg'], brand: ['Taragüí', 'Playadito', 'Rosamonte'], category: 'Almacén' },
  { name: 'Dulce de Leche', sizes: ['400g', '1kg'], brand: ['La Serenísima', 'San Ignacio'], category: 'Almacén' },
  { name: 'Aceite de Girasol', sizes: ['900ml', '1.5L'], brand: ['Natura', 'Cocinero'], category: 'Almacén' },
  { name: 'Galletitas', sizes: ['150g', '300g'], brand: ['Bagley', 'Terrabusi'], category: 'Almacén' },
  { name: 'Queso Cremoso', sizes: ['por kg'], brand: ['La Paulina', 'Sancor'], category: 'Fiambrería' },
  { name: 'Detergente', sizes: ['500ml', '750ml'], brand: ['Magistral', 'Cif'], category: 'Limpieza' },
  { name: 'Gaseosa Cola', sizes: ['1.5L', '2.25L'], brand: ['Coca-Cola', 'Pepsi'], category: 'Bebidas' },
] as const;
const ZONES = ['-03:00', '-03:00', '-03:00', 'Z', '+00:00', '-05:00'] as const;

/** Generates the checkouts, price lists, stock and costs of a Bitcram fake, the same for the same seed. */
export function createBitcramData(productCount = 80, seed = 1): Pick<BitcramStore, 'checkouts' | 'priceLists' | 'stock' | 'costs'> {
  const random = createSeededRandom(seed);
  const checkouts: BitcramCheckout[] = [
    { id: 11, checkout_number: '1', name: 'Caja Principal', active: true, warehouse: { id: 3, name: 'Depósito Central' } },
    { id: 12, checkout_number: '2', name: 'Caja Sucursal Norte', active: true, warehouse: { id: 4, name: 'Depósito Norte' } },
  ];
  const main: BitcramPriceRow[] = [];
  const stock: BitcramStockRow[] = [];
  const costs: BitcramCostRow[] = [];
  let stockId = 900_000;
  const stamp = (): string => {
    const ms = Date.UTC(2024, 4, 1) + random.int(0, 30 * 86_400) * 1000;
    const zone = random.pick(ZONES);
    const shift = zone === 'Z' || zone === '+00:00' ? 0 : Number(zone.slice(0, 3)) * 3_600_000;
    return new Date(ms + shift).toISOString().slice(0, 19) + zone;
  };
  for (let i = 0; i < productCount; i++) {
    const item = random.pick(ITEMS);
    const brand = random.pick(item.brand);
    const size = random.pick(item.sizes);
    const id = 10_400 + i * 3;
    const price = random.int(400, 18_000) + (random.chance(0.3) ? 0.5 : 0);
    main.push({
      product_id: String(id),
      code: ean13(`779${String(1_000_000 + i * 17).padStart(9, '0')}`),
      name: `${item.name} ${brand} ${size}`,
      price,
      currency: 'ARS',
      tax_rate: item.category === 'Almacén' && i % 4 === 0 ? 10.5 : 21,
      brand,
      category: item.category,
      unit: size === 'por kg' ? 'KG' : 'UN',
      active: i % 19 !== 4,
      updated_at: stamp(),
      ...(i % 3 === 0
        ? { supplier: { id: 70 + (i % 5), name: `Distribuidora ${['Sur', 'Norte', 'Oeste', 'Centro', 'Litoral'][i % 5]}` } }
        : {}),
      ...(i % 5 === 0 ? { tags: ['promo', item.category.toLowerCase()] } : {}),
    });
    costs.push({ product_id: id, cost: Math.round(price * 0.62 * 100) / 100 });
    for (const checkout of checkouts) {
      // about one product in ten has no stock row in a warehouse (the seed fills those with 0)
      if ((i + checkout.id) % 10 === 0) continue;
      const balance = size === 'por kg' ? random.int(0, 4000) / 100 : random.int(0, 120);
      stock.push({ id: stockId++, product_id: id, warehouse_id: checkout.warehouse.id, product_balance: balance, updated_at: stamp() });
    }
  }
  // stock of products no longer in the price list (a left merge drops them)
  for (const checkout of checkouts) {
    stock.push({ id: stockId++, product_id: 9_990_001, warehouse_id: checkout.warehouse.id, product_balance: 3, updated_at: stamp() });
  }
  const north = main.map((row) => ({ ...row, price: Math.round(row.price * 1.05 * 100) / 100 }));
  return {
    checkouts,
    priceLists: new Map([
      [11, main],
      [12, north],
    ]),
    stock,
    costs,
  };
}

/** Starts a Bitcram fake on 127.0.0.1. */
export async function startBitcramFake(options: BitcramFakeOptions = {}): Promise<BitcramFake> {
  const data = createBitcramData(options.productCount ?? 80, options.seed ?? 1);
  const store: BitcramStore = {
    username: options.username ?? 'integracion@example.com.ar',
    password: options.password ?? 'bitcram-secret',
    ...data,
    stockShape: options.stockShape ?? 'product_id',
    pageSize: options.pageSize ?? null,
    stockFor(warehouseId) {
      return new Map(store.stock.filter((s) => s.warehouse_id === warehouseId).map((s) => [String(s.product_id), s.product_balance]));
    },
  };
  const tokens = createTokenIssuer('bc', () => server.faults);
  const message = (status: number, text: string): FakeResponse => ({ status, body: { message: text } });

  const login = (req: FakeRequest): FakeResponse => {
    const contentType = headerValue(req.headers['content-type']) ?? '';
    if (!/^application\/json\b/i.test(contentType)) return message(415, 'Content-Type must be application/json');
    const body = req.json as Record<string, unknown> | undefined;
    if (typeof body?.username !== 'string' || typeof body.password !== 'string') return message(400, 'username and password are required');
    if (body.username !== store.username || body.password !== store.password) return message(401, 'Invalid username or password');
    const { token, expiresIn } = tokens.issue();
    return { body: { token, ...(options.loginExpiresField ? { [options.loginExpiresField]: expiresIn } : {}) } };
  };

  /** Auth and faults; undefined when the request may proceed. */
  const guard = (req: FakeRequest): FakeResponse | undefined => {
    if (!tokens.valid(bearerToken(req.headers.authorization))) return message(401, 'Unauthorized');
    const fault = server.nextFault();
    if (fault === 'server_error') return message(503, 'Service Unavailable');
    if (fault === 'rate_limit') {
      const seconds = server.faults.retryAfterSeconds;
      return { ...message(429, 'Too Many Requests'), headers: seconds === null ? {} : { 'retry-after': String(seconds) } };
    }
    return undefined;
  };

  /** Applies `where` (JSON object of equalities, `table.` prefixes allowed) and `page`; answers `{items}`. */
  const list = <T>(
    req: FakeRequest,
    rows: T[],
    fields: Record<string, (row: T) => unknown>,
    table: string,
    shape: (row: T) => unknown = (r) => r,
  ): FakeResponse => {
    let filtered = rows;
    if (req.query.where !== undefined) {
      let where: unknown;
      try {
        where = JSON.parse(req.query.where);
      } catch {
        return message(400, `Invalid where: ${req.query.where}`);
      }
      if (typeof where !== 'object' || where === null || Array.isArray(where)) return message(400, 'where must be a JSON object');
      for (const [rawKey, expected] of Object.entries(where)) {
        const key = rawKey.startsWith(`${table}.`) ? rawKey.slice(table.length + 1) : rawKey;
        const get = fields[key];
        if (!get) return message(400, `Unknown field in where: ${rawKey}`);
        filtered = filtered.filter((row) => String(get(row)) === String(expected));
      }
    }
    if (store.pageSize !== null) {
      const page = Number(req.query.page ?? '1');
      if (!Number.isInteger(page) || page < 1) return message(400, `Invalid page: ${req.query.page}`);
      filtered = filtered.slice((page - 1) * store.pageSize, page * store.pageSize);
    }
    return { body: { items: filtered.map(shape) } };
  };

  const server = await startFakeServer({
    routes: [
      { method: 'POST', path: '/api/auth/', handle: login },
      { method: 'POST', path: '/api/auth', handle: login },
      {
        method: 'GET',
        path: '/api/checkouts/index',
        handle: (req) =>
          guard(req) ??
          list(
            req,
            store.checkouts,
            {
              id: (c) => c.id,
              checkout_number: (c) => c.checkout_number,
              name: (c) => c.name,
              active: (c) => c.active,
              warehouse_id: (c) => c.warehouse.id,
            },
            'checkouts',
          ),
      },
      {
        method: 'GET',
        path: '/api/checkouts/index/:checkoutId/price_list',
        handle: (req) => {
          const denied = guard(req);
          if (denied) return denied;
          const rows = store.priceLists.get(Number(req.params.checkoutId));
          if (!rows) return message(404, `Checkout ${req.params.checkoutId} not found`);
          return list(
            req,
            rows,
            { product_id: (r) => r.product_id, code: (r) => r.code, active: (r) => r.active, category: (r) => r.category },
            'price_list',
          );
        },
      },
      {
        method: 'GET',
        path: '/api/cost_list_items/index',
        handle: (req) => guard(req) ?? list(req, store.costs, { product_id: (r) => r.product_id }, 'cost_list_items'),
      },
      {
        method: 'GET',
        path: '/api/stock_items/index',
        handle: (req) =>
          guard(req) ??
          list(req, store.stock, { product_id: (r) => r.product_id, warehouse_id: (r) => r.warehouse_id }, 'stock_items', (row) => {
            if (store.stockShape === 'product_id') return { ...row };
            const { product_id: productId, ...rest } = row;
            return { ...rest, product: { id: productId } };
          }),
      },
    ],
    notFound: () => message(404, 'Not Found'),
    faults: { tokenTtlSeconds: 5 * 86_400, retryAfterSeconds: null, ...options.faults },
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return Object.assign(server, { store });
}

/** Appends the EAN-13 check digit to 12 digits. */
function ean13(twelve: string): string {
  const sum = [...twelve].map(Number).reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 1 : 3), 0);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}
