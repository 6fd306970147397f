import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join } from 'node:path';
import { parseEnv } from 'node:util';
import type { Redactor } from '../logging/redactor.js';
import type { ConfigReporter, ReportAt } from './_config-reporter.js';
import { unknownName, type NameKind } from './_unknown-name.js';
import type { PathSegment } from './_yaml-positions.js';
import { hasTemplate, lookupRef, parseTemplate, renderParts, RUNTIME_SCOPES, TemplateSyntaxError, type TemplateRef } from './template.js';

/** Environment variable names whose values are treated as secrets even outside secret fields. */
const SECRET_ENV_NAME = /(TOKEN|SECRET|PASSW|API_?KEY|(^|_)KEY($|_)|PRIVATE|CREDENTIAL|AUTH)/i;
/** Names that say "address", not "credential", even beside AUTH or TOKEN (`ST_AUTH_URL`, `TOKEN_ENDPOINT`). */
const ADDRESS_ENV_NAME = /(^|_)(URL|URI|HOST|ENDPOINT|DOMAIN)(_|$)/i;

const VAR_NAMES: NameKind = { noun: 'variable', listLabel: 'defined vars', none: 'no vars are defined' };
const SECRET_NAMES: NameKind = {
  noun: 'secret',
  listLabel: 'defined secrets',
  none: 'no secrets are defined',
  hint: 'add it under secrets:',
};

/** What the load-time interpolation of a pipeline needs. */
export interface InterpolatePipelineOptions {
  env: Record<string, string | undefined>;
  baseDir: string;
  /** `--var` overrides of the file's `vars:`. */
  vars: Record<string, unknown>;
  resolveSecrets: boolean;
  unsetEnv: 'error' | 'warning';
  redactor: Redactor;
  reporter: ConfigReporter;
}

/**
 * Resolves the load-time references of a pipeline in place: `secrets:` from their providers, then
 * `vars:` (which may use env), then env, vars and secrets everywhere else. Runtime scopes stay text.
 */
export function interpolatePipeline(root: Record<string, unknown>, options: InterpolatePipelineOptions): void {
  const { env, redactor, reporter } = options;
  const base = { env, redactor, at: reporter.atRef, unsetEnv: reporter.atUnsetEnv };
  const secrets: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(asMap(root.secrets))) {
    const resolved = interpolate(def, ['secrets', name], { ...base, vars: undefined, secrets: undefined }) as Record<string, unknown>;
    let unsetWarning = false;
    const value =
      resolveSecret(name, resolved, env, options.baseDir, options.resolveSecrets, (message, unset) => {
        if (unset) {
          unsetWarning = options.unsetEnv === 'warning';
          reporter.atUnsetEnv(['secrets', name], message);
        } else reporter.atRef(['secrets', name], message);
      }) ?? (unsetWarning ? `<secret ${name}>` : undefined);
    if (value !== undefined) redactor.add(value);
    // A secret that could not be read is reported once, here; its uses see an empty value.
    secrets[name] = value ?? '';
  }
  const vars: Record<string, unknown> = {};
  if (isMap(root.vars)) {
    for (const [name, value] of Object.entries(root.vars))
      vars[name] = interpolate(value, ['vars', name], { ...base, vars: undefined, secrets });
    root.vars = vars;
  }
  Object.assign(vars, options.vars);
  for (const key of Object.keys(root)) {
    if (key === 'vars' || key === 'secrets') continue;
    root[key] = interpolate(root[key], [key], { ...base, vars, secrets });
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asMap(value: unknown): Record<string, unknown> {
  return isMap(value) ? value : {};
}

interface InterpolationContext {
  env: Record<string, string | undefined>;
  /** Undefined while resolving `vars:` itself, where only env may be used. */
  vars: Record<string, unknown> | undefined;
  /** Values of `secrets:`; undefined while resolving `secrets:` itself. */
  secrets: Record<string, unknown> | undefined;
  redactor: Redactor;
  at: ReportAt;
  /** Reports an unset environment variable: an error, or a warning when validating structure only. */
  unsetEnv: ReportAt;
}

const KNOWN_SCOPES = ['env', 'vars', 'secrets', ...RUNTIME_SCOPES];

function interpolate(value: unknown, path: PathSegment[], ctx: InterpolationContext): unknown {
  if (typeof value === 'string') {
    if (!hasTemplate(value)) return value;
    let parts;
    try {
      parts = parseTemplate(value);
    } catch (error) {
      if (error instanceof TemplateSyntaxError) {
        ctx.at(path, error.message);
        return value;
      }
      throw error;
    }
    return renderParts(parts, (ref) => resolveLoadTimeRef(ref, path, ctx), true);
  }
  if (Array.isArray(value)) return value.map((item, i) => interpolate(item, [...path, i], ctx));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolate(v, [...path, k], ctx);
    return out;
  }
  return value;
}

