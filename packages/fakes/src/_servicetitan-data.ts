/**
 * Deterministic seed data of the ServiceTitan fake. Both environments hold master data (vendors,
 * warehouses, business units, customers, locations, job types, campaigns) under different ids, as a
 * tenant's production and integration environments do. By default integration's differs in places
 * (`_servicetitan-drift.ts`: a renamed vendor, a missing job type and customer, extra records);
 * without drift the names are the same. Production also holds materials, purchase orders and jobs,
 * whose foreign keys are production ids.
 */
import { createSeededRandom } from './_seeded-random.js';
import { driftNames } from './_servicetitan-drift.js';

/** The resources the fake serves, by their path segment. */
export type ServiceTitanResource =
  | 'materials'
  | 'vendors'
  | 'warehouses'
  | 'purchase-orders'
  | 'jobs'
  | 'job-types'
  | 'customers'
  | 'locations'
  | 'campaigns'
  | 'business-units'
  | 'appointments';

/** Which ServiceTitan environment a fake plays. */
export type ServiceTitanEnvironment = 'production' | 'integration';

/** A ServiceTitan record: camelCase fields, numeric `id`, RFC 3339 `createdOn`/`modifiedOn`. */
export interface ServiceTitanRecord {
  id: number;
  createdOn: string;
  modifiedOn: string;
  [field: string]: unknown;
}

/** A pricebook material (what the seed calls an item). */
export interface ServiceTitanMaterial extends ServiceTitanRecord {
  code: string;
  displayName: string;
  description: string;
  cost: number;
  price: number;
  memberPrice: number;
  active: boolean;
  unitOfMeasure: string;
  isInventory: boolean;
}

/** One line of a purchase order; `skuId` is a material id. */
export interface ServiceTitanPurchaseOrderItem {
  id: number;
  skuId: number;
  skuCode: string;
  skuName: string;
  quantity: number;
  cost: number;
  total: number;
  [field: string]: unknown;
}

/** A purchase order; `vendorId`, `businessUnitId`, `inventoryLocationId` and item `skuId`s are foreign keys. */
export interface ServiceTitanPurchaseOrder extends ServiceTitanRecord {
  number: string;
  vendorId: number;
  businessUnitId: number;
  inventoryLocationId: number;
  jobId: number | null;
  status: string;
  total: number;
  items: ServiceTitanPurchaseOrderItem[];
}

/** A job; `customerId`, `locationId`, `businessUnitId`, `jobTypeId` and `campaignId` are foreign keys. */
export interface ServiceTitanJob extends ServiceTitanRecord {
  jobNumber: string;
  customerId: number;
  locationId: number;
  businessUnitId: number;
  jobTypeId: number;
  campaignId: number;
  priority: string;
  jobStatus: string;
  summary: string;
}

/** An appointment of a job (`/jpm/v2/tenant/{tenant}/appointments`): a job is created with at least one. */
export interface ServiceTitanAppointment extends ServiceTitanRecord {
  jobId: number;
  appointmentNumber: string;
  start: string;
  end: string;
  arrivalWindowStart: string | null;
  arrivalWindowEnd: string | null;
  status: string;
  customerId: number;
}

/** Every collection of one environment. */
export type ServiceTitanData = Record<ServiceTitanResource, ServiceTitanRecord[]>;

/** The kinds whose records the integration environment must already hold before POs and jobs are copied. */
export const MASTER_RESOURCES: readonly ServiceTitanResource[] = [
  'business-units',
  'warehouses',
  'vendors',
  'job-types',
  'campaigns',
  'customers',
  'locations',
];

/** ServiceTitan timestamps as the fake writes them: UTC, no milliseconds. */
export function stTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

const RESOURCE_BASE: Record<ServiceTitanResource, number> = {
  'business-units': 1_000,
  warehouses: 2_000,
  vendors: 3_000,
  'job-types': 4_000,
  campaigns: 5_000,
  customers: 20_000_000,
  locations: 21_000_000,
  materials: 61_234_000,
  'purchase-orders': 70_100_000,
  jobs: 80_200_000,
  appointments: 80_200_001,
};

/** The id of the `index`-th seeded record of a kind: production and integration ids never coincide. */
export function seededId(resource: ServiceTitanResource, environment: ServiceTitanEnvironment, index: number): number {
  const base = RESOURCE_BASE[resource];
  return environment === 'production' ? base + 7 + index * 13 : base * 3 + 500 + index * 11;
}

