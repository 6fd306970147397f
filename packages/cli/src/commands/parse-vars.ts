import { UsageError } from './usage-error.js';

/** Parses repeated `--var name=value` options into an object. */
export function parseVars(raw: unknown): Record<string, string> {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const vars: Record<string, string> = {};
  for (const item of list) {
    const text = String(item);
    const eq = text.indexOf('=');
    const name = eq > 0 ? text.slice(0, eq) : '';
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) throw new UsageError(`--var ${text}: write --var name=value`);
    vars[name] = text.slice(eq + 1);
  }
  return vars;
}
