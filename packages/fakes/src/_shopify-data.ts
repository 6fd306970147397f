/**
 * Deterministic seed data of one fake Shopify shop: locations, products with variants, inventory
 * levels, customers and orders whose line items, taxes and totals add up (money as strings).
 */
import { createSeededRandom, type SeededRandom } from './_seeded-random.js';

/** A Shopify record: the fields below are typed, the rest of the real resource is kept as is. */
interface ShopifyRecord {
  id: number;
  admin_graphql_api_id: string;
  created_at: string;
  updated_at: string;
  [field: string]: unknown;
}

/** `GET shop.json` → `shop`. */
export interface ShopifyShop {
  id: number;
  name: string;
  domain: string;
  myshopify_domain: string;
  currency: string;
  iana_timezone: string;
  [field: string]: unknown;
}

/** A location inventory is stocked at. */
export interface ShopifyLocation extends ShopifyRecord {
  name: string;
  active: boolean;
}

/** A product variant; `price` is a string, `inventory_item_id` links to inventory levels. */
export interface ShopifyVariant extends ShopifyRecord {
  product_id: number;
  sku: string;
  price: string;
  inventory_item_id: number;
  inventory_quantity: number;
}

/** A product with its variants. */
export interface ShopifyProduct extends ShopifyRecord {
  title: string;
  vendor: string;
  status: 'active' | 'draft' | 'archived';
  variants: ShopifyVariant[];
}

/** A customer; `total_spent` is a string. */
export interface ShopifyCustomer extends ShopifyRecord {
  email: string;
  first_name: string;
  last_name: string;
  total_spent: string;
}

/** One line of an order; `price` is the unit price as a string. */
export interface ShopifyLineItem {
  id: number;
  product_id: number;
  variant_id: number;
  sku: string;
  title: string;
  quantity: number;
  price: string;
  [field: string]: unknown;
}

/** An order; money fields are strings, `closed_at`/`cancelled_at` decide its `status`. */
export interface ShopifyOrder extends ShopifyRecord {
  name: string;
  order_number: number;
  email: string;
  financial_status: string;
  fulfillment_status: string | null;
  closed_at: string | null;
  cancelled_at: string | null;
  processed_at: string;
  currency: string;
  total_price: string;
  subtotal_price: string;
  total_tax: string;
  line_items: ShopifyLineItem[];
}

/** The stock of one inventory item at one location (no `id` of its own). */
export interface ShopifyInventoryLevel {
  inventory_item_id: number;
  location_id: number;
  available: number | null;
  updated_at: string;
  admin_graphql_api_id: string;
}

/** How many records a seeded shop holds. */
export interface ShopifySeedCounts {
  /** @default 60 */
  orders?: number;
  /** @default 25 */
  products?: number;
  /** @default 30 */
  customers?: number;
}

/** Everything one shop holds. */
export interface ShopifyShopData {
  shop: ShopifyShop;
  locations: ShopifyLocation[];
  products: ShopifyProduct[];
  customers: ShopifyCustomer[];
  orders: ShopifyOrder[];
  inventoryLevels: ShopifyInventoryLevel[];
}

/** Shop-local time offset of the fake shops (America/New_York in summer). */
export const SHOPIFY_UTC_OFFSET_MINUTES = -240;

/** Formats an instant as Shopify does: shop-local time with its offset, no milliseconds. */
export function shopifyTime(ms: number, offsetMinutes = SHOPIFY_UTC_OFFSET_MINUTES): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Cents as Shopify's money string ("129.90"). */
export function centsToMoney(cents: number): string {
  return (cents / 100).toFixed(2);
}

const gid = (type: string, id: number | string): string => `gid://shopify/${type}/${id}`;

const FIRST_NAMES = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elena', 'Felipe', 'Grace', 'Hugo', 'Iris', 'Jonas', 'Kara', 'Luis'];
const LAST_NAMES = ['Silva', 'Okafor', 'Nguyen', 'Schmidt', 'Garcia', 'Cohen', 'Rossi', 'Kim', 'Dubois', 'Patel'];
const PRODUCTS = [
  ['Male Connector', 'BRN-0304'],
  ['Female Elbow 90°', 'BRN-2502'],
  ['Straight Union', 'BRN-0404'],
  ['Hex Nipple', 'BRN-5404'],
  ['Tee Adapter', 'BRN-6602'],
  ['Bulkhead Fitting', 'BRN-2700'],
  ['Reducer Bushing', 'BRN-5406'],
  ['Swivel Nut', 'BRN-6500'],
] as const;
const SIZES = ['1/4 x 1/8', '1/4 x 1/4', '3/8 x 1/4', '1/2 x 3/8'] as const;
const VENDORS = ['Brennan', 'Parker', 'Swagelok'] as const;

