import type { ConsolaInstance } from 'consola';
import type { Pipeline } from '../config/load-pipeline.js';
import type { MetricsRecorder } from '../connector/connector.js';
import { planPipeline } from '../plan/plan-pipeline.js';
import type { StateStore } from '../state/state-store.js';
import { listTenantPlan } from './_run-tenants.js';

/** Options for `listTenants`. */
export interface ListTenantsOptions {
  /** The state store the pipeline runs with (tenant sources may use its crosswalk and values). */
  state: StateStore;
  /** Logger. @default a silent logger */
  logger?: ConsolaInstance;
  /** Cancels reading the tenant source. */
  signal?: AbortSignal;
  /** Receives the tenant source's request metrics. */
  metrics?: MetricsRecorder;
  /** Only these tenant ids; an id that is not a tenant throws. @default every tenant */
  tenants?: readonly string[];
}

/** A tenant as a scheduler sees it: no credentials, just its id and how often it syncs. */
export interface TenantInfo {
  /** The tenant id (`tenants.id`). */
  id: string;
  /** The tenant's `frequency_hours` value, when the pipeline declares one and the tenant has a positive number there. */
  frequencyHours: number | undefined;
  /** The tenant's time zone for `tenants.at` (its own, or the pipeline's). */
  timezone: string;
}

/**
 * Reads the tenants of a multi-tenant pipeline from its list, file or source, after `where`:
 * undefined for a pipeline without `tenants`.
 *
 * @example
 * ```ts
 * const tenants = await listTenants(pipeline, { state })
 * for (const t of tenants ?? []) console.log(t.id, t.frequencyHours)
 * ```
 */
export async function listTenants(pipeline: Pipeline, options: ListTenantsOptions): Promise<TenantInfo[] | undefined> {
  const plan = planPipeline(pipeline);
  if (!plan.tenants) return undefined;
  return listTenantPlan(pipeline, plan.tenants, options);
}
