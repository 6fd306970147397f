/**
 * The create endpoints of the ServiceTitan fake: materials, purchase orders and jobs (with their
 * appointments). Each returns the created record with a new id, and rejects foreign keys that do not
 * exist in this environment, which is what a production -> integration copy trips over when it forgets
 * to translate ids. Materials can also be updated (`PATCH`).
 */
import {
  stTime,
  type ServiceTitanAppointment,
  type ServiceTitanData,
  type ServiceTitanJob,
  type ServiceTitanMaterial,
  type ServiceTitanPurchaseOrder,
  type ServiceTitanRecord,
  type ServiceTitanResource,
} from './_servicetitan-data.js';
import type { FakeResponse } from './fake-server.js';

/** The resources that take `POST`. */
export const WRITABLE_RESOURCES = ['materials', 'purchase-orders', 'jobs'] as const satisfies readonly ServiceTitanResource[];

/** What a create needs from the fake around it. */
export interface CreateContext {
  data: ServiceTitanData;
  nextId(): number;
  now(): number;
  /** A 400 ProblemDetails with per-field messages. */
  validationProblem(errors: Record<string, string[]>): FakeResponse;
}

type Body = Record<string, unknown>;
type Errors = Record<string, string[]>;

const LABELS: Partial<Record<ServiceTitanResource, string>> = {
  materials: 'Material',
  vendors: 'Vendor',
  warehouses: 'Inventory location',
  'business-units': 'Business unit',
  customers: 'Customer',
  locations: 'Location',
  'job-types': 'Job type',
  campaigns: 'Campaign',
  jobs: 'Job',
};

/** Creates a record of `resource` from a parsed JSON body, or answers 400. */
export function createRecord(resource: (typeof WRITABLE_RESOURCES)[number], body: unknown, ctx: CreateContext): FakeResponse {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return ctx.validationProblem({ request: ['The request field is required.'] });
  const errors: Errors = {};
  const record =
    resource === 'materials'
      ? createMaterial(body as Body, ctx, errors)
      : resource === 'purchase-orders'
        ? createPurchaseOrder(body as Body, ctx, errors)
        : createJob(body as Body, ctx, errors);
  if (Object.keys(errors).length > 0 || !record) return ctx.validationProblem(errors);
  ctx.data[resource].push(record);
  return { status: 200, body: record };
}

const add = (errors: Errors, field: string, message: string): void => {
  (errors[field] ??= []).push(message);
};

/** Checks that `body[field]` is an id of an existing `resource` record (required or, if given, valid). */
function reference(
  body: Body,
  field: string,
  resource: ServiceTitanResource,
  ctx: CreateContext,
  errors: Errors,
  required: boolean,
): ServiceTitanRecord | undefined {
  const value = body[field];
  if (value === undefined || value === null) {
    if (required) add(errors, field, `The ${field} field is required.`);
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    add(errors, field, `The JSON value could not be converted to System.Int64. Path: $.${field}`);
    return undefined;
  }
  const found = ctx.data[resource].find((r) => r.id === value);
  if (!found) add(errors, field, `${LABELS[resource] ?? resource} with id ${value} does not exist.`);
  return found;
}

function number(body: Body, field: string, errors: Errors, fallback: number): number {
  const value = body[field];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number') add(errors, field, `The JSON value could not be converted to System.Decimal. Path: $.${field}`);
  return typeof value === 'number' ? value : fallback;
}

function stamps(ctx: CreateContext): { createdOn: string; modifiedOn: string } {
  const now = stTime(ctx.now());
  return { createdOn: now, modifiedOn: now };
}

function createMaterial(body: Body, ctx: CreateContext, errors: Errors): ServiceTitanMaterial | undefined {
  const code = body.code;
  if (typeof code !== 'string' || code.trim() === '') add(errors, 'code', 'The Code field is required.');
  else if (ctx.data.materials.some((m) => String(m.code).toLowerCase() === code.toLowerCase()))
    add(errors, 'code', `A material with code '${code}' already exists.`);
  const cost = number(body, 'cost', errors, 0);
  const price = number(body, 'price', errors, 0);
  const memberPrice = number(body, 'memberPrice', errors, 0);
  if (Object.keys(errors).length > 0) return undefined;
  const { id: _ignoredId, createdOn: _c, modifiedOn: _m, ...fields } = body;
  return {
    categories: [],
    otherVendors: [],
    primaryVendor: null,
    ...fields,
    id: ctx.nextId(),
    code: String(code),
    displayName: typeof body.displayName === 'string' ? body.displayName : String(code),
    description: typeof body.description === 'string' ? body.description : '',
    cost,
    price,
    memberPrice,
    active: body.active !== false,
    unitOfMeasure: typeof body.unitOfMeasure === 'string' ? body.unitOfMeasure : 'EA',
    isInventory: body.isInventory === true,
    ...stamps(ctx),
  };
}