const BUSINESS_UNITS = ['HVAC Service', 'Plumbing Service', 'Plumbing Install'];
const WAREHOUSES = ['Main Warehouse', 'North Yard'];
const VENDORS = ['Ferguson Supply', 'Johnstone Supply', 'Winsupply', 'Hajoca', 'Consolidated Pipe', 'Grainger'];
const JOB_TYPES = ['Service Call', 'Maintenance', 'Install', 'Warranty', 'Estimate'];
const CAMPAIGNS = ['Google Ads', 'Yard Signs', 'Referral', 'Website'];
const CUSTOMERS = [
  'Ana Silva',
  'Bruno Okafor',
  'Carla Nguyen',
  'Diego Schmidt',
  'Elena Garcia',
  'Felipe Cohen',
  'Grace Rossi',
  'Hugo Kim',
  'Iris Dubois',
  'Jonas Patel',
  'Oak Street Dental',
  'Riverside Apartments',
];
const MATERIALS = [
  ['PVC-050', '1/2" PVC Pipe 10ft', 'Schedule 40', 'EA'],
  ['PVC-075', '3/4" PVC Pipe 10ft', 'Schedule 40', 'EA'],
  ['CU-L-050', '1/2" Copper Type L', 'Per foot', 'FT'],
  ['PEX-A-050', '1/2" PEX-A Coil 100ft', 'Red', 'EA'],
  ['BV-050', '1/2" Brass Ball Valve', 'Full port, sweat', 'EA'],
  ['FLT-1625', 'Air Filter 16x25x1', 'MERV 11', 'EA'],
  ['CAP-45-5', 'Run Capacitor 45/5 MFD', '440V dual', 'EA'],
  ['R410A-25', 'R-410A Refrigerant 25lb', 'Cylinder', 'EA'],
  ['WH-FLEX-18', 'Water Heater Flex 18"', 'Stainless', 'EA'],
  ['TAPE-PTFE', 'PTFE Thread Tape', '1/2" x 520"', 'EA'],
] as const;

