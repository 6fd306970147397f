/**
 * A local fake of the Ploomes CRM OData API, as the Ploomes -> Postgres seed reads products.
 *
 * Documented ([V]/[P] in shared/apis.md) and followed here:
 * - `User-Key: <key>` on every request, no token exchange, no expiry; `GET /Self` checks the key; 401 for a bad key;
 * - OData `$top` (at most 300), `$skip`, `$filter`, `$orderby`, `$expand` (`OtherProperties`, `Group`,
 *   `Family`, `Parts` with a nested `$expand=ProductPart($select=...)`), `$select`, envelope
 *   `{"@odata.context": "...", "value": [...]}`; no `@odata.nextLink`;
 * - product fields `Id, Name, Code, GroupId, FamilyId, CurrencyId, UnitPrice, CreateDate, LastUpdateDate,
 *   OtherProperties` with zone-less timestamps (`"2024-02-28T19:00:01.213"`);
 * - `OtherProperties` an array of `{FieldKey, StringValue|IntegerValue|DecimalValue|DateTimeValue|BoolValue}`
 *   in REST and a map `FieldKey -> value` in webhook payloads `{AccountId, Action, ActionUserId, Entity, New, Old,
 *   WebhookId, WebhookCreatorId}`;
 * - about 120 requests per minute per key, over it a bare 429 (no body, no `Retry-After`).
 *
 * Where apis.md is silent or uncertain (configurable where it matters):
 * - the price field name (`UnitPrice` or `Price`): `priceField`, default `UnitPrice`;
 * - the zone of `LastUpdateDate` ("looks like account-local time"): `utcOffsetMinutes`, default -180
 *   (America/Sao_Paulo); a `$filter` datetime with a zone is converted to that local time, one without is
 *   taken as local;
 * - the error text of `$top` above 300 and other query errors: ASP.NET OData's 400
 *   `{"error":{"code":"","message":"The limit of '300' for Top query has been exceeded. ..."}}`;
 *   comparing a datetime property with a quoted string is the OData "incompatible types" 400;
 * - the 401 body: ASP.NET Web API's `{"Message":"Authorization has been denied for this request."}`;
 * - `$top` left out: the first `maxTop` records;
 * - `OtherProperties` is only in the answer when expanded (OData `$expand` semantics);
 * - `Action` values beyond `Win` (`Create`, `Update`, `Delete`) and `New`/`Old` being null on create/delete;
 * - the 503 body (an HTML page from the load balancer);
 * - lambda filters (`any`/`all`) are not supported by the fake and get a 400;
 * - the shape of `Parts` and the catalogue fields (description, cost, CFOP, dimensions, a supplier as a
 *   contact field): see _ploomes-catalog.ts; navigation properties (`Parts`, `Group`, `Family`) are not in
 *   webhook payloads;
 * - answers take `latencyMs` (default 0; the real API takes a few hundred ms), and `timings` records when each
 *   request arrived and was answered, so tests can measure a client's spacing and requests in flight.
 *
 * @example
 * ```ts
 * const ploomes = await startPloomesFake();
 * const res = await fetch(`${ploomes.url}/Products?$top=300&$skip=0&$orderby=Id`, { headers: { 'User-Key': ploomes.store.userKey } });
 * const webhook = ploomes.store.update(ploomes.store.products[0]!.Id, { UnitPrice: 99 });
 * ```
 */
import { parseExpand, selectKeys, type ExpandItem, type PloomesPart } from './_ploomes-catalog.js';
import { createPloomesProducts, FAMILIES, GROUPS, zoneless } from './_ploomes-data.js';
import { compileODataFilter, compileODataOrderBy, ODataError, type ODataSchema, type ODataType } from './_odata-filter.js';
import { createSlidingWindow, headerValue, type RateLimiter } from './_rate-limit.js';
import { startFakeServer, type FakeRequest, type FakeResponse, type FakeServer, type Faults } from './fake-server.js';

