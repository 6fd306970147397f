import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request a fake received, as tests assert on it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  /** The raw body text ('' when none). */
  body: string;
  /** The `label` of the server that received it, when the fake runs several (e.g. `lwa`, `na`). */
  server?: string;
}

/** What a route handler gets. */
export interface FakeRequest extends RecordedRequest {
  /** Path parameters, e.g. `{ tenant: '123' }` for `/tenant/:tenant/items`. */
  params: Record<string, string>;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/** The answer of a route: status, JSON body (or raw text) and headers. */
export interface FakeResponse {
  status?: number;
  body?: unknown;
  /** Send this text as is instead of JSON (e.g. an HTML error page). */
  text?: string;
  /** Send these bytes as is (e.g. a gzip file). */
  bytes?: Uint8Array;
  headers?: Record<string, string>;
}

/** One route: `GET /v3/queries/:id/items`. */
export interface FakeRoute {
  method: string;
  path: string;
  handle(req: FakeRequest): FakeResponse | Promise<FakeResponse>;
}

/**
 * Faults a test can switch on while a fake runs. Each fake turns them into the responses its
 * real API sends (Shopify's 429 with `Retry-After`, SP-API's bare `QuotaExceeded`, ...).
 */
export interface Faults {
  /** Answer every n-th data request with the API's rate-limit response. 0 = never. */
  rateLimitEvery: number;
  /** Include `Retry-After` (seconds, may be fractional) in rate-limit responses; null leaves it out. */
  retryAfterSeconds: number | null;
  /** Answer the next n data requests with 503. */
  serverErrorBurst: number;
  /** Lifetime of issued tokens in seconds (token expiry mid-run when small). */
  tokenTtlSeconds: number;
}

/** A running fake API. */
export interface FakeServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Switches faults on and off. */
  readonly faults: Faults;
  /** Counts a data request and returns the fault to answer with, if any. */
  nextFault(): 'rate_limit' | 'server_error' | undefined;
  close(): Promise<void>;
}

/** Defaults: no faults, hour-long tokens. */
export const NO_FAULTS: Faults = { rateLimitEvery: 0, retryAfterSeconds: 1, serverErrorBurst: 0, tokenTtlSeconds: 3600 };

/**
 * Starts a fake API on 127.0.0.1 (port 0 unless given) with a small router. Unknown routes get
 * 404 with the body `{ "message": "Not Found" }` unless `notFound` says otherwise.
 */
export async function startFakeServer(options: {
  routes: FakeRoute[];
  port?: number;
  notFound?: (req: FakeRequest) => FakeResponse;
  faults?: Partial<Faults>;
  /** Record requests here (a list several servers of one fake share). @default a list of its own */
  requests?: RecordedRequest[];
  /** Names this server in `RecordedRequest.server`. */
  label?: string;
}): Promise<FakeServer> {
  const requests: RecordedRequest[] = options.requests ?? [];
  const faults: Faults = { ...NO_FAULTS, ...options.faults };
  let dataRequests = 0;
  const compiled = options.routes.map((route) => ({ route, ...compilePath(route.path) }));

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      ...(options.label ? { server: options.label } : {}),
    };
    requests.push(recorded);
    let json: unknown;
    try {
      json = body ? (JSON.parse(body) as unknown) : undefined;
    } catch {
      json = undefined;
    }
    let response: FakeResponse | undefined;
    for (const { route, regex, names } of compiled) {
      if (route.method !== recorded.method) continue;
      const match = regex.exec(recorded.path);
      if (!match) continue;
      const params = Object.fromEntries(names.map((n, i) => [n, match[i + 1] ?? '']));
      try {
        response = await route.handle({ ...recorded, params, json });
      } catch (error) {
        response = { status: 500, body: { message: `fake server error: ${(error as Error).message}` } };
      }
      break;
    }
    response ??= options.notFound?.({ ...recorded, params: {}, json }) ?? { status: 404, body: { message: 'Not Found' } };
    const headers: Record<string, string> = { ...response.headers };
    if (response.text === undefined && response.bytes === undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(response.status ?? 200, headers);
    res.end(response.bytes ?? response.text ?? (response.body === undefined ? '' : JSON.stringify(response.body)));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    nextFault() {
      if (faults.serverErrorBurst > 0) {
        faults.serverErrorBurst -= 1;
        return 'server_error';
      }
      dataRequests += 1;
      if (faults.rateLimitEvery > 0 && dataRequests % faults.rateLimitEvery === 0) return 'rate_limit';
      return undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function compilePath(path: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const pattern = path
    .split('/')
    .map((part) => {
      if (part.startsWith(':')) {
        names.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { regex: new RegExp(`^${pattern}$`), names };
}

/** Issues and checks opaque bearer tokens with a lifetime, as OAuth fakes need. */
export function createTokenIssuer(prefix: string, faults: () => Faults) {
  const issued = new Map<string, number>();
  let counter = 0;
  return {
    /** A new token, valid for `faults.tokenTtlSeconds`. */
    issue(): { token: string; expiresIn: number } {
      counter += 1;
      const token = `${prefix}_${counter}_${Math.random().toString(36).slice(2, 10)}`;
      const ttl = faults().tokenTtlSeconds;
      issued.set(token, Date.now() + ttl * 1000);
      return { token, expiresIn: ttl };
    },
    /** True when the `Authorization: Bearer` (or given) token was issued and has not expired. */
    valid(token: string | undefined): boolean {
      if (!token) return false;
      const expires = issued.get(token.replace(/^Bearer\s+/i, ''));
      return expires !== undefined && expires > Date.now();
    },
    /** How many tokens were issued. */
    get count() {
      return counter;
    },
  };
}
