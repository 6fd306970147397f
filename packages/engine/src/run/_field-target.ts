import type { SyncRecord } from '../connector/connector.js';
import { compilePath } from '../util/record-path.js';

/** Writes one value into an output record under way; see `compileTarget`. */
export type TargetWriter = (out: SyncRecord, value: unknown) => void;

/**
 * Compiles a field target: a name sets that field; a dot path (`primaryVendor.vendorId`) sets a field
 * of a nested object. The objects along the path are copied before they are changed (the input record
 * is never modified), and created where they are missing, null or not an object.
 */
export function compileTarget(target: string): TargetWriter {
  if (!target.includes('.')) {
    return (out, value) => {
      out[target] = value;
    };
  }
  const keys = compilePath(target);
  const last = keys.length - 1;
  return (out, value) => {
    let node: Record<string, unknown> = out;
    for (let i = 0; i < last; i++) {
      const key = keys[i]!;
      const child = node[key];
      const copy: Record<string, unknown> =
        child !== null && typeof child === 'object' && !Array.isArray(child) ? { ...(child as Record<string, unknown>) } : {};
      node[key] = copy;
      node = copy;
    }
    node[keys[last]!] = value;
  };
}
