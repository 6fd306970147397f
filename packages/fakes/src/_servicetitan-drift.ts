/**
 * How the fake integration environment's master data differs from production's, as an environment
 * set up by hand does: a record under another name, records missing, and records production does
 * not have. Matching by name therefore leaves some production records without a partner, and the
 * records that refer to them cannot be copied.
 */
export interface MasterDataDrift {
  /** Production name -> the name integration has for the same thing. */
  readonly renamed?: Readonly<Record<string, string>>;
  /** Production names integration does not have. */
  readonly missing?: readonly string[];
  /** Names only integration has. */
  readonly extra?: readonly string[];
}

/** The drift of each master-data kind (kinds not named are the same in both environments). */
export const INTEGRATION_DRIFT: Readonly<Record<string, MasterDataDrift>> = {
  vendors: { renamed: { Hajoca: 'Hajoca Corporation' }, extra: ['Local Hardware Co'] },
  'job-types': { missing: ['Warranty'], extra: ['Inspection'] },
  // A missing customer takes its locations with it; the extra one gets a location of its own.
  customers: { missing: ['Grace Rossi'], extra: ['Zeta Labs'] },
};

/** The names integration holds for a kind, given production's. */
export function driftNames(kind: string, names: readonly string[]): string[] {
  const drift = INTEGRATION_DRIFT[kind];
  if (!drift) return [...names];
  return [...names.filter((name) => !drift.missing?.includes(name)).map((name) => drift.renamed?.[name] ?? name), ...(drift.extra ?? [])];
}
