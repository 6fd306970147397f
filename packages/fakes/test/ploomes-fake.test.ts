import { afterEach, describe, expect, it } from 'vitest';
import {
  createPloomesProducts,
  createPloomesWebhookPayload,
  PLOOMES_FIELD_KEYS,
  startPloomesFake,
  type PloomesFake,
  type PloomesFakeOptions,
  type PloomesProduct,
} from '../src/index.js';

let fake: PloomesFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: PloomesFakeOptions = {}): Promise<PloomesFake> {
  fake = await startPloomesFake(options);
  return fake;
}

type Page = { '@odata.context': string; value: Array<Record<string, unknown>> };

function get(f: PloomesFake, params: Record<string, string>, key: string | null = f.store.userKey, path = '/Products'): Promise<Response> {
  const url = new URL(`${f.url}${path}`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return fetch(url, { headers: key === null ? {} : { 'User-Key': key } });
}

async function ids(f: PloomesFake, params: Record<string, string>): Promise<number[]> {
  const res = await get(f, params);
  expect(res.status).toBe(200);
  return ((await res.json()) as Page).value.map((p) => p.Id as number);
}

describe('Ploomes fake: auth', () => {
  it('accepts the User-Key header and answers 401 for a missing or wrong key', async () => {
    const f = await start();
    const self = await get(f, {}, f.store.userKey, '/Self');
    expect(self.status).toBe(200);
    expect(((await self.json()) as Page).value[0]).toMatchObject({ AccountId: 1_003_788 });
    const missing = await get(f, { $top: '1' }, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ Message: 'Authorization has been denied for this request.' });
    expect((await get(f, { $top: '1' }, 'wrong')).status).toBe(401);
  });
});

describe('Ploomes fake: OData paging', () => {
  it('pages with $top/$skip/$orderby=Id in a value envelope until a short page', async () => {
    const f = await start({ rateLimitPerMinute: null });
    const seen: number[] = [];
    const sizes: number[] = [];
    for (let skip = 0; ; skip += 60) {
      const res = await get(f, { $top: '60', $skip: String(skip), $orderby: 'Id' });
      const body = (await res.json()) as Page;
      expect(body['@odata.context']).toBe(`${f.url}/$metadata#Products`);
      sizes.push(body.value.length);
      seen.push(...body.value.map((p) => p.Id as number));
      if (body.value.length < 60) break;
    }
    expect(sizes).toEqual([60, 60, 30]);
    expect(seen).toEqual(f.store.products.map((p) => p.Id).sort((a, b) => a - b));
    expect(await ids(f, { $top: '10', $skip: '150' })).toEqual([]);
  });

  it('allows $top up to 300 and gives the OData error above it', async () => {
    const f = await start();
    expect(await ids(f, { $top: '300' })).toHaveLength(150);
    expect(await ids(f, {})).toHaveLength(150);
    const res = await get(f, { $top: '500' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: '', message: "The limit of '300' for Top query has been exceeded. The value from the incoming request is '500'." },
    });
    expect((await get(f, { $skip: '-1' })).status).toBe(400);
  });

  it('orders descending and by several keys', async () => {
    const f = await start();
    const desc = await ids(f, { $orderby: 'Id desc', $top: '3' });
    expect(desc).toEqual(
      f.store.products
        .map((p) => p.Id)
        .sort((a, b) => b - a)
        .slice(0, 3),
    );
    const byDate = (await (await get(f, { $orderby: 'LastUpdateDate,Id' })).json()) as Page;
    const dates = byDate.value.map((p) => p.LastUpdateDate as string);
    expect(dates.map((d) => Date.parse(`${d}Z`))).toEqual([...dates].map((d) => Date.parse(`${d}Z`)).sort((a, b) => a - b));
    expect((await get(f, { $orderby: 'Colour' })).status).toBe(400);
  });
});

