/**
 * A small local stand-in for a CRM's REST API, used by the quickstart demo and the end-to-end
 * tests. Real HTTP on loopback: bearer auth, page/per_page pagination, an `updated_since`
 * filter and a `{ data, meta }` envelope. It is test infrastructure, not an integration.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A customer as the fake CRM serves it. */
export interface Customer {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  plan: 'free' | 'pro' | 'enterprise';
  status: 'active' | 'churned';
  lifetime_value: string;
  address: { city: string; country: string };
  updated_at: string;
}

/** A request the fake received, for tests to assert on. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
}

/** Options for the fake CRM. */
export interface FakeCrmOptions {
  /** Bearer token the API accepts. */
  token: string;
  /** How many customers to seed. @default 120 */
  customers?: number;
  /** Port to listen on. @default 0 (any free port) */
  port?: number;
  /** Largest page the API serves; bigger `per_page` values are capped, as real APIs do. @default 100 */
  maxPageSize?: number;
}

/** A running fake CRM. */
export interface FakeCrm {
  url: string;
  customers: Map<number, Customer>;
  requests: ReceivedRequest[];
  /** Changes customers as if edited in the CRM now; returns their new `updated_at`. */
  touch(ids: number[], change: (customer: Customer) => void): string;
  close(): Promise<void>;
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Radia', 'Tim'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Perlman', 'Berners-Lee'];
const CITIES = [
  ['Lisbon', 'PT'],
  ['Porto Alegre', 'BR'],
  ['Zürich', 'CH'],
  ['Kraków', 'PL'],
  ['Montréal', 'CA'],
] as const;
const PLANS = ['free', 'pro', 'enterprise'] as const;

/** Deterministic customers: the n-th is updated n minutes after 2026-01-01T00:00:00Z. */
export function seedCustomers(count: number): Map<number, Customer> {
  const customers = new Map<number, Customer>();
  const base = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 1; i <= count; i++) {
    const [city, country] = CITIES[i % CITIES.length]!;
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7) % LAST.length]!;
    customers.set(i, {
      id: i,
      first_name: first,
      last_name: last,
      email: `${first}.${last}.${i}@Example.com`,
      plan: PLANS[i % PLANS.length]!,
      status: i % 11 === 0 ? 'churned' : 'active',
      lifetime_value: ((i * 37.5) % 1000).toFixed(2),
      address: { city, country },
      updated_at: new Date(base + i * 60_000).toISOString(),
    });
  }
  return customers;
}

/** Starts the fake CRM on loopback. */
export async function startFakeCrm(options: FakeCrmOptions): Promise<FakeCrm> {
  const customers = seedCustomers(options.customers ?? 120);
  const requests: ReceivedRequest[] = [];
  const maxPageSize = options.maxPageSize ?? 100;
  let clock = Date.parse('2026-06-01T00:00:00Z');

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams);
    requests.push({ method: req.method ?? 'GET', path: url.pathname, query, authorization: req.headers.authorization });
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      return send(res, 401, { error: 'unauthorized', message: 'missing or invalid bearer token' });
    }
    if (req.method !== 'GET' || url.pathname !== '/v1/customers')
      return send(res, 404, { error: 'not_found', message: `no route ${req.method} ${url.pathname}` });

    const page = Number(query.page ?? '1');
    const perPage = Math.min(Number(query.per_page ?? '25'), maxPageSize);
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1) {
      return send(res, 400, { error: 'bad_request', message: 'page and per_page must be positive integers' });
    }
    let rows = [...customers.values()];
    if (query.updated_since) {
      const since = Date.parse(query.updated_since);
      if (Number.isNaN(since)) return send(res, 400, { error: 'bad_request', message: 'updated_since must be an ISO 8601 time' });
      rows = rows.filter((c) => Date.parse(c.updated_at) > since);
    }
    rows.sort((a, b) => a.updated_at.localeCompare(b.updated_at) || a.id - b.id);
    const data = rows.slice((page - 1) * perPage, page * perPage);
    send(res, 200, { data, meta: { page, per_page: perPage, total: rows.length } });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    customers,
    requests,
    touch(ids, change) {
      clock += 60_000;
      const at = new Date(clock).toISOString();
      for (const id of ids) {
        const customer = customers.get(id);
        if (!customer) throw new Error(`no customer ${id}`);
        change(customer);
        customer.updated_at = at;
      }
      return at;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
