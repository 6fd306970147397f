import { UsageError } from '../commands/usage-error.js';
import type { Guess } from './pipeline-draft.js';

/** Headers and auth for the probe request (real values), and for the file (`${env.*}` references). */
export interface Credentials {
  /** Headers to send with the probe, auth included. */
  readonly probeHeaders: Record<string, string>;
  /** Query parameters to add to the probe (`--auth query:...`). */
  readonly probeQuery: Record<string, string>;
  /** Connection headers for the file. */
  readonly headers: Record<string, string>;
  readonly auth?: Guess<Record<string, string>>;
  /** Variable name -> value, for `.env`. */
  readonly env: Record<string, string>;
}

const SECRET_HEADER = /auth|token|key|secret|cookie|session|signature|password|credential/i;
/** The CLI masks a variable's value when its name says it is a credential (see docs/interpolation.md). */
const MASKED_NAME = /TOKEN|SECRET|PASSW|API_?KEY|PRIVATE|CREDENTIAL|AUTH|(^|_)KEY(_|$)/;

/** `NAME_PART`: an environment variable name from words. */
export function envName(...words: string[]): string {
  const name = words
    .join('_')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  const safe = /^[0-9]/.test(name) ? `X_${name}` : name;
  return MASKED_NAME.test(safe) ? safe : `${safe}_TOKEN`;
}

const ref = (name: string) => `\${env.${name}}`;

/**
 * Reads `--header 'Name: value'` and `--auth` (`bearer:<token>`, `basic:<user>:<password>`,
 * `header:<Name>:<key>`, `query:<param>:<key>`) into what the probe sends and what the file says.
 */
export function parseCredentials(pipeline: string, headerFlags: readonly string[], authFlag: string | undefined): Credentials {
  const probeHeaders: Record<string, string> = {};
  const probeQuery: Record<string, string> = {};
  const headers: Record<string, string> = {};
  const env: Record<string, string> = {};
  let auth: Guess<Record<string, string>> | undefined;

  for (const flag of headerFlags) {
    const colon = flag.indexOf(':');
    if (colon < 1) throw new UsageError(`--header ${flag}: write it as 'Name: value'`);
    const name = flag.slice(0, colon).trim();
    const value = flag.slice(colon + 1).trim();
    probeHeaders[name] = value;
    const bearer = /^bearer\s+(.+)$/i.exec(value);
    if (name.toLowerCase() === 'authorization' && bearer) {
      const variable = envName(pipeline, 'TOKEN');
      env[variable] = bearer[1]!;
      auth = {
        value: { type: 'bearer', token: ref(variable) },
        comment: `auth: the Authorization header you gave; the token is in .env as ${variable}`,
      };
    } else if (SECRET_HEADER.test(name)) {
      const variable = envName(pipeline, name);
      env[variable] = value;
      headers[name] = ref(variable);
    } else headers[name] = value;
  }

  if (authFlag) {
    const [kind, ...rest] = authFlag.split(':');
    const tail = rest.join(':');
    if (kind === 'bearer' && tail) {
      const variable = envName(pipeline, 'TOKEN');
      env[variable] = tail;
      probeHeaders.Authorization = `Bearer ${tail}`;
      auth = { value: { type: 'bearer', token: ref(variable) }, comment: `auth: bearer token from .env (${variable})` };
    } else if (kind === 'basic' && rest.length >= 2) {
      const [username, ...password] = rest;
      const user = envName(pipeline, 'USERNAME').replace(/_TOKEN$/, '');
      const pass = envName(pipeline, 'PASSWORD');
      env[user] = username!;
      env[pass] = password.join(':');
      probeHeaders.Authorization = `Basic ${Buffer.from(`${username}:${password.join(':')}`).toString('base64')}`;
      auth = {
        value: { type: 'basic', username: ref(user), password: ref(pass) },
        comment: `auth: basic, user and password from .env (${user}, ${pass})`,
      };
    } else if ((kind === 'header' || kind === 'query') && rest.length >= 2) {
      const [where, ...key] = rest;
      const variable = envName(pipeline, 'API_KEY');
      env[variable] = key.join(':');
      if (kind === 'header') probeHeaders[where!] = key.join(':');
      else probeQuery[where!] = key.join(':');
      auth = {
        value: { type: 'api_key', [kind === 'header' ? 'header' : 'query_param']: where!, key: ref(variable) },
        comment: `auth: an API key in the ${kind === 'header' ? `${where} header` : `${where} query parameter`}, from .env (${variable})`,
      };
    } else {
      throw new UsageError(
        `--auth ${kind}:...: write bearer:<token>, basic:<user>:<password>, header:<Header-Name>:<key> or query:<param>:<key>`,
      );
    }
  }
  return { probeHeaders, probeQuery, headers, ...(auth ? { auth } : {}), env };
}