describe('Ploomes fake: $filter', () => {
  it('filters Id eq, Id in and and/or/not combinations', async () => {
    const f = await start();
    const [a, b, c] = f.store.products.map((p) => p.Id);
    expect(await ids(f, { $filter: `Id eq ${a}` })).toEqual([a]);
    expect(await ids(f, { $filter: `Id in (${a},${b},${c})` })).toEqual([a, b, c]);
    expect(await ids(f, { $filter: `Id eq ${a} or Id eq ${c}` })).toEqual([a, c]);
    expect(await ids(f, { $filter: `Id in (${a},${b}) and not (Id eq ${a})` })).toEqual([b]);
    expect(await ids(f, { $filter: "startswith(Code,'CIA_LOC_')", $top: '300' })).toEqual(
      f.store.products.filter((p) => p.Code?.startsWith('CIA_LOC_')).map((p) => p.Id),
    );
    expect(await ids(f, { $filter: "Group/Name eq 'Locação'" })).toHaveLength(f.store.products.filter((p) => p.GroupId === 10014).length);
  });

  it('compares zone-less LastUpdateDate as account-local time against gt/ge datetimes', async () => {
    const f = await start();
    const target = f.store.products[10] as PloomesProduct;
    const local = target.LastUpdateDate;
    // account time is UTC-3: the same moment in UTC is three hours later
    const utc = new Date(Date.parse(`${local}Z`) + 3 * 3_600_000).toISOString().replace('.000Z', 'Z');
    const gt = await ids(f, { $filter: `LastUpdateDate gt ${utc}` });
    const ge = await ids(f, { $filter: `LastUpdateDate ge ${utc}` });
    const localGe = await ids(f, { $filter: `LastUpdateDate ge ${local}` });
    const expected = f.store.products.filter((p) => Date.parse(`${p.LastUpdateDate}Z`) > Date.parse(`${local}Z`)).map((p) => p.Id);
    expect(gt).toEqual(expected);
    expect(ge).toEqual([...f.store.products.filter((p) => Date.parse(`${p.LastUpdateDate}Z`) >= Date.parse(`${local}Z`)).map((p) => p.Id)]);
    expect(ge).toContain(target.Id);
    expect(gt).not.toContain(target.Id);
    expect(localGe).toEqual(ge);
  });

  it('rejects a quoted datetime, unknown properties and syntax errors with an OData 400', async () => {
    const f = await start();
    const quoted = await get(f, { $filter: "LastUpdateDate gt '2024-05-01T00:00:00Z'" });
    expect(quoted.status).toBe(400);
    expect(((await quoted.json()) as { error: { message: string } }).error.message).toMatch(/incompatible types/);
    const unknown = await get(f, { $filter: 'Colour eq 1' });
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(
      "Could not find a property named 'Colour' on type 'Ploomes.Api.Models.Product'.",
    );
    expect((await get(f, { $filter: 'Id eq' })).status).toBe(400);
    expect((await get(f, { $filter: 'Id eq 1 1' })).status).toBe(400);
  });
});

describe('Ploomes fake: records and $expand', () => {
  it('leaves OtherProperties out unless expanded, then sends them as an array', async () => {
    const f = await start();
    const plain = ((await (await get(f, { $top: '5' })).json()) as Page).value;
    expect(plain.every((p) => !('OtherProperties' in p))).toBe(true);
    const expanded = ((await (await get(f, { $top: '5', $expand: 'OtherProperties' })).json()) as Page).value;
    expect(expanded.every((p) => Array.isArray(p.OtherProperties))).toBe(true);
    const withBrand = ((await (await get(f, { $expand: 'OtherProperties,Group' })).json()) as Page).value.find((p) =>
      (p.OtherProperties as Array<{ FieldKey: string }>).some((o) => o.FieldKey === PLOOMES_FIELD_KEYS.brand),
    );
    expect(withBrand?.Group).toEqual({ Id: expect.any(Number), Name: expect.any(String) });
    expect((await get(f, { $expand: 'Contacts' })).status).toBe(400);
    const selected = ((await (await get(f, { $top: '1', $select: 'Id,Code' })).json()) as Page).value[0];
    expect(Object.keys(selected ?? {})).toEqual(['Id', 'Code']);
  });

  it('has rental, service, Atlas and Ingersoll products with zone-less timestamps, deterministically', () => {
    const products = createPloomesProducts();
    expect(createPloomesProducts()).toEqual(products);
    const codes = products.map((p) => p.Code ?? '');
    const rentals = codes.filter((c) => c.startsWith('CIA_LOC_'));
    const services = codes.filter((c) => c.startsWith('CIA_') && !c.startsWith('CIA_LOC_'));
    expect(rentals.length).toBeGreaterThan(5);
    expect(services.length).toBeGreaterThan(15);
    expect(products.filter((p) => /atlas/i.test(p.Name)).length).toBeGreaterThan(20);
    expect(products.filter((p) => /ingersoll/i.test(p.Name)).length).toBeGreaterThan(20);
    expect(products.some((p) => p.Code === null)).toBe(true);
    for (const p of products) {
      expect(p.LastUpdateDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?$/);
      expect(p.CreateDate <= p.LastUpdateDate).toBe(true);
    }
    expect(products.some((p) => p.LastUpdateDate.includes('.'))).toBe(true);
  });

  it('can name the price field Price', async () => {
    const f = await start({ priceField: 'Price' });
    const [first] = ((await (await get(f, { $top: '1', $filter: 'Price ge 0' })).json()) as Page).value;
    expect(first).toHaveProperty('Price');
    expect(first).not.toHaveProperty('UnitPrice');
  });
});