/**
 * Builds the seed data of one shop. `seed` makes each shop different but stable; `epochMs` is the
 * instant the oldest record was created (records spread over the following 60 days).
 */
export function createShopifyShopData(
  handle: string,
  seed: number,
  counts: ShopifySeedCounts = {},
  epochMs = Date.UTC(2024, 3, 1, 14),
): ShopifyShopData {
  const rnd = createSeededRandom(seed);
  const base = 5_000_000_000_000 + (seed % 1000) * 1_000_000_000;
  const at = (dayOffset: number): number => epochMs + Math.floor(dayOffset * 86_400_000);
  const domain = `${handle}.myshopify.com`;

  const shop: ShopifyShop = {
    id: 60_000_000_000 + (seed % 1000),
    name: handle.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
    email: `owner@${handle}.example`,
    domain,
    myshopify_domain: domain,
    province: 'New York',
    country: 'US',
    country_code: 'US',
    country_name: 'United States',
    address1: '150 Elgin Street',
    city: 'New York',
    zip: '10001',
    currency: 'USD',
    money_format: '${{amount}}',
    timezone: '(GMT-05:00) America/New_York',
    iana_timezone: 'America/New_York',
    shop_owner: 'Store Owner',
    plan_name: 'basic',
    plan_display_name: 'Basic',
    weight_unit: 'lb',
    primary_locale: 'en',
    created_at: shopifyTime(at(-400)),
    updated_at: shopifyTime(at(-10)),
  };

  const locations: ShopifyLocation[] = ['Main Warehouse', 'Retail Store'].map((name, i) => ({
    id: 655_441_491 + i * 1_000 + (seed % 100),
    admin_graphql_api_id: gid('Location', 655_441_491 + i * 1_000 + (seed % 100)),
    name,
    address1: `${100 + i * 20} Commerce Way`,
    city: 'New York',
    country_code: 'US',
    active: true,
    created_at: shopifyTime(at(-300)),
    updated_at: shopifyTime(at(-300)),
  }));

  const products = createProducts(rnd, counts.products ?? 25, base + 100_000_000, at);
  const variants = products.flatMap((p) => p.variants);
  const inventoryLevels: ShopifyInventoryLevel[] = [];
  for (const variant of variants) {
    for (const location of locations) {
      const available = location === locations[0] ? rnd.int(0, 120) : rnd.int(0, 15);
      inventoryLevels.push({
        inventory_item_id: variant.inventory_item_id,
        location_id: location.id,
        available,
        updated_at: variant.updated_at,
        admin_graphql_api_id: `gid://shopify/InventoryLevel/${location.id}?inventory_item_id=${variant.inventory_item_id}`,
      });
    }
    variant.inventory_quantity = inventoryLevels
      .filter((l) => l.inventory_item_id === variant.inventory_item_id)
      .reduce((sum, l) => sum + (l.available ?? 0), 0);
    variant.old_inventory_quantity = variant.inventory_quantity;
  }

  const customers = createCustomers(rnd, counts.customers ?? 30, base + 200_000_000, handle, at);
  const orders = createOrders(rnd, counts.orders ?? 60, base + 300_000_000, variants, products, customers, at);
  return { shop, locations, products, customers, orders, inventoryLevels };
}

