import { SyncError, type SyncErrorCode } from '../errors.js';

/** What `importDriver` says when the package is missing. */
export interface ImportDriverOptions {
  /** What needs the driver, e.g. `the PostgreSQL state store`; starts the error message. */
  usedBy: string;
  /** Code of the error thrown when the package is missing. @default 'CONFIG_INVALID' */
  code?: SyncErrorCode;
}

/**
 * Loads an optional database driver (a peer dependency such as `pg`, `mysql2`, `better-sqlite3`)
 * on first use. The caller passes a literal `import()` so that bundlers and the type checker see it;
 * when the package is not installed the error names it and the command that installs it.
 *
 * @example
 * ```ts
 * const { default: pg } = await importDriver('pg', () => import('pg'), { usedBy: 'the postgres connector' })
 * ```
 */
export async function importDriver<T>(name: string, load: () => Promise<T>, options: ImportDriverOptions): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isMissingPackage(error, name)) throw error;
    throw new SyncError(
      options.code ?? 'CONFIG_INVALID',
      `${options.usedBy} needs the "${name}" package, which is not installed: run \`npm install ${name}\``,
      { cause: error },
    );
  }
}

/** True when `error` says that `name` itself (not one of its own imports) cannot be found. */
function isMissingPackage(error: unknown, name: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  const message = (error as Error).message;
  return message.includes(`'${name}'`) || message.includes(`"${name}"`) || message.includes(`'${name}/`);
}
