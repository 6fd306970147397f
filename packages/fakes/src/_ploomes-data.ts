import { addCatalog, PLOOMES_CATALOG_FIELD_KEYS } from './_ploomes-catalog.js';
import { createSeededRandom } from './_seeded-random.js';
import type { PloomesOtherProperty, PloomesProduct } from './ploomes-fake.js';

/** Field keys of the generated `OtherProperties` (Ploomes keys are `product_` plus a GUID). */
export const PLOOMES_FIELD_KEYS = {
  brand: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A01',
  ncm: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A02',
  weightKg: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A03',
  stock: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A04',
  rentalAvailable: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A05',
  omieCode: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A06',
  lastReview: 'product_8D2F5A1C-3B7E-4C19-9A60-2E5D7F0B1A07',
  ...PLOOMES_CATALOG_FIELD_KEYS,
} as const;

export const GROUPS: Record<number, string> = { 10011: 'Compressores', 10012: 'Peças e Filtros', 10013: 'Serviços', 10014: 'Locação' };
export const FAMILIES: Record<number, string> = { 501: 'Parafuso', 502: 'Pistão', 503: 'Secadores' };
const SERVICE_KINDS = [
  { code: 'MANUT', name: 'Manutenção preventiva compressor parafuso' },
  { code: 'INST', name: 'Instalação de compressor e rede de ar' },
  { code: 'REVIS', name: 'Revisão geral de unidade compressora' },
  { code: 'VISTEC', name: 'Visita técnica' },
] as const;
const ATLAS = ['Atlas Copco', 'ATLAS COPCO', 'Atlas'] as const;
const INGERSOLL = ['Ingersoll Rand', 'Ingersoll-Rand', 'INGERSOLL RAND'] as const;
const OTHERS = ['Schulz', 'Chicago Pneumatic', 'Kaeser', 'Metalplan'] as const;
const PARTS = [
  'Filtro de óleo',
  'Filtro de ar',
  'Separador ar/óleo',
  'Kit reparo válvula',
  'Óleo lubrificante 20L',
  'Compressor de parafuso',
  'Secador por refrigeração',
  'Correia',
] as const;

/**
 * Generates `count` products, the same for the same seed: every 12th (from the 1st) a rental `CIA_LOC_...`,
 * every 12th (from the 2nd) and every 10th (from the 6th) a service `CIA_...`, the rest parts and machines
 * named with Atlas Copco, Ingersoll Rand or other brands (in varying case), some created through Omie.
 */
export function createPloomesProducts(count = 150, seed = 1): PloomesProduct[] {
  const random = createSeededRandom(seed);
  const products: PloomesProduct[] = [];
  const base = Date.UTC(2024, 0, 2, 9, 0, 0);
  let rentals = 0;
  let services = 0;
  for (let i = 0; i < count; i++) {
    const created = base + random.int(0, 120) * 86_400_000 + random.int(0, 36_000) * 1000;
    const updated = created + random.int(0, 40) * 86_400_000 + random.int(0, 30_000) * 1000 + (i % 3 === 0 ? random.int(1, 999) : 0);
    const other: PloomesOtherProperty[] = [];
    let name: string;
    let code: string | null;
    let groupId: number;
    let familyId: number | null = null;
    let unit = 'UN';
    let price: number;
    if (i % 12 === 0) {
      rentals += 1;
      const brand = rentals % 2 === 0 ? random.pick(ATLAS) : random.pick(INGERSOLL);
      name = `Locação Compressor ${brand} ${random.pick(['XAS 185', 'GA 37', 'R55i', 'UP6-30'])} - Mensal`;
      code = `CIA_LOC_${String(rentals).padStart(3, '0')}`;
      groupId = 10014;
      unit = 'MES';
      price = random.int(2_500, 18_000);
      other.push({ FieldKey: PLOOMES_FIELD_KEYS.rentalAvailable, BoolValue: random.chance(0.7) });
    } else if (i % 12 === 1 || i % 10 === 5) {
      services += 1;
      const kind = random.pick(SERVICE_KINDS);
      name = kind.name;
      code = `CIA_${kind.code}_${String(services).padStart(3, '0')}`;
      groupId = 10013;
      unit = 'H';
      price = random.int(180, 950);
    } else {
      const r = random.next();
      const brand = r < 0.35 ? random.pick(ATLAS) : r < 0.75 ? random.pick(INGERSOLL) : random.pick(OTHERS);
      const part = random.pick(PARTS);
      const partNumber = String(random.int(1_600_000_000, 1_699_999_999));
      name = `${part} ${brand} ${partNumber}`;
      code = i % 37 === 36 ? null : partNumber;
      groupId = part.startsWith('Compressor') || part.startsWith('Secador') ? 10011 : 10012;
      familyId = groupId === 10011 ? random.pick([501, 502, 503]) : null;
      price = Math.round(random.int(4_000, 9_000_000)) / 100;
      other.push({ FieldKey: PLOOMES_FIELD_KEYS.brand, StringValue: brand });
      other.push({ FieldKey: PLOOMES_FIELD_KEYS.ncm, StringValue: `8414.${random.pick(['80.19', '90.39', '80.11'])}` });
      other.push({ FieldKey: PLOOMES_FIELD_KEYS.weightKg, DecimalValue: random.int(10, 90_000) / 100 });
      other.push({ FieldKey: PLOOMES_FIELD_KEYS.stock, IntegerValue: random.int(0, 40) });
      if (i % 4 !== 0) other.push({ FieldKey: PLOOMES_FIELD_KEYS.omieCode, IntegerValue: 2_000_000_000 + i * 13 });
      if (i % 5 === 0) other.push({ FieldKey: PLOOMES_FIELD_KEYS.lastReview, DateTimeValue: zoneless(updated - 86_400_000 * 30, false) });
    }
    products.push({
      Id: 40_012_345 + i * 11,
      Name: name,
      Code: code,
      GroupId: groupId,
      FamilyId: familyId,
      CurrencyId: 1,
      UnitPrice: price,
      MeasurementUnit: unit,
      Suspended: i % 29 === 7,
      CreatorId: 10_025_735,
      UpdaterId: 10_025_735 + (i % 3),
      CreateDate: zoneless(created, false),
      LastUpdateDate: zoneless(updated, updated % 1000 !== 0),
      OtherProperties: other,
      Parts: [],
    });
  }
  addCatalog(products, seed);
  return products;
}

/** `2024-02-28T19:00:01.213` (or without milliseconds) from a moment already shifted to local time. */
export function zoneless(epochMs: number, withMillis: boolean): string {
  const iso = new Date(epochMs).toISOString();
  return withMillis ? iso.slice(0, 23) : iso.slice(0, 19);
}
