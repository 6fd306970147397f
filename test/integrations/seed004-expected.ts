import { PLOOMES_FIELD_KEYS, ploomesOtherPropertiesToMap, type PloomesProduct } from '@syncengine/fakes';

/**
 * What pipelines/ploomes-to-postgres.yaml should make of the Ploomes fake's products, written out
 * independently of the pipeline: the records, and the rows of each table as PostgreSQL holds them.
 */

/** The account's field keys, as `--var`s (the fake's keys). */
export const FIELD_VARS = [
  `ncm_field=${PLOOMES_FIELD_KEYS.ncm}`,
  `weight_field=${PLOOMES_FIELD_KEYS.weightKg}`,
  `stock_field=${PLOOMES_FIELD_KEYS.stock}`,
  `omie_code_field=${PLOOMES_FIELD_KEYS.omieCode}`,
  `rental_available_field=${PLOOMES_FIELD_KEYS.rentalAvailable}`,
  `description_field=${PLOOMES_FIELD_KEYS.description}`,
  `cost_price_field=${PLOOMES_FIELD_KEYS.costPrice}`,
  `cfop_field=${PLOOMES_FIELD_KEYS.cfop}`,
  `length_field=${PLOOMES_FIELD_KEYS.lengthCm}`,
  `width_field=${PLOOMES_FIELD_KEYS.widthCm}`,
  `height_field=${PLOOMES_FIELD_KEYS.heightCm}`,
  `supplier_field=${PLOOMES_FIELD_KEYS.supplier}`,
  `supplier_code_field=${PLOOMES_FIELD_KEYS.supplierCode}`,
  `lead_time_field=${PLOOMES_FIELD_KEYS.leadTimeDays}`,
].flatMap((v) => ['--var', v]);

/** Group and family names the fake answers `$expand=Group,Family` with. */
const GROUPS: Record<number, string> = { 10011: 'Compressores', 10012: 'Peças e Filtros', 10013: 'Serviços', 10014: 'Locação' };
const FAMILIES: Record<number, string> = { 501: 'Parafuso', 502: 'Pistão', 503: 'Secadores' };

/** A products_enhanced record as the pipeline's transforms hand it to the sink (and `--dry-run` prints it). */
export interface ProductRecord {
  ploomes_product_id: string;
  external_id: string | null;
  name: string;
  code: string | null;
  description: string | null;
  product_type: 'rental' | 'service' | 'product';
  category: string | null;
  subcategory: string | null;
  brand: string | null;
  base_price: number;
  cost_price: number | null;
  currency: string;
  weight: number | null;
  dimensions: { length_cm: number | null; width_cm: number | null; height_cm: number | null } | null;
  ncm_code: string | null;
  cfop_code: string | null;
  stock_quantity: number;
  unit_of_measure: string;
  active: boolean;
  available_for_sale: boolean;
  source_system: string;
  source_created_at: string;
  source_updated_at: string;
  custom_fields: Record<string, unknown>;
  tags: string[];
  rental_available: boolean | null;
  parts: unknown[];
  supplier_id: string | null;
  supplier_name: string | null;
  supplier_code: string | null;
  lead_time_days: number | null;
}

/** A zone-less account-local time as the UTC instant it denotes. */
export function utc(local: string, offset = '-03:00'): string {
  return new Date(Date.parse(`${local}${offset}`)).toISOString();
}

const field = (p: PloomesProduct, key: string) => ploomesOtherPropertiesToMap(p.OtherProperties)[key] ?? null;
const text = (v: unknown) => (v === null ? null : String(v));

/** The seed's classification, written out independently of the pipeline. */
export function classify(p: Pick<PloomesProduct, 'Code' | 'Name'>): Pick<ProductRecord, 'product_type' | 'brand'> {
  const code = p.Code ?? '';
  if (code.startsWith('CIA_LOC_')) return { product_type: 'rental', brand: null };
  if (code.startsWith('CIA_')) return { product_type: 'service', brand: null };
  if (/atlas/i.test(p.Name)) return { product_type: 'product', brand: 'Atlas Copco' };
  if (/ingersoll/i.test(p.Name)) return { product_type: 'product', brand: 'Ingersoll Rand' };
  return { product_type: 'product', brand: null };
}