describe('Ploomes fake: changes and webhooks', () => {
  it('updates a product, bumps LastUpdateDate and builds an Update webhook with OtherProperties as a map', async () => {
    const f = await start();
    const target = f.store.products.find((p) => p.OtherProperties.length > 0) as PloomesProduct;
    const before = new Date();
    const webhook = f.store.update(target.Id, { UnitPrice: 1234.5 }, new Date('2030-01-01T12:00:00Z'));
    expect(webhook).toMatchObject({
      AccountId: 1_003_788,
      Action: 'Update',
      Entity: 'Products',
      ActionUserId: expect.any(Number),
      WebhookId: expect.any(Number),
    });
    expect(webhook.New).toMatchObject({ Id: target.Id, UnitPrice: 1234.5, LastUpdateDate: '2030-01-01T09:00:00.000' });
    expect(webhook.Old).toMatchObject({ Id: target.Id });
    expect(webhook.New?.OtherProperties).toEqual(
      Object.fromEntries(target.OtherProperties.map(({ FieldKey, ...v }) => [FieldKey, Object.values(v)[0]])),
    );
    expect(await ids(f, { $filter: `LastUpdateDate gt ${before.toISOString()}` })).toEqual([target.Id]);
  });

  it('creates and removes products with Create and Delete webhooks', async () => {
    const f = await start({ productCount: 3 });
    const created = f.store.create({ Name: 'Compressor Atlas Copco GA 90', Code: 'GA90' });
    expect(created.Action).toBe('Create');
    expect(created.Old).toBeNull();
    const id = created.New?.Id as number;
    expect(await ids(f, {})).toContain(id);
    const removed = f.store.remove(id);
    expect(removed).toMatchObject({ Action: 'Delete', New: null, Old: { Id: id } });
    expect(await ids(f, {})).not.toContain(id);
  });

  it('builds payloads for other entities too', () => {
    const payload = createPloomesWebhookPayload({
      entity: 'Deals',
      action: 'Win',
      newRecord: { Id: 501090282, StatusId: 2, OtherProperties: [{ FieldKey: 'deal_2A81', IntegerValue: 744747 }] },
      oldRecord: { Id: 501090282, StatusId: 1 },
    });
    expect(payload).toEqual({
      AccountId: 1_003_788,
      Action: 'Win',
      ActionUserId: 10_025_735,
      Entity: 'Deals',
      New: { Id: 501090282, StatusId: 2, OtherProperties: { deal_2A81: 744747 } },
      Old: { Id: 501090282, StatusId: 1 },
      WebhookId: 50_001_877,
      WebhookCreatorId: 50_004_632,
    });
  });
});

describe('Ploomes fake: rate limit and faults', () => {
  it('answers a bare 429 past the per-minute limit', async () => {
    const f = await start({ rateLimitPerMinute: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await get(f, { $top: '1' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await get(f, { $top: '1' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(await limited.text()).toBe('');
  });

  it('turns faults into 429s and a burst of 503s', async () => {
    const f = await start({ faults: { rateLimitEvery: 2 } });
    expect((await get(f, { $top: '1' })).status).toBe(200);
    expect((await get(f, { $top: '1' })).status).toBe(429);
    f.faults.rateLimitEvery = 0;
    f.faults.serverErrorBurst = 1;
    expect((await get(f, { $top: '1' })).status).toBe(503);
    expect((await get(f, { $top: '1' })).status).toBe(200);
  });
});

describe('Ploomes fake: Parts and the catalogue fields', () => {
  it('expands Parts with the linked ProductPart and its nested $select, only when asked; webhooks carry no Parts', async () => {
    const f = await start({ productCount: 60 });
    const machine = f.store.products.find((p) => p.Parts.length > 0)!;
    const page = (await (
      await get(f, { $filter: `Id eq ${machine.Id}`, $expand: 'OtherProperties,Parts($expand=ProductPart($select=Id,Name,Code))' })
    ).json()) as Page;
    const linked = f.store.products.find((p) => p.Id === machine.Parts[0]!.ProductPartId)!;
    expect(page.value[0]!.Parts).toEqual(
      machine.Parts.map((part) => ({
        ...part,
        ProductPart: expect.objectContaining({ Id: part.ProductPartId }) as unknown,
      })),
    );
    expect((page.value[0]!.Parts as { ProductPart: unknown }[])[0]!.ProductPart).toEqual({
      Id: linked.Id,
      Name: linked.Name,
      Code: linked.Code,
    });
    const plain = (await (await get(f, { $filter: `Id eq ${machine.Id}` })).json()) as Page;
    expect(plain.value[0]).not.toHaveProperty('Parts');
    const bad = await get(f, { $expand: 'Parts($expand=Supplier)' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: { code: '', message: "Could not find a property named 'Supplier' on type 'Ploomes.Api.Models.ProductPart'." },
    });
    expect(f.store.update(machine.Id, { UnitPrice: 1 }).New).not.toHaveProperty('Parts');
    // The supplier is a contact field: its id and the contact's name.
    const supplied = f.store.products.find((p) => p.OtherProperties.some((o) => o.FieldKey === PLOOMES_FIELD_KEYS.supplier))!;
    expect(supplied.OtherProperties.find((o) => o.FieldKey === PLOOMES_FIELD_KEYS.supplier)).toMatchObject({
      IntegerValue: expect.any(Number) as unknown,
      ObjectValueName: expect.any(String) as unknown,
    });
  });
});