/** One entry of `OtherProperties` as the REST API sends it: a field key and one typed value. */
export interface PloomesOtherProperty {
  FieldKey: string;
  StringValue?: string;
  BigStringValue?: string;
  IntegerValue?: number;
  DecimalValue?: number;
  DateTimeValue?: string;
  BoolValue?: boolean;
  ObjectValueName?: string;
}

/** A Ploomes product as the fake holds it (REST shape, `OtherProperties` as an array). */
export interface PloomesProduct {
  Id: number;
  Name: string;
  Code: string | null;
  GroupId: number;
  FamilyId: number | null;
  CurrencyId: number;
  /** The price, under `priceField` on the wire (`UnitPrice` by default). */
  UnitPrice: number;
  MeasurementUnit: string;
  Suspended: boolean;
  CreatorId: number;
  UpdaterId: number;
  /** Zone-less, account-local. */
  CreateDate: string;
  /** Zone-less, account-local, sometimes with milliseconds. */
  LastUpdateDate: string;
  OtherProperties: PloomesOtherProperty[];
  /** Links to the products that are its parts (`$expand=Parts`). */
  Parts: PloomesPart[];
}

export type { PloomesPart } from './_ploomes-catalog.js';
export { createPloomesProducts, PLOOMES_FIELD_KEYS } from './_ploomes-data.js';

/** A webhook payload as Ploomes POSTs it to a callback URL. */
export interface PloomesWebhookPayload {
  AccountId: number;
  Action: string;
  ActionUserId: number;
  Entity: string;
  /** The record after the change, `OtherProperties` as a map; null on Delete. */
  New: Record<string, unknown> | null;
  /** The record before the change, `OtherProperties` as a map; null on Create. */
  Old: Record<string, unknown> | null;
  WebhookId: number;
  WebhookCreatorId: number;
}

/** Options of {@link startPloomesFake}. */
export interface PloomesFakeOptions {
  /** @default 'ploomes_test_user_key' */
  userKey?: string;
  /** The products; generated from `productCount` and `seed` when left out. */
  products?: PloomesProduct[];
  /** @default 150 */
  productCount?: number;
  /** @default 1 */
  seed?: number;
  /** Name of the price field on the wire. @default 'UnitPrice' */
  priceField?: 'UnitPrice' | 'Price';
  /** Offset of the account's local time from UTC, in minutes. @default -180 */
  utcOffsetMinutes?: number;
  /** Largest `$top`. @default 300 */
  maxTop?: number;
  /** Requests per minute per key before the bare 429; null turns it off. @default 120 */
  rateLimitPerMinute?: number | null;
  /** @default 1003788 */
  accountId?: number;
  /** Faults to start with; `retryAfterSeconds` defaults to null (Ploomes sends no `Retry-After`). */
  faults?: Partial<Faults>;
  /** How long every answer takes, in milliseconds. @default 0 */
  latencyMs?: number;
  port?: number;
}

/** What a Ploomes fake holds; the change helpers return the webhook payload Ploomes would send. */
export interface PloomesStore {
  userKey: string;
  accountId: number;
  /** Products in creation order. */
  products: PloomesProduct[];
  /** Zone-less account-local text of a moment, as Ploomes writes `LastUpdateDate`. */
  localTime(at: Date): string;
  /** Changes a product, bumps `LastUpdateDate` (to `at`, default now) and returns the Update webhook. */
  update(id: number, patch: Partial<Omit<PloomesProduct, 'Id'>>, at?: Date): PloomesWebhookPayload;
  /** Adds a product with the next Id and returns the Create webhook. */
  create(product: Partial<Omit<PloomesProduct, 'Id'>> & { Name: string }, at?: Date): PloomesWebhookPayload;
  /** Removes a product and returns the Delete webhook. */
  remove(id: number): PloomesWebhookPayload;
}

/** A running Ploomes fake. */
export interface PloomesFake extends FakeServer {
  readonly store: PloomesStore;
  /**
   * Every request with when it arrived and when its answer was ready (`performance.now()` milliseconds),
   * in arrival order; `answeredAt` is undefined while the request is in flight.
   */
  readonly timings: { path: string; query: Record<string, string>; status: number; arrivedAt: number; answeredAt: number | undefined }[];
}

