/**
 * A local fake of ServiceTitan API v2 for one environment (production or integration) of one tenant,
 * as the ServiceTitan prod -> integration seed uses it: OAuth2 client credentials at `/connect/token`,
 * then `/{module}/v2/tenant/{tenant}/{resource}` lists, exports, reads by id and (integration) creates,
 * plus `PATCH` of materials. Production jobs have their appointments (`/jpm/.../appointments`), and a job
 * created in integration gets the appointments it was created with, as the real API does.
 *
 * Followed from shared/apis.md (d): the form-encoded token request with `expires_in` (trust it); both
 * `Authorization: Bearer` and `ST-App-Key` (or the `servicetitanapplicationkey` query parameter) on every
 * call; the `{page, pageSize, hasMore, totalCount, data}` envelope with `totalCount` only for
 * `includeTotal=true`; `page`/`pageSize` (1-5000), `ids` (<= 50), `sort`, `createdBefore`/`createdOnOrAfter`/
 * `modifiedBefore`/`modifiedOnOrAfter`, `active=True|Any|False` (default only active); exports with
 * `from` (a date or a `continueFrom` token) returning `{data, hasMore, continueFrom}` and including inactive
 * rows; ProblemDetails 400 bodies; a bad token as 401 with an empty body; 429 with `Retry-After` (60 requests
 * per second per tenant, or as a fault); `{"error":"invalid_client"}` from the auth server.
 *
 * Choices where apis.md is silent or uncertain: integration's master data drifts from production's
 * (`masterDataDrift`: names that differ, records missing or extra, as in an environment set up by
 * hand); auth and API share one base URL; tokens live 900 s unless
 * `faults.tokenTtlSeconds` says otherwise; a JSON token request gets 400 `{"error":"invalid_request"}` and
 * bad client credentials 400 `invalid_client` (IdentityServer's habit); an expired token's 401 carries
 * `WWW-Authenticate: Bearer error="invalid_token"` as ASP.NET sends it; a missing or wrong app key is a 401
 * ProblemDetails, another tenant's path a 403 ProblemDetails; query names are case-insensitive (ASP.NET
 * binding) and unknown ones, such as the seed's `modifiedSince`, are ignored; lists page in ascending `id`
 * order; exports page in `modifiedOn` order, 500 rows a page; created records come back with 200;
 * production refuses writes (403) unless `allowWrites` is set, so a pipeline cannot write to it by mistake;
 * foreign keys of purchase orders and jobs are checked (400 ProblemDetails with per-field errors), material
 * categories and vendors are not; the paths of job types, campaigns and business units are the public ones.
 *
 * @example
 * ```ts
 * const { production, integration } = await startServiceTitanFakes();
 * const token = await fetch(`${integration.url}/connect/token`, {
 *   method: 'POST',
 *   body: new URLSearchParams({ grant_type: 'client_credentials', client_id: integration.store.clientId,
 *     client_secret: integration.store.clientSecret }),
 * }).then((r) => r.json());
 * const res = await fetch(`${integration.url}/crm/v2/tenant/${integration.store.tenant}/customers?page=1&pageSize=200`, {
 *   headers: { authorization: `Bearer ${token.access_token}`, 'st-app-key': integration.store.appKey },
 * });
 * await Promise.all([production.close(), integration.close()]);
 * ```
 */
import {
  createServiceTitanData,
  stTime,
  type ServiceTitanAppointment,
  type ServiceTitanData,
  type ServiceTitanEnvironment,
  type ServiceTitanJob,
  type ServiceTitanMaterial,
  type ServiceTitanPurchaseOrder,
  type ServiceTitanRecord,
  type ServiceTitanResource,
} from './_servicetitan-data.js';
import { createRecord, updateMaterial, WRITABLE_RESOURCES } from './_servicetitan-writes.js';
import { exportRecords, listRecords } from './_servicetitan-lists.js';
import { bearerToken, createSlidingWindow, headerValue } from './_rate-limit.js';
import {
  createTokenIssuer,
  startFakeServer,
  type FakeRequest,
  type FakeResponse,
  type FakeRoute,
  type FakeServer,
  type Faults,
} from './fake-server.js';

export type {
  ServiceTitanAppointment,
  ServiceTitanEnvironment,
  ServiceTitanJob,
  ServiceTitanMaterial,
  ServiceTitanPurchaseOrder,
  ServiceTitanPurchaseOrderItem,
  ServiceTitanRecord,
  ServiceTitanResource,
} from './_servicetitan-data.js';