function createProducts(rnd: SeededRandom, count: number, base: number, at: (d: number) => number): ShopifyProduct[] {
  const products: ShopifyProduct[] = [];
  for (let i = 0; i < count; i += 1) {
    const [title, skuRoot] = PRODUCTS[i % PRODUCTS.length] ?? PRODUCTS[0];
    const id = base + i * 37;
    const created = at(i * (40 / Math.max(count, 1)));
    const updated = created + rnd.int(0, 20) * 86_400_000;
    const vendor = rnd.pick(VENDORS);
    const sizes = SIZES.slice(0, rnd.int(1, 3));
    const series = String(Math.floor(i / PRODUCTS.length)).padStart(2, '0');
    const variants: ShopifyVariant[] = sizes.map((size, v) => {
      const variantId = base + 50_000_000 + i * 100 + v;
      const price = rnd.int(299, 8999);
      return {
        id: variantId,
        admin_graphql_api_id: gid('ProductVariant', variantId),
        product_id: id,
        title: size,
        price: centsToMoney(price),
        compare_at_price: rnd.chance(0.3) ? centsToMoney(price + rnd.int(100, 1500)) : null,
        sku: `${skuRoot}-${series}-${String(v + 1).padStart(2, '0')}`,
        position: v + 1,
        inventory_policy: 'deny',
        fulfillment_service: 'manual',
        inventory_management: 'shopify',
        option1: size,
        option2: null,
        option3: null,
        barcode: `0${String(12_345_000_000 + i * 10 + v).padStart(11, '0')}`,
        grams: rnd.int(20, 900),
        weight: 0,
        weight_unit: 'lb',
        taxable: true,
        requires_shipping: true,
        inventory_item_id: 43_000_000_000 + (base % 1_000_000_000) + i * 100 + v,
        inventory_quantity: 0,
        old_inventory_quantity: 0,
        created_at: shopifyTime(created),
        updated_at: shopifyTime(updated),
      };
    });
    for (const variant of variants) variant.weight = Math.round(((variant.grams as number) / 453.6) * 100) / 100;
    const fullTitle = `${title} ${series}`;
    products.push({
      id,
      admin_graphql_api_id: gid('Product', id),
      title: fullTitle,
      body_html: `<p>${title} in brass, series ${series}.</p>`,
      vendor,
      product_type: 'Fittings',
      handle: fullTitle
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
      status: i % 11 === 10 ? 'draft' : i % 13 === 12 ? 'archived' : 'active',
      published_scope: 'web',
      tags: rnd.chance(0.5) ? 'brass, hydraulic' : 'brass',
      template_suffix: null,
      published_at: shopifyTime(created),
      created_at: shopifyTime(created),
      updated_at: shopifyTime(updated),
      variants,
      options: [{ id: id + 1, product_id: id, name: 'Size', position: 1, values: sizes.slice() }],
      images: [],
      image: null,
    });
  }
  return products;
}

function createCustomers(rnd: SeededRandom, count: number, base: number, handle: string, at: (d: number) => number): ShopifyCustomer[] {
  const customers: ShopifyCustomer[] = [];
  for (let i = 0; i < count; i += 1) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Ana';
    const last = LAST_NAMES[(i * 7) % LAST_NAMES.length] ?? 'Silva';
    const id = base + i * 53;
    const created = at(i * (30 / Math.max(count, 1)));
    const address = {
      id: id + 7,
      customer_id: id,
      first_name: first,
      last_name: last,
      address1: `${rnd.int(1, 999)} Main Street`,
      city: rnd.pick(['Albany', 'Buffalo', 'Newark', 'Boston']),
      province: 'New York',
      country: 'United States',
      zip: String(rnd.int(10000, 14999)),
      province_code: 'NY',
      country_code: 'US',
      default: true,
    };
    customers.push({
      id,
      admin_graphql_api_id: gid('Customer', id),
      email: `${first}.${last}.${i}@${handle}.example`.toLowerCase(),
      first_name: first,
      last_name: last,
      phone: null,
      state: 'enabled',
      verified_email: true,
      tax_exempt: false,
      tags: '',
      note: null,
      currency: 'USD',
      orders_count: 0,
      total_spent: '0.00',
      last_order_id: null,
      last_order_name: null,
      addresses: [address],
      default_address: address,
      email_marketing_consent: {
        state: rnd.chance(0.4) ? 'subscribed' : 'not_subscribed',
        opt_in_level: 'single_opt_in',
        consent_updated_at: null,
      },
      created_at: shopifyTime(created),
      updated_at: shopifyTime(created),
    });
  }
  return customers;
}