/** The map form of `OtherProperties` that webhook payloads carry. */
export function ploomesOtherPropertiesToMap(properties: readonly PloomesOtherProperty[]): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (const { FieldKey, ...values } of properties) {
    const value = Object.values(values).find((v) => v !== undefined && v !== null);
    map[FieldKey] = value ?? null;
  }
  return map;
}

/** Builds a webhook payload `{Entity, Action, New, Old, ...}` with `OtherProperties` turned into maps. */
export function createPloomesWebhookPayload(input: {
  entity: string;
  action: string;
  newRecord: Record<string, unknown> | null;
  oldRecord?: Record<string, unknown> | null;
  accountId?: number;
  actionUserId?: number;
  webhookId?: number;
  webhookCreatorId?: number;
}): PloomesWebhookPayload {
  const toWebhook = (record: Record<string, unknown> | null | undefined): Record<string, unknown> | null => {
    if (!record) return null;
    const copy = structuredClone(record);
    if (Array.isArray(copy.OtherProperties))
      copy.OtherProperties = ploomesOtherPropertiesToMap(copy.OtherProperties as PloomesOtherProperty[]);
    return copy;
  };
  return {
    AccountId: input.accountId ?? 1_003_788,
    Action: input.action,
    ActionUserId: input.actionUserId ?? 10_025_735,
    Entity: input.entity,
    New: toWebhook(input.newRecord),
    Old: toWebhook(input.oldRecord),
    WebhookId: input.webhookId ?? 50_001_877,
    WebhookCreatorId: input.webhookCreatorId ?? 50_004_632,
  };
}

const PRODUCT_TYPES: Record<string, ODataType> = {
  Id: 'number',
  Name: 'string',
  Code: 'string',
  GroupId: 'number',
  FamilyId: 'number',
  CurrencyId: 'number',
  UnitPrice: 'number',
  Price: 'number',
  MeasurementUnit: 'string',
  Suspended: 'boolean',
  CreatorId: 'number',
  UpdaterId: 'number',
  CreateDate: 'datetime',
  LastUpdateDate: 'datetime',
  'Group/Id': 'number',
  'Group/Name': 'string',
  'Family/Id': 'number',
  'Family/Name': 'string',
};
const EXPANDABLE = new Set(['OtherProperties', 'Group', 'Family', 'Parts']);

