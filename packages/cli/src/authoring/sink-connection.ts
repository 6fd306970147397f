import { UsageError } from '../commands/usage-error.js';
import { envName } from './parse-credentials.js';

/** The `warehouse` connection `init` writes, the table, and any variable it needs. */
export interface SinkGuess {
  readonly value: { connection: Record<string, string>; table: string };
  readonly comment: string;
  readonly env: Record<string, string>;
  /** Files to keep out of git (the SQLite database). */
  readonly ignore: string[];
}

/**
 * `--sink`: `sqlite://./file.db` (the default is `./<name>.db`), or a `postgres://` or `mysql://`
 * URL, which goes to `.env` because it may hold a password.
 */
export function sinkConnection(name: string, stream: string, flag: string | undefined): SinkGuess {
  const raw = flag ?? `sqlite://./${name}.db`;
  const dialect = /^(sqlite|postgres|postgresql|mysql):/.exec(raw)?.[1];
  if (!dialect) throw new UsageError(`--sink ${raw}: write sqlite://./file.db, postgres://... or mysql://...`);
  if (dialect === 'sqlite') {
    const path = raw.replace(/^sqlite:(\/\/)?/, '') || `./${name}.db`;
    const relative = path.startsWith('/') || path.startsWith('.') ? path : `./${path}`;
    return {
      value: { connection: { type: 'sqlite', path: relative }, table: stream },
      comment: `sink: a SQLite file beside this pipeline${flag ? '' : ' (the default; pass --sink to choose another database)'}`,
      env: {},
      ignore: [relative.replace(/^\.\//, '')],
    };
  }
  const variable = envName(name, 'DATABASE', 'CREDENTIAL');
  return {
    value: { connection: { type: dialect === 'mysql' ? 'mysql' : 'postgres', url: `\${env.${variable}}` }, table: stream },
    comment: `sink: the database you gave; its URL is in .env as ${variable}`,
    env: { [variable]: raw },
    ignore: [],
  };
}
