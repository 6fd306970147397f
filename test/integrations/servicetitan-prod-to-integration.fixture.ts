/**
 * What the ServiceTitan prod -> integration test needs around the pipeline: both fakes, the
 * environment the pipeline reads, a CLI runner on a temporary state file, and the copy the
 * integration environment should hold, worked out independently of the pipeline (master data
 * matched by name, materials by code).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  startServiceTitanFakes,
  type ServiceTitanFake,
  type ServiceTitanFakeOptions,
  type ServiceTitanRecord,
  type ServiceTitanResource,
} from '../../packages/fakes/src/servicetitan-fake.js';
import { runCli } from '../_cli.js';

export const PIPELINE = 'pipelines/servicetitan-prod-to-integration.yaml';

/** The master-data streams (they only write the local crosswalk), with the resource each reads. */
export const MASTER_RESOURCES: Readonly<Record<string, ServiceTitanResource>> = {
  vendors: 'vendors',
  business_units: 'business-units',
  warehouses: 'warehouses',
  customers: 'customers',
  locations: 'locations',
  job_types: 'job-types',
  campaigns: 'campaigns',
};
export const MASTER_STREAMS = Object.keys(MASTER_RESOURCES);

/** Two running fakes, a state file and the CLI bound to them. */
export interface StFixture {
  production: ServiceTitanFake;
  integration: ServiceTitanFake;
  /** The environment of the seed's `.env`, pointing at the fakes. */
  env: Record<string, string>;
  /** The SQLite state file, given as the seed's STSYNC_DB: cursors, crosswalk, quarantine. */
  state: string;
  /** Directory of the run's log files. */
  logs: string;
  /** `syncengine <command> <pipeline> ...`; the state is found through STSYNC_DB, as the seed's was. */
  cli(command: 'run' | 'quarantine', ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  close(): Promise<void>;
}

export async function startFixture(options: Parameters<typeof startServiceTitanFakes>[0] = {}): Promise<StFixture> {
  const { production, integration, close } = await startServiceTitanFakes(options);
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-st-'));
  const state = join(dir, 'stsync.sqlite3');
  const logs = join(dir, 'logs');
  const envOf = (fake: ServiceTitanFake, suffix: 'PROD' | 'INT') => ({
    [`ST_API_BASE_${suffix}`]: fake.url,
    [`ST_AUTH_URL_${suffix}`]: `${fake.url}/connect/token`,
    [`ST_TENANT_${suffix}`]: fake.store.tenant,
    [`ST_CLIENT_ID_${suffix}`]: fake.store.clientId,
    [`ST_CLIENT_SECRET_${suffix}`]: fake.store.clientSecret,
    [`ST_APP_KEY_${suffix}`]: fake.store.appKey,
  });
  const env = { ...envOf(production, 'PROD'), ...envOf(integration, 'INT'), STSYNC_DB: state };
  return {
    production,
    integration,
    env,
    state,
    logs,
    cli: (command, ...args) =>
      runCli(
        [
          command,
          ...(command === 'quarantine' ? [args[0]!, PIPELINE, ...args.slice(1)] : [PIPELINE, ...args]),
          ...(command === 'run' ? ['--log-dir', logs] : []),
        ],
        env,
      ),
    close,
  };
}

/** Every secret of both environments, to check that none is printed. */
export function secretsOf(fx: StFixture): string[] {
  return [fx.production, fx.integration].flatMap((f) => [f.store.clientSecret, f.store.appKey]);
}

/** The crosswalk rows of the state file, as `kind -> (production id -> integration id)`. */
export function crosswalk(fx: StFixture): Map<string, Map<number, number>> {
  const db = new Database(fx.state, { readonly: true });
  try {
    const rows = db.prepare('select kind, source_id, target_id from syncengine_crosswalk').all() as {
      kind: string;
      source_id: string;
      target_id: string;
    }[];
    const out = new Map<string, Map<number, number>>();
    for (const row of rows) {
      if (!out.has(row.kind)) out.set(row.kind, new Map());
      out.get(row.kind)!.set(Number(row.source_id), Number(row.target_id));
    }
    return out;
  } finally {
    db.close();
  }
}

/** Production id -> integration id of a master-data resource, matched by name as a person would (unmatched ids left out). */
export function byName(fx: StFixture, resource: ServiceTitanResource): Map<number, number> {
  const target = fx.integration.store.data[resource];
  const out = new Map<number, number>();
  for (const r of fx.production.store.data[resource]) {
    const match = target.find((t) => t.name === r.name);
    if (match) out.set(r.id, match.id);
  }
  return out;
}

/** What a run must leave out (quarantined), worked out from both fakes' data, not from the pipeline. */
export interface Outcome {
  /** Per master-data stream: production ids with no integration record of the same name. */
  master: Map<string, Set<number>>;
  /** Materials whose vendor is unmatched, or that integration refuses (`refused`). */
  items: Set<number>;
  /** POs whose vendor, business unit or warehouse is unmatched, or with a line of a material left out. */
  pos: Set<number>;
  /** Jobs whose customer, location, business unit, job type or campaign is unmatched. */
  jobs: Set<number>;
}

export function expectedOutcome(fx: StFixture, refused: readonly number[] = []): Outcome {
  const prod = fx.production.store;
  const master = new Map(
    Object.entries(MASTER_RESOURCES).map(([stream, resource]) => {
      const matched = byName(fx, resource);
      return [stream, new Set(prod.data[resource].map((r) => r.id).filter((id) => !matched.has(id)))];
    }),
  );
  const unmatched = (stream: string, id: unknown) => master.get(stream)!.has(id as number);
  const items = new Set(
    prod.materials
      .filter(
        (m) =>
          refused.includes(m.id) || (m.primaryVendor !== null && unmatched('vendors', (m.primaryVendor as { vendorId: number }).vendorId)),
      )
      .map((m) => m.id),
  );
  const pos = new Set(
    prod.purchaseOrders
      .filter(
        (po) =>
          unmatched('vendors', po.vendorId) ||
          unmatched('business_units', po.businessUnitId) ||
          unmatched('warehouses', po.inventoryLocationId) ||
          po.items.some((line) => items.has(line.skuId)),
      )
      .map((po) => po.id),
  );
  const jobs = new Set(
    prod.jobs
      .filter((j) =>
        (
          [
            ['customers', j.customerId],
            ['locations', j.locationId],
            ['business_units', j.businessUnitId],
            ['job_types', j.jobTypeId],
            ['campaigns', j.campaignId],
          ] as const
        ).some(([stream, id]) => unmatched(stream, id)),
      )
      .map((j) => j.id),
  );
  return { master, items, pos, jobs };
}

/** Production material id -> integration material id, matched by code. */
export function materialsByCode(fx: StFixture): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of fx.production.store.materials) {
    const copy = fx.integration.store.materials.find((i) => i.code === m.code);
    if (copy) out.set(m.id, copy.id);
  }
  return out;
}