/** The seed's five categories, as the pipeline's `selections:` choose them. */
export const SELECTIONS = {
  services: (p: PloomesProduct) => classify(p).product_type === 'service',
  rentals: (p: PloomesProduct) => classify(p).product_type === 'rental',
  atlas: (p: PloomesProduct) => classify(p).brand === 'Atlas Copco',
  ingersoll: (p: PloomesProduct) => classify(p).brand === 'Ingersoll Rand',
  omie: (p: PloomesProduct) => field(p, PLOOMES_FIELD_KEYS.omieCode) !== null,
} as const;

/** The ordered category tags of a product. */
function tagsOf(p: PloomesProduct): string[] {
  return (Object.keys(SELECTIONS) as (keyof typeof SELECTIONS)[]).filter((name) => SELECTIONS[name](p));
}

/**
 * What the pipeline should make of a fake product; `catalog` (every product) names the linked
 * products of its parts, as `$expand=Parts($expand=ProductPart(...))` does.
 */
export function expectedRecord(p: PloomesProduct, offset = '-03:00', catalog: readonly PloomesProduct[] = []): ProductRecord {
  const omie = field(p, PLOOMES_FIELD_KEYS.omieCode);
  const [length, width, height] = [PLOOMES_FIELD_KEYS.lengthCm, PLOOMES_FIELD_KEYS.widthCm, PLOOMES_FIELD_KEYS.heightCm].map(
    (k) => field(p, k) as number | null,
  );
  const supplier = p.OtherProperties.find((o) => o.FieldKey === PLOOMES_FIELD_KEYS.supplier);
  return {
    ploomes_product_id: String(p.Id),
    external_id: text(omie),
    name: p.Name,
    code: p.Code,
    description: field(p, PLOOMES_FIELD_KEYS.description) as string | null,
    ...classify(p),
    category: GROUPS[p.GroupId] ?? null,
    subcategory: p.FamilyId === null ? null : (FAMILIES[p.FamilyId] ?? null),
    base_price: p.UnitPrice,
    cost_price: field(p, PLOOMES_FIELD_KEYS.costPrice) as number | null,
    currency: 'BRL',
    weight: field(p, PLOOMES_FIELD_KEYS.weightKg) as number | null,
    dimensions: length === null && width === null && height === null ? null : { length_cm: length!, width_cm: width!, height_cm: height! },
    ncm_code: field(p, PLOOMES_FIELD_KEYS.ncm) as string | null,
    cfop_code: text(field(p, PLOOMES_FIELD_KEYS.cfop)),
    stock_quantity: (field(p, PLOOMES_FIELD_KEYS.stock) as number | null) ?? 0,
    unit_of_measure: p.MeasurementUnit,
    active: !p.Suspended,
    available_for_sale: !p.Suspended,
    source_system: omie === null ? 'ploomes' : 'omie',
    source_created_at: utc(p.CreateDate, offset),
    source_updated_at: utc(p.LastUpdateDate, offset),
    custom_fields: ploomesOtherPropertiesToMap(p.OtherProperties),
    tags: tagsOf(p),
    rental_available: field(p, PLOOMES_FIELD_KEYS.rentalAvailable) as boolean | null,
    parts: p.Parts.map((part) => {
      const linked = catalog.find((c) => c.Id === part.ProductPartId);
      return { ...part, ProductPart: linked ? { Id: linked.Id, Name: linked.Name, Code: linked.Code } : null };
    }),
    supplier_id: supplier?.IntegerValue === undefined ? null : String(supplier.IntegerValue),
    supplier_name: supplier?.ObjectValueName ?? null,
    supplier_code: text(field(p, PLOOMES_FIELD_KEYS.supplierCode)),
    lead_time_days: field(p, PLOOMES_FIELD_KEYS.leadTimeDays) as number | null,
  };
}

