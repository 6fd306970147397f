import type { PathSegment } from './_yaml-positions.js';

/** The `after` entry that closes a cycle, and the cycle it closes. */
export interface CycleProblem {
  path: PathSegment[];
  message: string;
}

/**
 * Finds cycles among the streams' `after` lists, in file order, and reports each at the
 * `after` entry that closes it (`a -> b -> a` is reported at the `a` in `b`'s list).
 */
export function checkAfterCycles(streams: Record<string, { after?: unknown } | null | undefined>): CycleProblem[] {
  const problems: CycleProblem[] = [];
  const done = new Set<string>();
  const visiting: string[] = [];
  const visit = (name: string): void => {
    if (done.has(name)) return;
    visiting.push(name);
    const after = streams[name]?.after;
    if (Array.isArray(after)) {
      after.forEach((dep: unknown, i) => {
        if (typeof dep !== 'string' || dep === name || !Object.hasOwn(streams, dep)) return;
        const open = visiting.indexOf(dep);
        if (open !== -1) {
          const cycle = [...visiting.slice(open), dep].join(' -> ');
          problems.push({ path: ['streams', name, 'after', i], message: `streams depend on each other in a cycle: ${cycle}` });
        } else visit(dep);
      });
    }
    visiting.pop();
    done.add(name);
  };
  for (const name of Object.keys(streams)) visit(name);
  return problems;
}
