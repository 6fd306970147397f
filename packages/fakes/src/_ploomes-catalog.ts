/**
 * The parts of a Ploomes product catalogue the seed's full schema reads: a product's `Parts` and
 * the account fields for description, cost, CFOP, dimensions and the main supplier.
 *
 * - `Parts` [V: `$expand` lists it in shared/apis.md; shape P: the `Products@Parts` entity set of a
 *   public Postman collection]: `{Id, ProductId, ProductPartId, MinimumQuantity, MaximumQuantity,
 *   DefaultQuantity, CurrencyId, MinimumUnitPrice, MaximumUnitPrice, DefaultUnitPrice}`, the product
 *   linked to another product (a part, an accessory, a model of a kit); `ProductPart` is the linked
 *   product, expanded with `Parts($expand=ProductPart($select=Id,Name,Code))`.
 * - Ploomes has no supplier entity on products [I]: the supplier is an account field of type contact,
 *   an `OtherProperties` entry with the contact's id in `IntegerValue` and its name in `ObjectValueName`
 *   (a field type apis.md lists); the supplier's code, lead time and the cost price are account fields too.
 */
import { createSeededRandom } from './_seeded-random.js';

/** A part link of a product, as `$expand=Parts` returns it. */
export interface PloomesPart {
  Id: number;
  ProductId: number;
  ProductPartId: number;
  MinimumQuantity: number;
  MaximumQuantity: number;
  DefaultQuantity: number;
  CurrencyId: number;
  MinimumUnitPrice: number;
  MaximumUnitPrice: number;
  DefaultUnitPrice: number;
}

/** Field keys of the catalogue fields, `product_` plus a GUID like every Ploomes field key. */
export const PLOOMES_CATALOG_FIELD_KEYS = {
  description: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A08',
  costPrice: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A09',
  cfop: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A10',
  lengthCm: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A11',
  widthCm: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A12',
  heightCm: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A13',
  supplier: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A14',
  supplierCode: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A15',
  leadTimeDays: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A16',
} as const;

/** Supplier companies: Ploomes contacts (id and name). */
export const PLOOMES_SUPPLIERS = [
  { Id: 70_010_001, Name: 'Atlas Copco Brasil Ltda' },
  { Id: 70_010_002, Name: 'Ingersoll-Rand do Brasil Ltda' },
  { Id: 70_010_003, Name: 'Schulz S/A' },
  { Id: 70_010_004, Name: 'Distribuidora Pneumática Paulista Ltda' },
] as const;

/** What the catalogue needs of a product; the fake's own type has these and more. */
interface CatalogProduct {
  Id: number;
  Name: string;
  Code: string | null;
  GroupId: number;
  CurrencyId: number;
  UnitPrice: number;
  OtherProperties: { FieldKey: string }[];
  Parts: PloomesPart[];
}

/**
 * Adds the catalogue fields and the part links to generated products, the same for the same seed:
 * products and parts get a description, a cost price and a CFOP, most a supplier with its code and
 * lead time; machines (group 10011) get dimensions and 1 to 3 part links to part products.
 */