/** The master data of one environment (ids depend on the environment, names do not). */
function createMaster(
  environment: ServiceTitanEnvironment,
  seed: number,
  epoch: number,
  drift: boolean,
): Pick<ServiceTitanData, 'business-units' | 'warehouses' | 'vendors' | 'job-types' | 'campaigns' | 'customers' | 'locations'> {
  const rnd = createSeededRandom(seed);
  const day = 86_400_000;
  const stamp = (i: number) => ({ createdOn: stTime(epoch - 400 * day + i * day), modifiedOn: stTime(epoch - 200 * day + i * 3 * day) });
  // Integration was set up by hand, in another order: the i-th record of a kind is not the same one;
  // with `drift`, some names differ, some records are missing and some exist only there.
  const order = (names: readonly string[], kind: string): string[] =>
    environment === 'production' ? [...names] : (drift ? driftNames(kind, names) : [...names]).reverse();
  const address = (street: string) => ({
    street,
    unit: null,
    city: rnd.pick(['Austin', 'Round Rock', 'Cedar Park']),
    state: 'TX',
    zip: String(rnd.int(78701, 78799)),
    country: 'USA',
  });

  const businessUnits = order(BUSINESS_UNITS, 'business-units').map((name, i) => ({
    id: seededId('business-units', environment, i),
    active: true,
    name,
    officialName: `${name} LLC`,
    email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`,
    phoneNumber: '5125550100',
    ...stamp(i),
  }));
  const warehouses = order(WAREHOUSES, 'warehouses').map((name, i) => ({
    id: seededId('warehouses', environment, i),
    name,
    active: true,
    address: address(`${100 + i} Depot Rd`),
    ...stamp(i),
  }));
  const vendors = order(VENDORS, 'vendors').map((name, i) => ({
    id: seededId('vendors', environment, i),
    name,
    active: true,
    isTruckReplenishment: false,
    isMobileCreationRestricted: false,
    memo: null,
    deliveryOption: 'Delivery',
    defaultTaxRate: 0.0825,
    contactInfo: {
      firstName: null,
      lastName: null,
      phone: '5125550199',
      email: `orders@${name.toLowerCase().replace(/\s+/g, '')}.example`,
    },
    address: address(`${400 + i * 10} Supply Pkwy`),
    ...stamp(i),
  }));
  const jobTypes = order(JOB_TYPES, 'job-types').map((name, i) => ({
    id: seededId('job-types', environment, i),
    name,
    businessUnitIds: [],
    skills: [],
    tagTypeIds: [],
    priority: 'Normal',
    duration: 3600,
    soldThreshold: null,
    class: null,
    summary: null,
    noCharge: name === 'Warranty',
    active: true,
    ...stamp(i),
  }));
  const campaigns = order(CAMPAIGNS, 'campaigns').map((name, i) => ({
    id: seededId('campaigns', environment, i),
    name,
    active: true,
    category: { id: 11, name: 'Marketing', active: true },
    source: null,
    otherSource: null,
    businessUnit: null,
    medium: null,
    ...stamp(i),
  }));
  const customerNames = order(CUSTOMERS, 'customers');
  const customers = customerNames.map((name, i) => ({
    id: seededId('customers', environment, i),
    active: true,
    name,
    type: /Dental|Apartments/.test(name) ? 'Commercial' : 'Residential',
    address: address(`${1000 + CUSTOMERS.indexOf(name) * 17} Elm St`),
    balance: 0,
    doNotMail: false,
    doNotService: false,
    mergedToId: null,
    customFields: [],
    ...stamp(i),
  }));
  const locations = customers.flatMap((customer, i) => {
    const sites = CUSTOMERS.indexOf(customer.name) % 4 === 3 ? ['Home', 'Rental'] : ['Home'];
    return sites.map((site) => ({
      customerId: customer.id,
      active: true,
      name: `${customer.name} - ${site}`,
      address: site === 'Home' ? customer.address : address(`${77 + i} Lake Dr`),
      zoneId: null,
      taxZoneId: null,
      mergedToId: null,
      customFields: [],
      ...stamp(i),
    }));
  });
  return {
    'business-units': businessUnits,
    warehouses,
    vendors,
    'job-types': jobTypes,
    campaigns,
    customers,
    locations: locations.map((location, i) => ({ id: seededId('locations', environment, i), ...location })),
  };
}

/**
 * Builds one environment. Transactional records (materials, POs, jobs) are seeded when `transactional`
 * is true: their `modifiedOn` spread over July and August 2025, as the seed's `--since 2025-08-01` expects.
 */
export function createServiceTitanData(
  environment: ServiceTitanEnvironment,
  seed: number,
  transactional: boolean,
  drift = true,
): ServiceTitanData {
  const epoch = Date.UTC(2025, 6, 1, 13);
  const master = createMaster(environment, seed, epoch, drift);
  const data: ServiceTitanData = { ...master, materials: [], 'purchase-orders': [], jobs: [], appointments: [] };
  if (!transactional) return data;
  const rnd = createSeededRandom(seed ^ 0x5eed);
  const day = 86_400_000;
  const idOf = (kind: ServiceTitanResource, i: number) => data[kind][i % data[kind].length]?.id ?? 0;

  const materials: ServiceTitanMaterial[] = [];
  for (let i = 0; i < 30; i += 1) {
    const [code, name, description, unit] = MATERIALS[i % MATERIALS.length] ?? MATERIALS[0];
    const series = Math.floor(i / MATERIALS.length);
    const cost = rnd.int(50, 25_000) / 100;
    const vendor = data.vendors[i % data.vendors.length];
    materials.push({
      id: seededId('materials', environment, i),
      code: series === 0 ? code : `${code}-${series}`,
      displayName: series === 0 ? name : `${name} (${series})`,
      description,
      cost,
      price: Math.round(cost * 2.5 * 100) / 100,
      memberPrice: Math.round(cost * 2.25 * 100) / 100,
      addOnPrice: 0,
      addOnMemberPrice: 0,
      hours: 0,
      bonus: 0,
      commissionBonus: 0,
      paysCommission: false,
      deductAsJobCost: false,
      unitOfMeasure: unit,
      isInventory: i % 4 !== 3,
      taxable: true,
      account: null,
      primaryVendor: vendor
        ? { vendorName: vendor.name, vendorId: vendor.id, memo: null, vendorPart: `${code}-V`, cost, active: true }
        : null,
      otherVendors: [],
      categories: [1201 + (i % 3)],
      assets: [],
      active: i % 9 !== 8,
      createdOn: stTime(epoch - 100 * day + i * day),
      modifiedOn: stTime(epoch + i * 2 * day + rnd.int(0, 86_399) * 1000),
    });
  }
  data.materials = materials;

  const statuses = ['Pending', 'Sent', 'Received', 'PartiallyReceived', 'Canceled'];
  data['purchase-orders'] = Array.from({ length: 12 }, (_, i) => {
    const id = seededId('purchase-orders', environment, i);
    const items = Array.from({ length: rnd.int(1, 4) }, (_, l) => {
      const material = materials[rnd.int(0, materials.length - 1)] ?? materials[0];
      const quantity = rnd.int(1, 20);
      const cost = material?.cost ?? 1;
      return {
        id: id * 10 + l,
        skuId: material?.id ?? 0,
        skuCode: material?.code ?? '',
        skuName: material?.displayName ?? '',
        skuType: 'Material',
        description: material?.description ?? '',
        vendorPartNumber: `${material?.code ?? ''}-V`,
        quantity,
        quantityReceived: 0,
        cost,
        total: Math.round(cost * quantity * 100) / 100,
        serialNumbers: [],
        status: 'Pending',
        chargeable: true,
      };
    });
    const total = Math.round(items.reduce((sum, item) => sum + item.total, 0) * 100) / 100;
    const created = epoch + i * 5 * day;
    return {
      id,
      number: `PO-${String(1001 + i)}`,
      invoiceId: null,
      jobId: null,
      projectId: null,
      status: statuses[i % statuses.length] ?? 'Pending',
      typeId: 1,
      vendorId: idOf('vendors', i),
      technicianId: null,
      shipTo: { description: 'Main Warehouse', address: data.warehouses[0]?.address ?? null },
      businessUnitId: idOf('business-units', i),
      inventoryLocationId: idOf('warehouses', i),
      batchId: null,
      vendorDocumentNumber: null,
      date: stTime(created),
      requiredOn: stTime(created + 7 * day),
      sentOn: null,
      receivedOn: null,
      total,
      tax: 0,
      shipping: 0,
      summary: `Stock order ${i + 1}`,
      items,
      customFields: [],
      createdOn: stTime(created),
      modifiedOn: stTime(created + rnd.int(1, 72) * 3_600_000),
    };
  });

  const jobStatuses = ['Scheduled', 'Dispatched', 'InProgress', 'Completed', 'Canceled', 'Hold'];
  data.jobs = Array.from({ length: 15 }, (_, i) => {
    const location = data.locations[(i * 5) % data.locations.length];
    const created = epoch + i * 4 * day + rnd.int(0, 86_399) * 1000;
    const status = jobStatuses[i % jobStatuses.length] ?? 'Scheduled';
    return {
      id: seededId('jobs', environment, i),
      jobNumber: String(seededId('jobs', environment, i)),
      projectId: null,
      customerId: Number(location?.customerId ?? 0),
      locationId: location?.id ?? 0,
      jobStatus: status,
      completedOn: status === 'Completed' ? stTime(created + 2 * day) : null,
      businessUnitId: idOf('business-units', i),
      jobTypeId: idOf('job-types', i),
      priority: ['Normal', 'High', 'Low', 'Urgent'][i % 4] ?? 'Normal',
      campaignId: idOf('campaigns', i),
      summary: `${JOB_TYPES[i % JOB_TYPES.length] ?? 'Service Call'} for ${String(location?.name ?? '')}`,
      customFields: [],
      appointmentCount: 1,
      firstAppointmentId: seededId('jobs', environment, i) + 1,
      lastAppointmentId: seededId('jobs', environment, i) + 1,
      recallForId: null,
      warrantyId: null,
      noCharge: false,
      notificationsEnabled: true,
      tagTypeIds: [],
      externalData: null,
      createdOn: stTime(created),
      modifiedOn: stTime(created + rnd.int(1, 96) * 3_600_000),
    };
  });
  // One appointment per job (its `firstAppointmentId`), the next day at 14:00 for two hours; no random
  // draws, so the seeded records above stay what they were before appointments existed.
  data.appointments = data.jobs.map((job) => {
    const start = Math.floor(Date.parse(job.createdOn) / day) * day + day + 14 * 3_600_000;
    return {
      id: Number(job.firstAppointmentId),
      jobId: job.id,
      appointmentNumber: `${String(job.jobNumber)}-1`,
      start: stTime(start),
      end: stTime(start + 2 * 3_600_000),
      arrivalWindowStart: stTime(start),
      arrivalWindowEnd: stTime(start + 3_600_000),
      status: job.jobStatus === 'Completed' ? 'Done' : job.jobStatus === 'Canceled' ? 'Canceled' : 'Scheduled',
      specialInstructions: null,
      customerId: Number(job.customerId),
      unused: false,
      isConfirmed: true,
      createdOn: job.createdOn,
      modifiedOn: job.createdOn,
    };
  });
  return data;
}
