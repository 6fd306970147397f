import { afterEach, describe, expect, it } from 'vitest';
import {
  startServiceTitanFake,
  startServiceTitanFakes,
  type ServiceTitanFake,
  type ServiceTitanFakeOptions,
  type ServiceTitanRecord,
} from '../src/servicetitan-fake.js';

const started: ServiceTitanFake[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((f) => f.close()));
});

async function start(options: ServiceTitanFakeOptions = {}): Promise<ServiceTitanFake> {
  const fake = await startServiceTitanFake(options);
  started.push(fake);
  return fake;
}

async function both(options: Parameters<typeof startServiceTitanFakes>[0] = {}) {
  const fakes = await startServiceTitanFakes(options);
  started.push(fakes.production, fakes.integration);
  return fakes;
}

function tokenRequest(st: ServiceTitanFake, fields: Record<string, string>): Promise<Response> {
  return fetch(`${st.url}/connect/token`, { method: 'POST', body: new URLSearchParams(fields) });
}

async function token(st: ServiceTitanFake): Promise<string> {
  const res = await tokenRequest(st, {
    grant_type: 'client_credentials',
    client_id: st.store.clientId,
    client_secret: st.store.clientSecret,
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** A client for one environment: the two headers every call needs. */
async function client(st: ServiceTitanFake) {
  const bearer = await token(st);
  const headers = { authorization: `Bearer ${bearer}`, 'st-app-key': st.store.appKey };
  const path = (module: string, resource: string) => `${st.url}/${module}/v2/tenant/${st.store.tenant}/${resource}`;
  return {
    get: (module: string, resource: string, query = '') => fetch(`${path(module, resource)}${query}`, { headers }),
    post: (module: string, resource: string, body: unknown) =>
      fetch(path(module, resource), {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    /** Every record of a list, page by page while `hasMore`. */
    async all(module: string, resource: string, query = ''): Promise<ServiceTitanRecord[]> {
      const records: ServiceTitanRecord[] = [];
      for (let page = 1; ; page += 1) {
        const res = await fetch(`${path(module, resource)}?page=${page}&pageSize=200${query}`, { headers });
        const body = (await res.json()) as { hasMore: boolean; data: ServiceTitanRecord[] };
        records.push(...body.data);
        if (!body.hasMore) return records;
      }
    },
  };
}

interface Envelope {
  page: number;
  pageSize: number;
  hasMore: boolean;
  totalCount: number | null;
  data: ServiceTitanRecord[];
}

describe('servicetitan fake: auth', () => {
  it('issues client-credentials tokens from a form body, with expires_in', async () => {
    const st = await start();
    const res = await tokenRequest(st, {
      grant_type: 'client_credentials',
      client_id: st.store.clientId,
      client_secret: st.store.clientSecret,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ expires_in: 900, token_type: 'Bearer' });
    const basic = await fetch(`${st.url}/connect/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${st.store.clientId}:${st.store.clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(basic.status).toBe(200);
  });

  it('rejects a JSON token request, bad client credentials and another grant', async () => {
    const st = await start();
    const json = await fetch(`${st.url}/connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: st.store.clientId, client_secret: st.store.clientSecret }),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ error: 'invalid_request' });
    const bad = await tokenRequest(st, { grant_type: 'client_credentials', client_id: st.store.clientId, client_secret: 'nope' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'invalid_client' });
    const grant = await tokenRequest(st, { grant_type: 'password', client_id: st.store.clientId, client_secret: st.store.clientSecret });
    expect(await grant.json()).toEqual({ error: 'unsupported_grant_type' });
  });

  it('needs both the bearer token and ST-App-Key, for this tenant only', async () => {
    const st = await start();
    const bearer = await token(st);
    const url = `${st.url}/pricebook/v2/tenant/${st.store.tenant}/materials`;

    const noToken = await fetch(url, { headers: { 'st-app-key': st.store.appKey } });
    expect(noToken.status).toBe(401);
    expect(await noToken.text()).toBe('');
    expect(noToken.headers.get('www-authenticate')).toBe('Bearer');

    const noKey = await fetch(url, { headers: { authorization: `Bearer ${bearer}` } });
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ title: 'Unauthorized', status: 401 });

    const wrongKey = await fetch(url, { headers: { authorization: `Bearer ${bearer}`, 'st-app-key': 'ak1.other' } });
    expect(wrongKey.status).toBe(401);

    const queryKey = await fetch(`${url}?servicetitanapplicationkey=${st.store.appKey}`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(queryKey.status).toBe(200);

    const otherTenant = await fetch(`${st.url}/pricebook/v2/tenant/999/materials`, {
      headers: { authorization: `Bearer ${bearer}`, 'st-app-key': st.store.appKey },
    });
    expect(otherTenant.status).toBe(403);
  });

  it('expires tokens after expires_in, with the invalid_token challenge', async () => {
    const st = await start({ faults: { tokenTtlSeconds: 1 } });
    const api = await client(st);
    expect((await api.get('pricebook', 'materials')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const expired = await api.get('pricebook', 'materials');
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toMatch(
      /^Bearer error="invalid_token", error_description="The token expired at '\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}'"$/,
    );
  });

  it('does not accept a production token in integration', async () => {
    const { production, integration } = await both();
    const prodToken = await token(production);
    const res = await fetch(`${integration.url}/crm/v2/tenant/${integration.store.tenant}/customers`, {
      headers: { authorization: `Bearer ${prodToken}`, 'st-app-key': integration.store.appKey },
    });
    expect(res.status).toBe(401);
  });
});

describe('servicetitan fake: lists and exports', () => {
  it('pages with page/pageSize until hasMore is false, totalCount only with includeTotal', async () => {
    const st = await start();
    const api = await client(st);
    const active = st.store.materials.filter((m) => m.active);
    const ids: number[] = [];
    for (let page = 1; ; page += 1) {
      const body = (await (await api.get('pricebook', 'materials', `?page=${page}&pageSize=7`)).json()) as Envelope;
      expect(body).toMatchObject({ page, pageSize: 7, totalCount: null });
      ids.push(...body.data.map((m) => m.id));
      if (!body.hasMore) break;
    }
    expect(ids).toEqual(active.map((m) => m.id));
    const total = (await (await api.get('pricebook', 'materials', '?includeTotal=true&pageSize=1')).json()) as Envelope;
    expect(total.totalCount).toBe(active.length);
    const any = (await (await api.get('pricebook', 'materials', '?active=Any&pageSize=500')).json()) as Envelope;
    expect(any.data).toHaveLength(st.store.materials.length);
  });

  it("filters on modifiedOnOrAfter (any case) and ignores the seed's modifiedSince", async () => {
    const st = await start();
    const api = await client(st);
    const since = '2025-08-01T00:00:00Z';
    const expected = st.store.materials.filter((m) => m.active && m.modifiedOn >= since).map((m) => m.id);
    expect(expected.length).toBeGreaterThan(0);
    const filtered = await api.all('pricebook', 'materials', `&modifiedOnOrAfter=${since}`);
    expect(filtered.map((m) => m.id)).toEqual(expected);
    const lower = await api.all('pricebook', 'materials', `&modifiedonorafter=${since}`);
    expect(lower.map((m) => m.id)).toEqual(expected);
    const ignored = await api.all('pricebook', 'materials', `&modifiedSince=${since}`);
    expect(ignored.length).toBe(st.store.materials.filter((m) => m.active).length);

    const bad = await api.get('pricebook', 'materials', '?pageSize=5001&modifiedOnOrAfter=yesterday');
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { title: string; status: number; errors: Record<string, string[]> };
    expect(problem).toMatchObject({ title: 'One or more validation errors occurred.', status: 400 });
    expect(Object.keys(problem.errors).sort()).toEqual(['modifiedOnOrAfter', 'pageSize']);
  });

  it('exports with from/continueFrom, including inactive rows, and continues after a change', async () => {
    const st = await start({ exportPageSize: 8 });
    const api = await client(st);
    const ids: number[] = [];
    let from = '';
    for (;;) {
      const body = (await (await api.get('pricebook', 'export/materials', from ? `?from=${from}` : '')).json()) as {
        data: ServiceTitanRecord[];
        hasMore: boolean;
        continueFrom: string;
      };
      ids.push(...body.data.map((m) => m.id));
      from = body.continueFrom;
      if (!body.hasMore) break;
    }
    expect([...ids].sort()).toEqual(st.store.materials.map((m) => m.id).sort());

    const empty = (await (await api.get('pricebook', 'export/materials', `?from=${from}`)).json()) as {
      data: unknown[];
      hasMore: boolean;
      continueFrom: string;
    };
    expect(empty).toMatchObject({ data: [], hasMore: false, continueFrom: from });

    const changed = st.store.materials[2];
    st.store.update('materials', changed?.id ?? 0, { price: 99.99 });
    const delta = (await (await api.get('pricebook', 'export/materials', `?from=${from}`)).json()) as { data: ServiceTitanRecord[] };
    expect(delta.data.map((m) => m.id)).toEqual([changed?.id]);
    expect(delta.data[0]?.price).toBe(99.99);

    const byDate = (await (await api.get('jpm', 'export/jobs', '?from=2025-08-01')).json()) as { data: ServiceTitanRecord[] };
    expect(byDate.data.map((j) => j.id).sort()).toEqual(
      st.store.jobs
        .filter((j) => j.modifiedOn >= '2025-08-01')
        .map((j) => j.id)
        .sort(),
    );
    expect((await api.get('pricebook', 'export/materials', '?from=not-a-token')).status).toBe(400);
  });

  it('answers 429 with Retry-After past the per-second limit and as a fault', async () => {
    const st = await start({ requestsPerSecond: 3 });
    const api = await client(st);
    for (let i = 0; i < 3; i += 1) expect((await api.get('crm', 'customers')).status).toBe(200);
    const limited = await api.get('crm', 'customers');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');

    const faulty = await start({ faults: { rateLimitEvery: 2, retryAfterSeconds: 4 } });
    const faultyApi = await client(faulty);
    expect((await faultyApi.get('crm', 'customers')).status).toBe(200);
    const injected = await faultyApi.get('crm', 'customers');
    expect(injected.status).toBe(429);
    expect(injected.headers.get('retry-after')).toBe('4');
    faulty.faults.serverErrorBurst = 1;
    expect((await faultyApi.get('crm', 'customers')).status).toBe(503);
  });
});

describe('servicetitan fake: copying production into integration', () => {
  it('holds the same master data under other ids in integration (without drift), and no materials, POs or jobs', async () => {
    const { production, integration } = await both({ masterDataDrift: false });
    const prodVendors = production.store.data.vendors;
    const intVendors = integration.store.data.vendors;
    expect(intVendors.map((v) => v.name).sort()).toEqual(prodVendors.map((v) => v.name).sort());
    for (const vendor of intVendors) expect(prodVendors.some((v) => v.id === vendor.id)).toBe(false);
    expect(integration.store.materials).toEqual([]);
    expect(integration.store.purchaseOrders).toEqual([]);
    expect(integration.store.jobs).toEqual([]);
  });

  it('by default, integration was set up by hand: a name differs, records are missing, others exist only there', async () => {
    const { production, integration } = await both();
    const names = (fake: ServiceTitanFake, resource: 'vendors' | 'job-types' | 'customers' | 'locations' | 'campaigns') =>
      fake.store.data[resource].map((r) => String(r.name));
    const only = (a: string[], b: string[]) => a.filter((n) => !b.includes(n)).sort();
    const diff = (resource: 'vendors' | 'job-types' | 'customers' | 'locations' | 'campaigns') => ({
      production: only(names(production, resource), names(integration, resource)),
      integration: only(names(integration, resource), names(production, resource)),
    });
    expect(diff('vendors')).toEqual({ production: ['Hajoca'], integration: ['Hajoca Corporation', 'Local Hardware Co'] });
    expect(diff('job-types')).toEqual({ production: ['Warranty'], integration: ['Inspection'] });
    expect(diff('customers')).toEqual({ production: ['Grace Rossi'], integration: ['Zeta Labs'] });
    expect(diff('locations')).toEqual({ production: ['Grace Rossi - Home'], integration: ['Zeta Labs - Home'] });
    expect(diff('campaigns')).toEqual({ production: [], integration: [] });
    // Production's transactional records still point at every production record, Hajoca and Warranty too.
    const hajoca = production.store.data.vendors.find((v) => v.name === 'Hajoca')!.id;
    expect(production.store.purchaseOrders.some((po) => po.vendorId === hajoca)).toBe(true);
  });

  it('creates materials with new ids (a crosswalk), POs and jobs once foreign keys are translated', async () => {
    // ~55 calls in well under a second: the 60 req/s window is covered elsewhere, not raced here.
    const { production, integration } = await both({ requestsPerSecond: 0, masterDataDrift: false });
    const prod = await client(production);
    const int = await client(integration);

    // Items first: each create returns the integration id for the crosswalk.
    const crosswalk = new Map<number, number>();
    for (const material of await prod.all('pricebook', 'materials', '&active=Any')) {
      const { id, createdOn: _c, modifiedOn: _m, ...fields } = material;
      const res = await int.post('pricebook', 'materials', fields);
      expect(res.status).toBe(200);
      const created = (await res.json()) as ServiceTitanRecord;
      expect(created.id).not.toBe(id);
      expect(created.code).toBe(material.code);
      crosswalk.set(id, created.id);
    }
    expect(integration.store.materials).toHaveLength(production.store.materials.length);
    const duplicate = await int.post('pricebook', 'materials', { code: production.store.materials[0]?.code, displayName: 'again' });
    expect(duplicate.status).toBe(400);

    // Master data is matched by name.
    const byName = async (module: string, resource: string) => {
      const [p, i] = [await prod.all(module, resource), await int.all(module, resource)];
      return new Map(p.map((r) => [r.id, i.find((x) => x.name === r.name)?.id]));
    };
    const vendors = await byName('inventory', 'vendors');
    const units = await byName('settings', 'business-units');
    const warehouses = await byName('inventory', 'warehouses');

    const po = production.store.purchaseOrders[0];
    const untranslated = await int.post('inventory', 'purchase-orders', {
      vendorId: po?.vendorId,
      businessUnitId: po?.businessUnitId,
      inventoryLocationId: po?.inventoryLocationId,
      items: po?.items.map((item) => ({ skuId: item.skuId, quantity: item.quantity, cost: item.cost })),
    });
    expect(untranslated.status).toBe(400);
    const problem = (await untranslated.json()) as { title: string; errors: Record<string, string[]> };
    expect(problem.title).toBe('One or more validation errors occurred.');
    expect(problem.errors.vendorId?.[0]).toBe(`Vendor with id ${po?.vendorId} does not exist.`);
    expect(problem.errors['items[0].skuId']?.[0]).toBe(`Material with id ${po?.items[0]?.skuId} does not exist.`);
    expect(Object.keys(problem.errors)).toEqual(expect.arrayContaining(['businessUnitId', 'inventoryLocationId']));
    expect(integration.store.purchaseOrders).toEqual([]);

    for (const order of production.store.purchaseOrders) {
      const res = await int.post('inventory', 'purchase-orders', {
        vendorId: vendors.get(order.vendorId),
        businessUnitId: units.get(order.businessUnitId),
        inventoryLocationId: warehouses.get(order.inventoryLocationId),
        items: order.items.map((item) => ({ skuId: crosswalk.get(item.skuId), quantity: item.quantity, cost: item.cost })),
      });
      expect(res.status).toBe(200);
      const created = (await res.json()) as {
        id: number;
        vendorId: number;
        total: number;
        items: Array<{ skuId: number; skuCode: string }>;
      };
      expect(created.id).not.toBe(order.id);
      expect(created.total).toBeCloseTo(order.total, 2);
      expect(created.items.map((i) => i.skuCode)).toEqual(order.items.map((i) => i.skuCode));
    }
    expect(integration.store.purchaseOrders).toHaveLength(production.store.purchaseOrders.length);

    // Jobs: customers by name, locations by name, job types and campaigns by name.
    const customers = await byName('crm', 'customers');
    const locations = await byName('crm', 'locations');
    const jobTypes = await byName('jpm', 'job-types');
    const campaigns = await byName('marketing', 'campaigns');
    const job = production.store.jobs[0];
    const appointments = [{ start: '2025-09-01T14:00:00Z', end: '2025-09-01T16:00:00Z' }];
    const rawJob = await int.post('jpm', 'jobs', {
      customerId: job?.customerId,
      locationId: job?.locationId,
      businessUnitId: job?.businessUnitId,
      jobTypeId: job?.jobTypeId,
      campaignId: job?.campaignId,
      priority: job?.priority,
      appointments,
    });
    expect(rawJob.status).toBe(400);
    expect(Object.keys(((await rawJob.json()) as { errors: object }).errors).sort()).toEqual([
      'businessUnitId',
      'campaignId',
      'customerId',
      'jobTypeId',
      'locationId',
    ]);

    const translated = {
      customerId: customers.get(job?.customerId ?? 0),
      locationId: locations.get(job?.locationId ?? 0),
      businessUnitId: units.get(job?.businessUnitId ?? 0),
      jobTypeId: jobTypes.get(job?.jobTypeId ?? 0),
      campaignId: campaigns.get(job?.campaignId ?? 0),
      priority: job?.priority,
      summary: job?.summary,
      appointments,
    };
    const created = await int.post('jpm', 'jobs', translated);
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({
      customerId: translated.customerId,
      locationId: translated.locationId,
      jobStatus: 'Scheduled',
    });

    const otherLocation = integration.store.data.locations.find((l) => l.customerId !== translated.customerId);
    const mismatch = await int.post('jpm', 'jobs', { ...translated, locationId: otherLocation?.id });
    expect(mismatch.status).toBe(400);
    expect(((await mismatch.json()) as { errors: Record<string, string[]> }).errors.locationId?.[0]).toMatch(/does not belong to customer/);
  });

  it('refuses writes to production and bodies that are not JSON', async () => {
    const { production, integration } = await both();
    const prod = await client(production);
    const denied = await prod.post('pricebook', 'materials', { code: 'NEW-1' });
    expect(denied.status).toBe(403);
    expect(production.store.materials.some((m) => m.code === 'NEW-1')).toBe(false);

    const bearer = await token(integration);
    const form = await fetch(`${integration.url}/pricebook/v2/tenant/${integration.store.tenant}/materials`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'st-app-key': integration.store.appKey },
      body: new URLSearchParams({ code: 'NEW-1' }),
    });
    expect(form.status).toBe(415);
  });
});