function createOrders(
  rnd: SeededRandom,
  count: number,
  base: number,
  variants: ShopifyVariant[],
  products: ShopifyProduct[],
  customers: ShopifyCustomer[],
  at: (d: number) => number,
): ShopifyOrder[] {
  const orders: ShopifyOrder[] = [];
  let lineId = base + 90_000_000;
  for (let i = 0; i < count; i += 1) {
    const id = base + i * 1_000 + rnd.int(0, 999);
    const customer = customers.length > 0 ? rnd.pick(customers) : undefined;
    const created = at(1 + i * (55 / Math.max(count, 1)));
    const lines: ShopifyLineItem[] = [];
    for (let l = rnd.int(1, 4); l > 0 && variants.length > 0; l -= 1) {
      const variant = rnd.pick(variants);
      const product = products.find((p) => p.id === variant.product_id);
      const quantity = rnd.int(1, 6);
      lineId += rnd.int(1, 9);
      lines.push({
        id: lineId,
        admin_graphql_api_id: gid('LineItem', lineId),
        product_id: variant.product_id,
        variant_id: variant.id,
        title: product?.title ?? 'Product',
        variant_title: variant.title,
        name: `${product?.title ?? 'Product'} - ${String(variant.title)}`,
        sku: variant.sku,
        vendor: product?.vendor ?? null,
        quantity,
        current_quantity: quantity,
        fulfillable_quantity: quantity,
        price: variant.price,
        price_set: moneySet(variant.price),
        total_discount: '0.00',
        grams: variant.grams,
        requires_shipping: true,
        taxable: true,
        gift_card: false,
        fulfillment_service: 'manual',
        fulfillment_status: null,
        tax_lines: [],
      });
    }
    const subtotalCents = lines.reduce((sum, line) => sum + Math.round(Number(line.price) * 100) * line.quantity, 0);
    const discountCents = i % 5 === 0 ? Math.round(subtotalCents * 0.1) : 0;
    const taxCents = Math.round((subtotalCents - discountCents) * 0.08875);
    const shippingCents = subtotalCents > 10_000 ? 0 : 995;
    const totalCents = subtotalCents - discountCents + taxCents + shippingCents;
    for (const line of lines) {
      const lineCents = Math.round(Number(line.price) * 100) * line.quantity;
      const lineTax = subtotalCents === 0 ? 0 : Math.round((taxCents * lineCents) / subtotalCents);
      line.tax_lines = [{ title: 'NY State Tax', rate: 0.08875, price: centsToMoney(lineTax), price_set: moneySet(centsToMoney(lineTax)) }];
    }
    // Most orders are paid and fulfilled; some are open, refunded, or cancelled, so `status` matters.
    const roll = rnd.next();
    const cancelled = roll < 0.08;
    const closed = !cancelled && roll < 0.55;
    const fulfilled = closed || (!cancelled && roll < 0.7);
    const updated = created + rnd.int(1, 72) * 3_600_000;
    if (fulfilled) for (const line of lines) Object.assign(line, { fulfillable_quantity: 0, fulfillment_status: 'fulfilled' });
    const number = 1001 + i;
    orders.push({
      id,
      admin_graphql_api_id: gid('Order', id),
      name: `#${number}`,
      order_number: number,
      number: number - 1000,
      email: customer?.email ?? '',
      contact_email: customer?.email ?? '',
      created_at: shopifyTime(created),
      updated_at: shopifyTime(updated),
      processed_at: shopifyTime(created),
      closed_at: closed ? shopifyTime(updated) : null,
      cancelled_at: cancelled ? shopifyTime(updated) : null,
      cancel_reason: cancelled ? 'customer' : null,
      financial_status: cancelled ? 'refunded' : i % 9 === 4 ? 'pending' : 'paid',
      fulfillment_status: fulfilled ? 'fulfilled' : null,
      confirmed: true,
      test: false,
      currency: 'USD',
      presentment_currency: 'USD',
      taxes_included: false,
      total_line_items_price: centsToMoney(subtotalCents),
      subtotal_price: centsToMoney(subtotalCents - discountCents),
      total_discounts: centsToMoney(discountCents),
      total_tax: centsToMoney(taxCents),
      total_price: centsToMoney(totalCents),
      total_price_set: moneySet(centsToMoney(totalCents)),
      total_weight: lines.reduce((sum, line) => sum + (line.grams as number) * line.quantity, 0),
      source_name: i % 4 === 0 ? 'pos' : 'web',
      tags: '',
      note: null,
      discount_codes: discountCents > 0 ? [{ code: 'SPRING10', amount: centsToMoney(discountCents), type: 'percentage' }] : [],
      shipping_lines: [{ id: id + 1, title: 'Standard', code: 'Standard', price: centsToMoney(shippingCents), source: 'shopify' }],
      customer: customer
        ? { id: customer.id, email: customer.email, first_name: customer.first_name, last_name: customer.last_name }
        : null,
      shipping_address: customer?.default_address ?? null,
      line_items: lines,
    });
    if (customer && !cancelled) {
      customer.orders_count = (customer.orders_count as number) + 1;
      customer.total_spent = centsToMoney(Math.round(Number(customer.total_spent) * 100) + totalCents);
      customer.last_order_id = id;
      customer.last_order_name = `#${number}`;
    }
  }
  return orders.sort((a, b) => a.id - b.id);
}

function moneySet(amount: string): Record<string, { amount: string; currency_code: string }> {
  return { shop_money: { amount, currency_code: 'USD' }, presentment_money: { amount, currency_code: 'USD' } };
}