/** Starts a Ploomes fake on 127.0.0.1. */
export async function startPloomesFake(options: PloomesFakeOptions = {}): Promise<PloomesFake> {
  const offset = options.utcOffsetMinutes ?? -180;
  const priceField = options.priceField ?? 'UnitPrice';
  const maxTop = options.maxTop ?? 300;
  const perMinute = options.rateLimitPerMinute === undefined ? 120 : options.rateLimitPerMinute;
  const limiters = new Map<string, RateLimiter>();
  const localTime = (at: Date): string => zoneless(at.getTime() + offset * 60_000, true);

  const store: PloomesStore = {
    userKey: options.userKey ?? 'ploomes_test_user_key',
    accountId: options.accountId ?? 1_003_788,
    products: options.products ?? createPloomesProducts(options.productCount ?? 150, options.seed ?? 1),
    localTime,
    update(id, patch, at = new Date()) {
      const product = store.products.find((p) => p.Id === id);
      if (!product) throw new Error(`no Ploomes product ${id}`);
      const old = wire(product);
      Object.assign(product, patch, { LastUpdateDate: localTime(at) });
      return webhook('Update', wire(product), old);
    },
    create(input, at = new Date()) {
      const id = Math.max(40_012_344, ...store.products.map((p) => p.Id)) + 1;
      const stamp = localTime(at);
      const product: PloomesProduct = {
        Code: null,
        GroupId: 10012,
        FamilyId: null,
        CurrencyId: 1,
        UnitPrice: 0,
        MeasurementUnit: 'UN',
        Suspended: false,
        CreatorId: 10_025_735,
        UpdaterId: 10_025_735,
        OtherProperties: [],
        Parts: [],
        ...input,
        Id: id,
        CreateDate: stamp,
        LastUpdateDate: stamp,
      };
      store.products.push(product);
      return webhook('Create', wire(product), null);
    },
    remove(id) {
      const index = store.products.findIndex((p) => p.Id === id);
      const [product] = index >= 0 ? store.products.splice(index, 1) : [];
      if (!product) throw new Error(`no Ploomes product ${id}`);
      return webhook('Delete', null, wire(product));
    },
  };

  function webhook(
    action: string,
    newRecord: Record<string, unknown> | null,
    oldRecord: Record<string, unknown> | null,
  ): PloomesWebhookPayload {
    return createPloomesWebhookPayload({ entity: 'Products', action, newRecord, oldRecord, accountId: store.accountId });
  }

  /** The product as the API sends it: price under `priceField`, its fields present, no navigation property. */
  function wire(product: PloomesProduct): Record<string, unknown> {
    const { UnitPrice, Parts: _parts, ...rest } = structuredClone(product);
    return { ...rest, [priceField]: UnitPrice };
  }

  /** `Parts` as `$expand=Parts(...)` asks: each link, with its `ProductPart` when expanded. */
  function expandParts(product: PloomesProduct, item: ExpandItem): Record<string, unknown>[] {
    for (const nested of item.expand)
      if (nested.name !== 'ProductPart')
        throw new ODataError(`Could not find a property named '${nested.name}' on type 'Ploomes.Api.Models.ProductPart'.`);
    const part = item.expand.find((e) => e.name === 'ProductPart');
    return product.Parts.map((link) => {
      const out: Record<string, unknown> = selectKeys({ ...link }, item.select);
      if (part) {
        const linked = store.products.find((p) => p.Id === link.ProductPartId);
        out.ProductPart = linked ? selectKeys(wire(linked), part.select) : null;
      }
      return out;
    });
  }

  const withNavigation = (product: PloomesProduct): Record<string, unknown> => ({
    ...wire(product),
    Group: { Id: product.GroupId, Name: GROUPS[product.GroupId] ?? `Grupo ${product.GroupId}` },
    Family: product.FamilyId === null ? null : { Id: product.FamilyId, Name: FAMILIES[product.FamilyId] ?? `Família ${product.FamilyId}` },
  });

  const schema: ODataSchema = {
    typeName: 'Ploomes.Api.Models.Product',
    typeOf: (path) => ((path === 'UnitPrice' || path === 'Price') && path !== priceField ? undefined : PRODUCT_TYPES[path]),
    valueOf: (record, path) =>
      path
        .split('/')
        .reduce<unknown>(
          (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
          record,
        ),
    localEpoch: (text) => Date.parse(`${text}Z`) - offset * 60_000,
  };

  const odataError = (message: string): FakeResponse => ({ status: 400, body: { error: { code: '', message } } });

  /** Key check, rate limit and server faults; undefined when the request may proceed. */
  const guard = (req: FakeRequest): FakeResponse | undefined => {
    const key = headerValue(req.headers['user-key']);
    if (!key || key !== store.userKey) return { status: 401, body: { Message: 'Authorization has been denied for this request.' } };
    if (perMinute !== null) {
      let limiter = limiters.get(key);
      if (!limiter) limiters.set(key, (limiter = createSlidingWindow(perMinute, 60)));
      if (!limiter.take()) return tooMany();
    }
    const fault = server.nextFault();
    if (fault === 'server_error')
      return {
        status: 503,
        text: '<html><head><title>503 Service Unavailable</title></head><body>Service Unavailable</body></html>',
        headers: { 'content-type': 'text/html' },
      };
    if (fault === 'rate_limit') return tooMany();
    return undefined;
  };
  const tooMany = (): FakeResponse => {
    const seconds = server.faults.retryAfterSeconds;
    return { status: 429, text: '', headers: seconds === null ? {} : { 'retry-after': String(seconds) } };
  };

  const listProducts = (req: FakeRequest): FakeResponse => {
    const denied = guard(req);
    if (denied) return denied;
    const q = req.query;
    try {
      const top = q.$top === undefined ? maxTop : parseCount(q.$top, '$top');
      if (top > maxTop)
        return odataError(`The limit of '${maxTop}' for Top query has been exceeded. The value from the incoming request is '${top}'.`);
      const skip = q.$skip === undefined ? 0 : parseCount(q.$skip, '$skip');
      let items: ExpandItem[];
      try {
        items = parseExpand(q.$expand ?? '');
      } catch (error) {
        throw new ODataError((error as Error).message);
      }
      const expand = new Set(items.map((i) => i.name));
      for (const name of expand)
        if (!EXPANDABLE.has(name)) throw new ODataError(`Could not find a property named '${name}' on type '${schema.typeName}'.`);
      const select = q.$select
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const name of select ?? [])
        if (!schema.typeOf(name) && name !== 'OtherProperties')
          throw new ODataError(`Could not find a property named '${name}' on type '${schema.typeName}'.`);

      const partsItem = items.find((i) => i.name === 'Parts');
      let rows = store.products.map((p) => (partsItem ? { ...withNavigation(p), Parts: expandParts(p, partsItem) } : withNavigation(p)));
      if (q.$filter !== undefined) {
        const predicate = compileODataFilter(q.$filter, schema);
        rows = rows.filter(predicate);
      }
      if (q.$orderby !== undefined) rows.sort(compileODataOrderBy(q.$orderby, schema));
      const page = rows.slice(skip, skip + top).map((row) => {
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(row)) {
          if ((key === 'OtherProperties' || key === 'Group' || key === 'Family' || key === 'Parts') && !expand.has(key)) continue;
          if (select && !select.includes(key) && !expand.has(key)) continue;
          out[key] = value;
        }
        return out;
      });
      return { body: { '@odata.context': `${server.url}/$metadata#Products`, value: page } };
    } catch (error) {
      if (error instanceof ODataError) return odataError(error.message);
      throw error;
    }
  };

  const self = (req: FakeRequest): FakeResponse => {
    const denied = guard(req);
    if (denied) return denied;
    return {
      body: {
        '@odata.context': `${server.url}/$metadata#Users`,
        value: [{ Id: 10_025_735, Name: 'Integração', Email: 'integracao@example.com.br', AccountId: store.accountId }],
      },
    };
  };

  const latencyMs = options.latencyMs ?? 0;
  const timings: PloomesFake['timings'] = [];
  /** Answers after `latencyMs`, recording the request's time in flight. */
  const timed =
    (handle: (req: FakeRequest) => FakeResponse) =>
    async (req: FakeRequest): Promise<FakeResponse> => {
      const timing: PloomesFake['timings'][number] = {
        path: req.path,
        query: req.query,
        status: 0,
        arrivedAt: performance.now(),
        answeredAt: undefined,
      };
      timings.push(timing);
      const response = handle(req);
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      timing.status = response.status ?? 200;
      timing.answeredAt = performance.now();
      return response;
    };

  const server = await startFakeServer({
    routes: [
      { method: 'GET', path: '/Products', handle: timed(listProducts) },
      { method: 'GET', path: '/Self', handle: timed(self) },
    ],
    notFound: (req) => ({
      status: 404,
      body: { Message: `No HTTP resource was found that matches the request URI '${server.url}${req.path}'.` },
    }),
    faults: { retryAfterSeconds: null, ...options.faults },
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return Object.assign(server, { store, timings });
}

function parseCount(text: string, option: string): number {
  if (!/^\d+$/.test(text))
    throw new ODataError(
      `Invalid value '${text}' for ${option} query option found. The ${option} query option requires a non-negative integer value.`,
    );
  return Number(text);
}
