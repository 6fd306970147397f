import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { join } from 'node:path';

/** The files `writeEnvFiles` touched, for the command's report. */
export interface EnvFilesWritten {
  readonly written: string[];
}

function envLine(name: string, value: string): string {
  if (/^[\w.\-/:+=@~,]*$/.test(value)) return `${name}=${value}`;
  return value.includes("'") ? `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `${name}='${value}'`;
}

/**
 * Adds the variables to `.env` (values; existing names are kept as they are, unknown values are
 * left for the user) and `.env.example`
 * (names only), and makes sure `.gitignore` lists `.env` and the SQLite files.
 */
export function writeEnvFiles(dir: string, env: Record<string, string>, ignore: readonly string[]): EnvFilesWritten {
  const written: string[] = [];
  const names = Object.keys(env);
  if (names.length) {
    const envFile = join(dir, '.env');
    const current = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
    const known = parseEnv(current);
    const added = names.filter((n) => !(n in known) && env[n] !== '').map((n) => envLine(n, env[n]!));
    if (added.length) {
      writeFileSync(envFile, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${added.join('\n')}\n`, { mode: 0o600 });
      written.push(envFile);
    }
    const exampleFile = join(dir, '.env.example');
    const example = existsSync(exampleFile) ? readFileSync(exampleFile, 'utf8') : '';
    const exampleKnown = parseEnv(example);
    const missing = names.filter((n) => !(n in exampleKnown)).map((n) => `${n}=`);
    if (missing.length) {
      writeFileSync(exampleFile, `${example}${example && !example.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`);
      written.push(exampleFile);
    }
  }
  const gitignore = join(dir, '.gitignore');
  const lines = existsSync(gitignore) ? readFileSync(gitignore, 'utf8').split('\n') : [];
  const wanted = ['.env', ...ignore].filter((entry) => !lines.some((l) => l.trim() === entry || l.trim() === `/${entry}`));
  if (wanted.length) {
    const text = lines.join('\n');
    writeFileSync(gitignore, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${wanted.join('\n')}\n`);
    written.push(gitignore);
  }
  return { written };
}