/** Options of {@link startServiceTitanFake}. */
export interface ServiceTitanFakeOptions {
  /** Which environment this fake plays. @default 'production' */
  environment?: ServiceTitanEnvironment;
  /** The tenant id in paths. @default '1000001' (production) or '2000001' (integration) */
  tenant?: string;
  /** @default `st-<environment>-client` */
  clientId?: string;
  /** @default `st-<environment>-secret` */
  clientSecret?: string;
  /** The application key for `ST-App-Key`. @default `ak1.<environment>fakeappkey` */
  appKey?: string;
  /** Seed of the data; both environments must share it for their master data to match. @default 4242 */
  seed?: number;
  /**
   * Integration's master data differs from production's, as an environment set up by hand does: the
   * vendor `Hajoca` is `Hajoca Corporation` there, the job type `Warranty` and the customer `Grace Rossi`
   * (with her location) are missing, and a vendor, a job type and a customer (with a location) exist
   * only there. `false`: the same names in both. Only the integration environment reads it. @default true
   */
  masterDataDrift?: boolean;
  /** Seed materials, purchase orders and jobs. @default true in production, false in integration */
  transactional?: boolean;
  /** Accept `POST` creates. @default true in integration, false in production */
  allowWrites?: boolean;
  /** Rows per export page. @default 500 */
  exportPageSize?: number;
  /** Requests per second per tenant before a 429; 0 turns it off. @default 60 */
  requestsPerSecond?: number;
  /** @default 0 (any free port) */
  port?: number;
  /** Faults to start with; `tokenTtlSeconds` defaults to 900 here. */
  faults?: Partial<Faults>;
  /** Clock for `modifiedOn` of created and changed records and for the rate window (ms). @default Date.now */
  clock?: () => number;
}

/** What one environment holds. */
export interface ServiceTitanStore {
  readonly environment: ServiceTitanEnvironment;
  readonly tenant: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly appKey: string;
  /** Every collection, by resource. */
  readonly data: ServiceTitanData;
  readonly materials: ServiceTitanMaterial[];
  readonly purchaseOrders: ServiceTitanPurchaseOrder[];
  readonly jobs: ServiceTitanJob[];
  readonly appointments: ServiceTitanAppointment[];
  /** The record of a resource with this id, if any. */
  find(resource: ServiceTitanResource, id: number): ServiceTitanRecord | undefined;
  /** Merges `patch` into a record and sets `modifiedOn` to `at` (default now); throws when there is none. */
  update(resource: ServiceTitanResource, id: number, patch?: Record<string, unknown>, at?: number): ServiceTitanRecord;
}

/** A running ServiceTitan fake. */
export interface ServiceTitanFake extends FakeServer {
  readonly store: ServiceTitanStore;
  /** A slow API: the next `requests` data requests are answered `ms` late (token requests are not). */
  readonly delays: { requests: number; ms: number };
}

/** Where each resource lives and how its lists can be filtered beyond the common parameters. */
const RESOURCES: Record<ServiceTitanResource, { module: string; export?: boolean; filters?: string[] }> = {
  materials: { module: 'pricebook', export: true },
  vendors: { module: 'inventory' },
  warehouses: { module: 'inventory' },
  'purchase-orders': { module: 'inventory', export: true, filters: ['status', 'vendorId'] },
  jobs: { module: 'jpm', export: true, filters: ['customerId', 'locationId', 'jobStatus', 'businessUnitId'] },
  'job-types': { module: 'jpm' },
  customers: { module: 'crm', export: true },
  locations: { module: 'crm', export: true, filters: ['customerId'] },
  campaigns: { module: 'marketing' },
  'business-units': { module: 'settings' },
  appointments: { module: 'jpm', export: true, filters: ['jobId', 'customerId', 'status'] },
};