const money = (n: number) => n.toFixed(2);
const byId = <T extends { ploomes_product_id: string }>(rows: T[]) =>
  [...rows].sort(
    (a, b) => Number(a.ploomes_product_id) - Number(b.ploomes_product_id) || JSON.stringify(a).localeCompare(JSON.stringify(b)),
  );

/** products_enhanced as PostgreSQL holds it (numerics as their text). */
export function expectedProducts(products: readonly PloomesProduct[], offset?: string) {
  return byId(
    products.map((p) => {
      const {
        rental_available: _r,
        parts: _p,
        supplier_id: _s,
        supplier_name: _n,
        supplier_code: _c,
        lead_time_days: _l,
        ...row
      } = expectedRecord(p, offset);
      return {
        ...row,
        base_price: money(row.base_price),
        cost_price: row.cost_price === null ? null : money(row.cost_price),
        weight: row.weight === null ? null : row.weight.toFixed(3),
      };
    }),
  );
}

const CYCLES: Record<string, string> = { H: 'hourly', DIA: 'daily', MES: 'monthly', UN: 'per_service' };
const PERIODS: Record<string, string> = { H: 'hourly', DIA: 'daily', SEM: 'weekly', MES: 'monthly' };

/** service_specifications rows: exactly the services. */
export function expectedServices(products: readonly PloomesProduct[], offset?: string) {
  return byId(
    products
      .map((p) => expectedRecord(p, offset))
      .filter((r) => r.product_type === 'service')
      .map((r) => ({
        ploomes_product_id: r.ploomes_product_id,
        service_code: r.code,
        service_name: r.name,
        billing_cycle: CYCLES[r.unit_of_measure] ?? 'per_service',
        rate: money(r.base_price),
        currency: r.currency,
        active: r.active,
        source_updated_at: r.source_updated_at,
      })),
  );
}

/** rental_specifications rows: exactly the rentals. */
export function expectedRentals(products: readonly PloomesProduct[], offset?: string) {
  return byId(
    products
      .map((p) => expectedRecord(p, offset))
      .filter((r) => r.product_type === 'rental')
      .map((r) => ({
        ploomes_product_id: r.ploomes_product_id,
        rental_code: r.code,
        equipment_name: r.name,
        rental_period: PERIODS[r.unit_of_measure] ?? 'monthly',
        rental_rate: money(r.base_price),
        currency: r.currency,
        available: r.rental_available,
        active: r.active,
        source_updated_at: r.source_updated_at,
      })),
  );
}

/** product_variants rows: one per part link, with the linked product's code and name. */
export function expectedVariants(products: readonly PloomesProduct[], offset?: string) {
  const byProduct = new Map(products.map((p) => [p.Id, p]));
  return byId(
    products.flatMap((p) =>
      p.Parts.map((part) => ({
        variant_id: String(part.Id),
        ploomes_product_id: String(p.Id),
        variant_product_id: String(part.ProductPartId),
        variant_code: byProduct.get(part.ProductPartId)?.Code ?? null,
        variant_name: byProduct.get(part.ProductPartId)?.Name ?? null,
        default_quantity: part.DefaultQuantity.toFixed(3),
        min_quantity: part.MinimumQuantity.toFixed(3),
        max_quantity: part.MaximumQuantity.toFixed(3),
        unit_price: money(part.DefaultUnitPrice),
        currency: 'BRL',
        product_updated_at: utc(p.LastUpdateDate, offset),
      })),
    ),
  );
}

/** product_suppliers rows: one per product with a supplier. */
export function expectedSuppliers(products: readonly PloomesProduct[], offset?: string) {
  return byId(
    products
      .map((p) => expectedRecord(p, offset))
      .filter((r) => r.supplier_id !== null)
      .map((r) => ({
        ploomes_product_id: r.ploomes_product_id,
        supplier_contact_id: r.supplier_id,
        supplier_name: r.supplier_name,
        supplier_product_code: r.supplier_code,
        cost_price: r.cost_price === null ? null : money(r.cost_price),
        currency: r.currency,
        lead_time_days: r.lead_time_days,
        product_updated_at: r.source_updated_at,
      })),
  );
}