export function addCatalog(products: CatalogProduct[], seed: number): void {
  const random = createSeededRandom(seed * 7919 + 17);
  const parts = products.filter((p) => p.GroupId === 10012);
  let nextPartId = 9_001_000;
  for (const product of products) {
    const service = product.Code?.startsWith('CIA_') ?? false;
    const push = (FieldKey: string, value: Record<string, unknown>) =>
      product.OtherProperties.push({ FieldKey, ...value } as { FieldKey: string });
    push(PLOOMES_CATALOG_FIELD_KEYS.description, {
      BigStringValue: service ? `${product.Name}: atendimento pela equipe técnica CIA.` : `${product.Name}. Garantia de fábrica.`,
    });
    if (service) continue;
    push(PLOOMES_CATALOG_FIELD_KEYS.costPrice, { DecimalValue: Math.round(product.UnitPrice * random.int(45, 80)) / 100 });
    push(PLOOMES_CATALOG_FIELD_KEYS.cfop, { StringValue: random.pick(['5102', '5405', '6102']) });
    if (random.chance(0.75)) {
      const supplier = random.pick(PLOOMES_SUPPLIERS);
      push(PLOOMES_CATALOG_FIELD_KEYS.supplier, { IntegerValue: supplier.Id, ObjectValueName: supplier.Name });
      push(PLOOMES_CATALOG_FIELD_KEYS.supplierCode, { StringValue: `F-${random.int(10_000, 99_999)}` });
      push(PLOOMES_CATALOG_FIELD_KEYS.leadTimeDays, { IntegerValue: random.int(2, 60) });
    }
    if (product.GroupId !== 10011) continue;
    push(PLOOMES_CATALOG_FIELD_KEYS.lengthCm, { DecimalValue: random.int(400, 2_400) / 10 });
    push(PLOOMES_CATALOG_FIELD_KEYS.widthCm, { DecimalValue: random.int(300, 1_600) / 10 });
    push(PLOOMES_CATALOG_FIELD_KEYS.heightCm, { DecimalValue: random.int(500, 2_000) / 10 });
    const count = parts.length ? random.int(1, 3) : 0;
    const chosen = new Set<number>();
    for (let i = 0; i < count; i++) chosen.add(random.pick(parts).Id);
    for (const partId of chosen)
      product.Parts.push(
        partLink(
          nextPartId++,
          product.Id,
          products.find((p) => p.Id === partId)!,
          random.int(1, 4),
        ),
      );
  }
}

/** A part link of `product` to `part`, `quantity` by default, at the part's price. */
export function partLink(
  id: number,
  productId: number,
  part: Pick<CatalogProduct, 'Id' | 'UnitPrice' | 'CurrencyId'>,
  quantity: number,
): PloomesPart {
  return {
    Id: id,
    ProductId: productId,
    ProductPartId: part.Id,
    MinimumQuantity: 1,
    MaximumQuantity: quantity * 2,
    DefaultQuantity: quantity,
    CurrencyId: part.CurrencyId,
    MinimumUnitPrice: Math.round(part.UnitPrice * 90) / 100,
    MaximumUnitPrice: part.UnitPrice,
    DefaultUnitPrice: part.UnitPrice,
  };
}

/** One `$expand` item: a navigation property and its nested `$expand` / `$select`. */
export interface ExpandItem {
  name: string;
  expand: ExpandItem[];
  select: string[] | undefined;
}

/**
 * Parses an OData `$expand` value with nested options, e.g.
 * `OtherProperties,Parts($expand=ProductPart($select=Id,Name,Code))`: commas inside parentheses
 * belong to the nested options, which are separated by `;`.
 */
export function parseExpand(text: string): ExpandItem[] {
  const items: ExpandItem[] = [];
  for (const part of splitTop(text, ',')) {
    const open = part.indexOf('(');
    const name = (open === -1 ? part : part.slice(0, open)).trim();
    if (!name) continue;
    const item: ExpandItem = { name, expand: [], select: undefined };
    if (open !== -1) {
      if (!part.trimEnd().endsWith(')')) throw new Error(`unbalanced parentheses in $expand near '${part}'`);
      for (const option of splitTop(part.slice(open + 1, part.trimEnd().length - 1), ';')) {
        const [key, ...rest] = option.split('=');
        const value = rest.join('=').trim();
        if (key?.trim() === '$expand') item.expand = parseExpand(value);
        else if (key?.trim() === '$select')
          item.select = value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        else if (option.trim()) throw new Error(`the fake supports only $expand and $select inside $expand, not '${option.trim()}'`);
      }
    }
    items.push(item);
  }
  return items;
}

/** Splits at `separator` outside parentheses. */
function splitTop(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === separator && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Keeps only the `$select`ed keys of a record (all of them without a `$select`). */
export function selectKeys(record: Record<string, unknown>, select: readonly string[] | undefined): Record<string, unknown> {
  if (!select) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => select.includes(key)));
}