/** `PATCH .../materials/{id}`: merges the given fields into a material; the code stays unique. */
export function updateMaterial(material: ServiceTitanRecord, body: unknown, ctx: CreateContext): FakeResponse {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return ctx.validationProblem({ request: ['The request field is required.'] });
  const patch = body as Body;
  const errors: Errors = {};
  if ('code' in patch) {
    const code = patch.code;
    if (typeof code !== 'string' || code.trim() === '') add(errors, 'code', 'The Code field is required.');
    else if (ctx.data.materials.some((m) => m.id !== material.id && String(m.code).toLowerCase() === code.toLowerCase()))
      add(errors, 'code', `A material with code '${code}' already exists.`);
  }
  for (const field of ['cost', 'price', 'memberPrice']) if (field in patch) number(patch, field, errors, 0);
  if (Object.keys(errors).length > 0) return ctx.validationProblem(errors);
  const { id: _ignoredId, createdOn: _c, modifiedOn: _m, ...fields } = patch;
  Object.assign(material, fields, { modifiedOn: stTime(ctx.now()) });
  return { status: 200, body: material };
}

function createPurchaseOrder(body: Body, ctx: CreateContext, errors: Errors): ServiceTitanPurchaseOrder | undefined {
  reference(body, 'vendorId', 'vendors', ctx, errors, true);
  reference(body, 'businessUnitId', 'business-units', ctx, errors, true);
  reference(body, 'inventoryLocationId', 'warehouses', ctx, errors, true);
  reference(body, 'jobId', 'jobs', ctx, errors, false);
  const lines = body.items;
  if (!Array.isArray(lines) || lines.length === 0) {
    add(errors, 'items', 'A purchase order needs at least one item.');
    return undefined;
  }
  const items = lines.map((raw: unknown, i) => {
    const line = (typeof raw === 'object' && raw !== null ? raw : {}) as Body;
    const path = (field: string) => `items[${i}].${field}`;
    const skuId = line.skuId;
    let material: ServiceTitanRecord | undefined;
    if (typeof skuId !== 'number') add(errors, path('skuId'), 'The SkuId field is required.');
    else {
      material = ctx.data.materials.find((m) => m.id === skuId);
      if (!material) add(errors, path('skuId'), `Material with id ${skuId} does not exist.`);
    }
    const quantity = line.quantity;
    if (typeof quantity !== 'number' || quantity <= 0) add(errors, path('quantity'), 'The field Quantity must be greater than 0.');
    const cost = typeof line.cost === 'number' ? line.cost : Number(material?.cost ?? 0);
    return {
      id: i,
      skuId: Number(skuId),
      skuCode: String(material?.code ?? ''),
      skuName: String(material?.displayName ?? ''),
      skuType: 'Material',
      description: typeof line.description === 'string' ? line.description : String(material?.description ?? ''),
      vendorPartNumber: typeof line.vendorPartNumber === 'string' ? line.vendorPartNumber : null,
      quantity: Number(quantity),
      quantityReceived: 0,
      cost,
      total: Math.round(cost * Number(quantity) * 100) / 100,
      serialNumbers: [],
      status: 'Pending',
      chargeable: line.chargeable !== false,
    };
  });
  const tax = number(body, 'tax', errors, 0);
  const shipping = number(body, 'shipping', errors, 0);
  if (Object.keys(errors).length > 0) return undefined;
  const id = ctx.nextId();
  for (const item of items) item.id = id * 10 + item.id;
  const now = ctx.now();
  return {
    id,
    number: `PO-${String(id).slice(-5)}`,
    invoiceId: null,
    jobId: (body.jobId as number | undefined) ?? null,
    projectId: null,
    status: 'Pending',
    typeId: typeof body.typeId === 'number' ? body.typeId : 1,
    vendorId: body.vendorId as number,
    technicianId: null,
    shipTo: body.shipTo ?? null,
    businessUnitId: body.businessUnitId as number,
    inventoryLocationId: body.inventoryLocationId as number,
    batchId: null,
    vendorDocumentNumber: typeof body.vendorInvoiceNumber === 'string' ? body.vendorInvoiceNumber : null,
    date: stTime(now),
    requiredOn: typeof body.requiredOn === 'string' ? body.requiredOn : stTime(now),
    sentOn: null,
    receivedOn: null,
    total: Math.round((items.reduce((sum, item) => sum + item.total, 0) + tax + shipping) * 100) / 100,
    tax,
    shipping,
    summary: typeof body.memo === 'string' ? body.memo : typeof body.summary === 'string' ? body.summary : '',
    items,
    customFields: [],
    ...stamps(ctx),
  };
}

