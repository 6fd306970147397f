import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

/** A workspace package packed into a tarball, as the consumer project installs it. */
export interface PackedWorkspace {
  /** Package name, e.g. `@syncengine/engine`. */
  name: string;
  /** Folder in the monorepo, e.g. `packages/engine`. */
  dir: string;
  /** The tarball path relative to the consumer project. */
  tarball: string;
}

/**
 * The package-lock.json of a consumer project that depends on `packed` tarballs and `extra` registry
 * packages, built from the workspace's own lockfile. npm needs the registry's package documents to
 * resolve version ranges, and the npm cache holds only the tarballs the workspace installed; with this
 * lockfile `npm ci --offline` fetches those tarballs by URL and needs nothing else.
 */
export function offlineLockfile(root: string, packed: PackedWorkspace[], extra: string[]) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const out: Record<string, LockEntry> = {};
  const rootDeps: Record<string, string> = {};
  for (const p of packed) rootDeps[p.name] = `file:${p.tarball}`;
  for (const name of extra) rootDeps[name] = lock.packages[`node_modules/${name}`]!.version!;

  /** Where Node would find `name` from the workspace path `from`, as a workspace lock path. */
  const locate = (from: string, name: string): string | undefined => {
    let dir = from;
    for (;;) {
      const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
      const entry = lock.packages[candidate];
      if (entry && !entry.link) return candidate;
      if (!dir) return undefined;
      const cut = dir.lastIndexOf('/node_modules/');
      dir = cut >= 0 ? dir.slice(0, cut) : '';
    }
  };
  /** The consumer's path for a workspace lock path. */
  const target = (path: string): string => {
    for (const p of packed) if (path.startsWith(`${p.dir}/`)) return `node_modules/${p.name}/${path.slice(p.dir.length + 1)}`;
    return path;
  };
  const visit = (from: string, deps: Record<string, string>) => {
    for (const name of Object.keys(deps)) {
      const path = locate(from, name);
      if (!path) throw new Error(`${name} (needed by ${from || 'the project'}) is not in package-lock.json`);
      const to = target(path);
      if (out[to]) continue;
      const entry = lock.packages[path]!;
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...kept } = entry;
      out[to] = kept;
      visit(path, { ...entry.dependencies, ...entry.optionalDependencies, ...requiredPeers(entry) });
    }
  };
  for (const p of packed) {
    const manifest = JSON.parse(readFileSync(join(root, p.dir, 'package.json'), 'utf8')) as LockEntry;
    const { devDependencies: _dev, scripts: _scripts, ...rest } = manifest;
    out[`node_modules/${p.name}`] = {
      version: manifest.version,
      resolved: `file:${p.tarball}`,
      ...pick(rest, ['license', 'dependencies', 'peerDependencies', 'peerDependenciesMeta', 'engines']),
    };
  }
  for (const p of packed) {
    const deps = { ...lock.packages[p.dir]!.dependencies };
    for (const other of packed) delete deps[other.name];
    visit(p.dir, deps);
  }
  visit('', Object.fromEntries(extra.map((e) => [e, '*'])));
  const manifest = { name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: rootDeps };
  return {
    manifest,
    lockfile: {
      name: 'consumer',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: 'consumer', version: '1.0.0', dependencies: rootDeps }, ...out },
    },
  };
}

function requiredPeers(entry: LockEntry): Record<string, string> {
  const peers = { ...entry.peerDependencies };
  for (const [name, meta] of Object.entries(entry.peerDependenciesMeta ?? {})) if (meta.optional) delete peers[name];
  return peers;
}

function pick(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));
}