const MATERIAL_FIELDS = [
  'code',
  'displayName',
  'description',
  'cost',
  'price',
  'memberPrice',
  'addOnPrice',
  'addOnMemberPrice',
  'hours',
  'bonus',
  'commissionBonus',
  'paysCommission',
  'deductAsJobCost',
  'unitOfMeasure',
  'isInventory',
  'taxable',
  'active',
];

const pick = (record: ServiceTitanRecord, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, record[f]]));

/** A production material as its integration copy must look (vendor id translated). */
export function expectedMaterial(fx: StFixture, m: ServiceTitanRecord) {
  const vendors = byName(fx, 'vendors');
  const vendor = m.primaryVendor as { vendorId: number } | null;
  return { ...pick(m, MATERIAL_FIELDS), primaryVendor: vendor ? { ...vendor, vendorId: vendors.get(vendor.vendorId) } : null };
}

/** The same view of an integration material. */
export function materialView(m: ServiceTitanRecord) {
  return { ...pick(m, MATERIAL_FIELDS), primaryVendor: m.primaryVendor };
}

/** A production PO as its integration copy must look: foreign keys translated, lines by material. */
export function expectedPurchaseOrder(fx: StFixture, po: ServiceTitanRecord) {
  const items = materialsByCode(fx);
  return {
    vendorId: byName(fx, 'vendors').get(po.vendorId as number),
    businessUnitId: byName(fx, 'business-units').get(po.businessUnitId as number),
    inventoryLocationId: byName(fx, 'warehouses').get(po.inventoryLocationId as number),
    jobId: null,
    requiredOn: po.requiredOn,
    summary: po.summary,
    tax: po.tax,
    shipping: po.shipping,
    total: po.total,
    items: (po.items as { skuId: number; skuCode: string; quantity: number; cost: number; total: number }[]).map((l) => ({
      skuId: items.get(l.skuId),
      skuCode: l.skuCode,
      quantity: l.quantity,
      cost: l.cost,
      total: l.total,
    })),
  };
}

/** The same view of an integration PO. */
export function purchaseOrderView(po: ServiceTitanRecord) {
  return {
    ...pick(po, ['vendorId', 'businessUnitId', 'inventoryLocationId', 'jobId', 'requiredOn', 'summary', 'tax', 'shipping', 'total']),
    items: (po.items as { skuId: number; skuCode: string; quantity: number; cost: number; total: number }[]).map((l) => ({
      skuId: l.skuId,
      skuCode: l.skuCode,
      quantity: l.quantity,
      cost: l.cost,
      total: l.total,
    })),
  };
}

/** A production job as its integration copy must look, with the times of its appointment. */
export function expectedJob(fx: StFixture, job: ServiceTitanRecord) {
  const appointment = fx.production.store.appointments.find((a) => a.id === job.firstAppointmentId)!;
  return {
    customerId: byName(fx, 'customers').get(job.customerId as number),
    locationId: byName(fx, 'locations').get(job.locationId as number),
    businessUnitId: byName(fx, 'business-units').get(job.businessUnitId as number),
    jobTypeId: byName(fx, 'job-types').get(job.jobTypeId as number),
    campaignId: byName(fx, 'campaigns').get(job.campaignId as number),
    priority: job.priority,
    summary: job.summary,
    appointments: [pick(appointment, ['start', 'end', 'arrivalWindowStart', 'arrivalWindowEnd'])],
  };
}

/** The same view of an integration job. */
export function jobView(fx: StFixture, job: ServiceTitanRecord) {
  return {
    ...pick(job, ['customerId', 'locationId', 'businessUnitId', 'jobTypeId', 'campaignId', 'priority', 'summary']),
    appointments: fx.integration.store.appointments
      .filter((a) => a.jobId === job.id)
      .map((a) => pick(a, ['start', 'end', 'arrivalWindowStart', 'arrivalWindowEnd'])),
  };
}

/** The records of a dry run's stdout, by stream. */
export function dryRunRecords(stdout: string): Map<string, Record<string, unknown>[]> {
  const out = new Map<string, Record<string, unknown>[]>();
  for (const line of stdout.trim().split('\n').filter(Boolean)) {
    const { stream, record } = JSON.parse(line) as { stream: string; record: Record<string, unknown> };
    if (!out.has(stream)) out.set(stream, []);
    out.get(stream)!.push(record);
  }
  return out;
}

/** The faults of the resilience run; the options type is re-exported for the test. */
export type { ServiceTitanFakeOptions };