const PRIORITIES = new Set(['Low', 'Normal', 'High', 'Urgent']);

function createJob(body: Body, ctx: CreateContext, errors: Errors): ServiceTitanJob | undefined {
  const customer = reference(body, 'customerId', 'customers', ctx, errors, true);
  const location = reference(body, 'locationId', 'locations', ctx, errors, true);
  if (customer && location && location.customerId !== customer.id)
    add(errors, 'locationId', `Location ${location.id} does not belong to customer ${customer.id}.`);
  reference(body, 'businessUnitId', 'business-units', ctx, errors, true);
  reference(body, 'jobTypeId', 'job-types', ctx, errors, true);
  reference(body, 'campaignId', 'campaigns', ctx, errors, true);
  if (typeof body.priority !== 'string' || !PRIORITIES.has(body.priority))
    add(errors, 'priority', 'The Priority field is required and must be one of Low, Normal, High, Urgent.');
  const appointments = body.appointments;
  if (!Array.isArray(appointments) || appointments.length === 0) add(errors, 'appointments', 'A job needs at least one appointment.');
  else {
    appointments.forEach((raw: unknown, i) => {
      const appointment = (typeof raw === 'object' && raw !== null ? raw : {}) as Body;
      const start = Date.parse(String(appointment.start));
      const end = Date.parse(String(appointment.end));
      if (Number.isNaN(start)) add(errors, `appointments[${i}].start`, 'The Start field is required.');
      if (Number.isNaN(end)) add(errors, `appointments[${i}].end`, 'The End field is required.');
      if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) add(errors, `appointments[${i}].end`, 'End must be after Start.');
      for (const field of ['arrivalWindowStart', 'arrivalWindowEnd']) {
        const value = appointment[field];
        if (value !== undefined && value !== null && Number.isNaN(Date.parse(String(value))))
          add(
            errors,
            `appointments[${i}].${field}`,
            `The JSON value could not be converted to System.DateTime. Path: $.appointments[${i}].${field}`,
          );
      }
    });
  }
  if (Object.keys(errors).length > 0) return undefined;
  const id = ctx.nextId();
  const stamp = stamps(ctx);
  const created: ServiceTitanAppointment[] = (appointments as Body[]).map((appointment, i) => ({
    id: ctx.nextId(),
    jobId: id,
    appointmentNumber: `${id}-${i + 1}`,
    start: stTime(Date.parse(String(appointment.start))),
    end: stTime(Date.parse(String(appointment.end))),
    arrivalWindowStart: typeof appointment.arrivalWindowStart === 'string' ? stTime(Date.parse(appointment.arrivalWindowStart)) : null,
    arrivalWindowEnd: typeof appointment.arrivalWindowEnd === 'string' ? stTime(Date.parse(appointment.arrivalWindowEnd)) : null,
    status: 'Scheduled',
    specialInstructions: typeof appointment.specialInstructions === 'string' ? appointment.specialInstructions : null,
    customerId: body.customerId as number,
    unused: false,
    isConfirmed: false,
    ...stamp,
  }));
  ctx.data.appointments.push(...created);
  const count = created.length;
  return {
    id,
    jobNumber: String(id),
    projectId: null,
    customerId: body.customerId as number,
    locationId: body.locationId as number,
    jobStatus: 'Scheduled',
    completedOn: null,
    businessUnitId: body.businessUnitId as number,
    jobTypeId: body.jobTypeId as number,
    priority: body.priority as string,
    campaignId: body.campaignId as number,
    summary: typeof body.summary === 'string' ? body.summary : '',
    customFields: Array.isArray(body.customFields) ? body.customFields : [],
    appointmentCount: count,
    firstAppointmentId: created[0]?.id ?? null,
    lastAppointmentId: created[count - 1]?.id ?? null,
    recallForId: null,
    warrantyId: null,
    noCharge: false,
    notificationsEnabled: true,
    tagTypeIds: Array.isArray(body.tagTypeIds) ? body.tagTypeIds : [],
    externalData: body.externalData ?? null,
    ...stamp,
  };
}