function resolveLoadTimeRef(
  ref: TemplateRef,
  path: PathSegment[],
  ctx: InterpolationContext,
): { found: true; value: unknown } | { found: false } {
  if (ref.scope === 'env') {
    const name = ref.path.join('.');
    if (ref.path.length !== 1) {
      ctx.at(path, `${ref.raw}: write \${env.NAME} with one variable name`);
      return { found: true, value: '' };
    }
    const set = ctx.env[name];
    // `${env.NAME:-text}`: unset or empty takes the default, as in a shell.
    const value = ref.fallback !== undefined && (set === undefined || set === '') ? ref.fallback : set;
    if (value === undefined) {
      ctx.unsetEnv(path, `${ref.raw}: environment variable ${name} is not set (set it in the environment or in .env)`);
      return { found: true, value: '' };
    }
    if (value === set && SECRET_ENV_NAME.test(name) && !ADDRESS_ENV_NAME.test(name)) ctx.redactor.add(value);
    return { found: true, value };
  }
  if (ref.scope === 'vars') {
    if (!ctx.vars) {
      ctx.at(path, `${ref.raw}: a variable cannot reference another variable; use \${env.NAME} or a literal`);
      return { found: true, value: '' };
    }
    const value = lookupRef({ vars: ctx.vars }, ref);
    if (value === undefined) {
      const hint = `add it under vars: or pass --var ${ref.path[0] ?? 'name'}=value`;
      ctx.at(path, `${ref.raw}: ${unknownName(VAR_NAMES, ref.path.join('.'), Object.keys(ctx.vars), hint)}`);
      return { found: true, value: '' };
    }
    return { found: true, value };
  }
  if (ref.scope === 'secrets') {
    const name = ref.path.join('.');
    if (!ctx.secrets) {
      ctx.at(path, `${ref.raw}: a secret provider cannot use another secret`);
      return { found: true, value: '' };
    }
    if (!(name in ctx.secrets)) {
      ctx.at(path, `${ref.raw}: ${unknownName(SECRET_NAMES, name, Object.keys(ctx.secrets))}`);
      return { found: true, value: '' };
    }
    return { found: true, value: ctx.secrets[name] };
  }
  if ((RUNTIME_SCOPES as readonly string[]).includes(ref.scope)) return { found: false };
  ctx.at(path, `${ref.raw}: unknown scope "${ref.scope}"; known scopes: ${KNOWN_SCOPES.join(', ')}`);
  return { found: true, value: '' };
}

/** The environment a pipeline sees: `base` (process env), plus `.env` files for what it does not set. */
export function loadEnvironment(
  pipelineDir: string,
  dotenv: boolean,
  base: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  if (dotenv) {
    const files = [join(pipelineDir, '.env'), join(process.cwd(), '.env')];
    for (const file of [...new Set(files)]) {
      if (!existsSync(file)) continue;
      Object.assign(env, parseEnv(readFileSync(file, 'utf8')));
    }
  }
  return { ...env, ...base };
}

/** Reads one `secrets:` entry from its provider: an environment variable, a file, or a command's output. */
function resolveSecret(
  name: string,
  def: Record<string, unknown>,
  env: Record<string, string | undefined>,
  baseDir: string,
  resolve: boolean,
  report: (message: string, unsetEnv?: boolean) => void,
): string | undefined {
  if (!def || typeof def !== 'object') return undefined;
  if (typeof def.env === 'string') {
    const value = env[def.env];
    if (value === undefined) report(`environment variable ${def.env} is not set`, true);
    return value;
  }
  if (!resolve) return `<secret ${name}>`;
  if (typeof def.file === 'string') {
    try {
      return readFileSync(isAbsolute(def.file) ? def.file : join(baseDir, def.file), 'utf8').trim();
    } catch (error) {
      report(`cannot read the secret file ${def.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return undefined;
    }
  }
  if (typeof def.command === 'string') {
    try {
      // The command is trusted configuration (like a cron line); its output is the secret.
      // child_process (and the net modules it loads) only for a pipeline with a `secrets: command`.
      const { execSync } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
      return execSync(def.command, {
        cwd: baseDir,
        env: { ...process.env, ...env },
        encoding: 'utf8',
        timeout: 30_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '')
        .trim()
        .split('\n')[0];
      report(`the secret command failed${stderr ? `: ${stderr}` : ''}`);
      return undefined;
    }
  }
  return undefined;
}