/** Starts a fake ServiceTitan environment on 127.0.0.1. */
export async function startServiceTitanFake(options: ServiceTitanFakeOptions = {}): Promise<ServiceTitanFake> {
  const environment = options.environment ?? 'production';
  const clock = options.clock ?? Date.now;
  const tenant = options.tenant ?? (environment === 'production' ? '1000001' : '2000001');
  const clientId = options.clientId ?? `st-${environment}-client`;
  const clientSecret = options.clientSecret ?? `st-${environment}-secret`;
  const appKey = options.appKey ?? `ak1.${environment}fakeappkey`;
  const allowWrites = options.allowWrites ?? environment === 'integration';
  const exportPageSize = options.exportPageSize ?? 500;
  const data = createServiceTitanData(
    environment,
    options.seed ?? 4242,
    options.transactional ?? environment === 'production',
    options.masterDataDrift ?? true,
  );
  const issuer = createTokenIssuer('eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9', () => server.faults);
  const expiries = new Map<string, number>();
  const window = (options.requestsPerSecond ?? 60) > 0 ? createSlidingWindow(options.requestsPerSecond ?? 60, 1, clock) : undefined;
  let traces = 0;
  let nextId = environment === 'integration' ? 90_000_000 : 95_000_000;

  const problem = (status: number, title: string, extra: Record<string, unknown> = {}): FakeResponse => {
    traces += 1;
    const type = {
      400: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
      401: 'https://tools.ietf.org/html/rfc7235#section-3.1',
      403: 'https://tools.ietf.org/html/rfc7231#section-6.5.3',
      404: 'https://tools.ietf.org/html/rfc7231#section-6.5.4',
      415: 'https://tools.ietf.org/html/rfc7231#section-6.5.13',
      429: 'https://tools.ietf.org/html/rfc6585#section-4',
      503: 'https://tools.ietf.org/html/rfc7231#section-6.6.4',
    }[status];
    return {
      status,
      headers: { 'content-type': 'application/problem+json; charset=utf-8' },
      body: { type, title, status, traceId: `00-${traces.toString(16).padStart(32, '0')}-${'0'.repeat(15)}1-00`, ...extra },
    };
  };
  const validationProblem = (errors: Record<string, string[]>) => problem(400, 'One or more validation errors occurred.', { errors });

  const tokenEndpoint = (req: FakeRequest): FakeResponse => {
    if (
      !String(req.headers['content-type'] ?? '')
        .toLowerCase()
        .startsWith('application/x-www-form-urlencoded')
    )
      return { status: 400, body: { error: 'invalid_request' } };
    const form = new URLSearchParams(req.body);
    const basic = /^Basic\s+(\S+)$/i.exec(headerValue(req.headers.authorization) ?? '');
    const [basicId, basicSecret] = basic
      ? Buffer.from(basic[1] ?? '', 'base64')
          .toString('utf8')
          .split(':')
      : [];
    const id = form.get('client_id') ?? (basicId === undefined ? null : decodeURIComponent(basicId));
    const secret = form.get('client_secret') ?? (basicSecret === undefined ? null : decodeURIComponent(basicSecret));
    if (!form.get('grant_type')) return { status: 400, body: { error: 'invalid_request' } };
    if (id !== clientId || secret !== clientSecret) return { status: 400, body: { error: 'invalid_client' } };
    if (form.get('grant_type') !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type' } };
    const { token, expiresIn } = issuer.issue();
    expiries.set(token, Date.now() + expiresIn * 1000);
    return {
      body: {
        access_token: token,
        expires_in: expiresIn,
        token_type: 'Bearer',
        scope: 'tn.crm tn.inventory tn.jpm tn.pricebook tn.marketing tn.settings',
      },
    };
  };

  /** Bearer token, app key, tenant, rate limit and faults, then the handler. */
  const delays = { requests: 0, ms: 0 };
  const api =
    (handler: (req: FakeRequest, query: Map<string, string>) => FakeResponse): FakeRoute['handle'] =>
    async (req) => {
      if (delays.requests > 0) {
        delays.requests -= 1;
        await new Promise((resolve) => setTimeout(resolve, delays.ms));
      }
      const token = bearerToken(req.headers.authorization);
      if (!token || !issuer.valid(token)) {
        const expiredAt = token === undefined ? undefined : expiries.get(token);
        const challenge =
          expiredAt === undefined
            ? 'Bearer'
            : `Bearer error="invalid_token", error_description="The token expired at '${aspNetDate(expiredAt)}'"`;
        return { status: 401, text: '', headers: { 'www-authenticate': challenge } };
      }
      const query = new Map(Object.entries(req.query).map(([k, v]) => [k.toLowerCase(), v]));
      const key = headerValue(req.headers['st-app-key']) ?? query.get('servicetitanapplicationkey');
      if (!key) return problem(401, 'Unauthorized', { detail: 'The ST-App-Key header is required.' });
      if (key !== appKey) return problem(401, 'Unauthorized', { detail: 'The application key is not valid.' });
      if (req.params.tenant !== tenant)
        return problem(403, 'Forbidden', { detail: `The application has no access to tenant ${req.params.tenant ?? ''}.` });
      const tooMany = (seconds: number | null): FakeResponse => {
        const response = problem(429, 'Too Many Requests', { detail: 'Rate limit is exceeded.' });
        return seconds === null
          ? response
          : { ...response, headers: { ...response.headers, 'retry-after': String(Math.max(1, Math.ceil(seconds))) } };
      };
      if (window && !window.take()) return tooMany(window.waitSeconds());
      const fault = server.nextFault();
      if (fault === 'rate_limit') return tooMany(server.faults.retryAfterSeconds);
      if (fault === 'server_error') return problem(503, 'Service Unavailable');
      return handler(req, query);
    };

  const createContext = {
    data,
    now: clock,
    nextId: () => {
      nextId += 1;
      return nextId;
    },
    validationProblem,
  };
  const routes: FakeRoute[] = [{ method: 'POST', path: '/connect/token', handle: tokenEndpoint }];
  for (const [resource, spec] of Object.entries(RESOURCES) as Array<[ServiceTitanResource, (typeof RESOURCES)[ServiceTitanResource]]>) {
    const base = `/${spec.module}/v2/tenant/:tenant`;
    routes.push({
      method: 'GET',
      path: `${base}/${resource}`,
      handle: api((_req, query) => listRecords(data[resource], query, spec.filters ?? [], validationProblem)),
    });
    if (spec.export)
      routes.push({
        method: 'GET',
        path: `${base}/export/${resource}`,
        handle: api((_req, query) => exportRecords(resource, data[resource], query, exportPageSize, validationProblem)),
      });
    routes.push({
      method: 'GET',
      path: `${base}/${resource}/:id`,
      handle: api((req) => {
        const record = data[resource].find((r) => String(r.id) === req.params.id);
        return record ? { body: record } : problem(404, 'Not Found', { detail: `${resource} ${req.params.id ?? ''} was not found.` });
      }),
    });
  }
  for (const resource of WRITABLE_RESOURCES) {
    routes.push({
      method: 'POST',
      path: `/${RESOURCES[resource].module}/v2/tenant/:tenant/${resource}`,
      handle: api((req) => {
        if (!allowWrites) return problem(403, 'Forbidden', { detail: `The application may not create ${resource} in this environment.` });
        const type = String(req.headers['content-type'] ?? '').toLowerCase();
        if (!/^(application\/json|text\/json|application\/[^;]*\+json)/.test(type)) return problem(415, 'Unsupported Media Type');
        if (req.json === undefined)
          return validationProblem({ $: ['The JSON value could not be converted. Path: $ | LineNumber: 0 | BytePositionInLine: 0.'] });
        return createRecord(resource, req.json, createContext);
      }),
    });
  }

  routes.push({
    method: 'PATCH',
    path: `/${RESOURCES.materials.module}/v2/tenant/:tenant/materials/:id`,
    handle: api((req) => {
      if (!allowWrites) return problem(403, 'Forbidden', { detail: 'The application may not update materials in this environment.' });
      const material = data.materials.find((m) => String(m.id) === req.params.id);
      if (!material) return problem(404, 'Not Found', { detail: `materials ${req.params.id ?? ''} was not found.` });
      return updateMaterial(material, req.json, createContext);
    }),
  });

  const server = await startFakeServer({
    routes,
    port: options.port,
    faults: { tokenTtlSeconds: 900, ...options.faults },
    notFound: () => problem(404, 'Not Found'),
  });
  const store: ServiceTitanStore = {
    environment,
    tenant,
    clientId,
    clientSecret,
    appKey,
    data,
    get materials() {
      return data.materials as ServiceTitanMaterial[];
    },
    get purchaseOrders() {
      return data['purchase-orders'] as ServiceTitanPurchaseOrder[];
    },
    get jobs() {
      return data.jobs as ServiceTitanJob[];
    },
    get appointments() {
      return data.appointments as ServiceTitanAppointment[];
    },
    find: (resource, id) => data[resource].find((r) => r.id === id),
    update(resource, id, patch = {}, at = clock()) {
      const record = data[resource].find((r) => r.id === id);
      if (!record) throw new Error(`no ${resource} ${id} in the fake ServiceTitan ${environment}`);
      return Object.assign(record, { modifiedOn: stTime(at) }, patch);
    },
  };
  return Object.assign(server, { store, delays });
}

/** Both environments of one tenant, sharing the seed: master data named alike, except for the drift (`masterDataDrift`). */
export async function startServiceTitanFakes(
  options: Omit<ServiceTitanFakeOptions, 'environment'> & {
    production?: ServiceTitanFakeOptions;
    integration?: ServiceTitanFakeOptions;
  } = {},
): Promise<{ production: ServiceTitanFake; integration: ServiceTitanFake; close(): Promise<void> }> {
  const { production: prodOptions, integration: intOptions, ...shared } = options;
  const production = await startServiceTitanFake({ ...shared, ...prodOptions, environment: 'production' });
  const integration = await startServiceTitanFake({ ...shared, ...intOptions, environment: 'integration' });
  return { production, integration, close: async () => void (await Promise.all([production.close(), integration.close()])) };
}

/** `MM/dd/yyyy HH:mm:ss` in UTC, as ASP.NET's JwtBearer writes expiry times. */
function aspNetDate(ms: number): string {
  const d = new Date(ms).toISOString();
  return `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)} ${d.slice(11, 19)}`;
}
