import { describe, expect, it } from 'vitest';
import { PIPELINE_SCHEMA, RUNTIME_SCOPES, type JsonSchema } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { main } from '../src/main.js';
import type { CliIo } from '../src/output/cli-io.js';

/**
 * `syncengine validate` on malformed pipelines: every mistake is reported as
 * `file:line:column key.path: message` on stderr, sorted by line, and the exit code is 2.
 *
 * Vitest runs with the repository root as the working directory, and the CLI reads the path as given,
 * so fixtures are named relative to the root and printed exactly that way.
 */

const DIR = 'packages/cli/test/fixtures/invalid';

// The lists an error offers ("allowed keys: ...") come from the schemas, the single source of truth:
// read them from there, so the language can grow without rewriting every expected message.
const keysOf = (schema: JsonSchema | undefined) => Object.keys(schema?.properties ?? {}).join(', ');
const SCHEMA = PIPELINE_SCHEMA as JsonSchema;
const STREAM = SCHEMA.properties!.streams!.additionalProperties as JsonSchema;
const STEP = SCHEMA.$defs!.transformStep!;
const http = await BUILTIN_CONNECTORS.http!();
const PAGINATION = (http.source!.streamSchema.properties!.pagination!.oneOf ?? []).find((b) => b.properties?.type?.const === 'page');
const PAGINATION_TYPES = (http.source!.streamSchema.properties!.pagination!.oneOf ?? [])
  .map((b) => String(b.properties?.type?.const))
  .join(', ');
const SINK_MODES = ((await BUILTIN_CONNECTORS.sqlite!()).sink!.streamSchema.properties!.mode!.enum ?? []).join(', ');
const CONNECTORS = Object.keys(BUILTIN_CONNECTORS).sort().join(', ');
const SCOPES = ['env', 'vars', 'secrets', ...RUNTIME_SCOPES].join(', ');
const QUICKSTART = 'examples/quickstart/quickstart.yaml';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function validate(files: string[], env: Record<string, string> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: process.cwd(),
    env: { ...env },
    color: false,
  };
  const code = await main(['validate', ...files], io);
  return { code, stdout, stderr };
}

function expectNoStackTrace(result: Captured): void {
  expect(result.stdout).not.toContain('    at ');
  expect(result.stderr).not.toContain('    at ');
}

interface Case {
  /** File name under fixtures/invalid. */
  file: string;
  /** Expected stderr lines, without the leading `file:`; in the order they must be printed. */
  stderr: string[];
  /** Environment for `${env.*}`, beyond the empty default. */
  env?: Record<string, string>;
}

const CASES: Case[] = [
  // YAML itself
  {
    file: 'yaml-unclosed-flow-map.yaml',
    stderr: ['4:8 YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }'],
  },
  {
    file: 'yaml-unclosed-quote.yaml',
    stderr: ['6:15 YAML syntax error: Missing closing "quote'],
  },
  {
    file: 'bad-indentation.yaml',
    stderr: ['6:7 YAML syntax error: bad indentation; keys of the same map must start in the same column'],
  },
  {
    file: 'duplicate-key.yaml',
    stderr: ['14:5 streams.orders.source: duplicate key "source": a key may appear only once in a map'],
  },
  {
    file: 'tab-indent.yaml',
    stderr: ['8:1 YAML syntax error: tabs are not allowed for indentation; indent with spaces'],
  },

  // Unknown keys
  {
    file: 'unknown-top-level-key.yaml',
    stderr: [`3:1 defualts: unknown key "defualts" (did you mean "defaults"?); allowed keys: ${keysOf(SCHEMA)}`],
  },
  {
    file: 'unknown-stream-key.yaml',
    stderr: [`11:5 streams.orders.primary_keys: unknown key "primary_keys" (did you mean "primary_key"?); allowed keys: ${keysOf(STREAM)}`],
  },
  {
    file: 'unknown-pagination-key.yaml',
    stderr: [`16:9 streams.orders.source.pagination.sise: unknown key "sise" (did you mean "size"?); allowed keys: ${keysOf(PAGINATION)}`],
  },
  {
    file: 'unknown-connection-key.yaml',
    stderr: [
      '5:5 connections.api: missing required key "base_url"',
      `6:5 connections.api.base_ur: unknown key "base_ur" (did you mean "base_url"?); allowed keys: type, ${keysOf(http.connectionSchema)}`,
    ],
  },

  // Wrong types and values
  {
    file: 'wrong-type-batch-size.yaml',
    stderr: ['11:17 streams.orders.batch_size: must be an integer (got text "lots")'],
  },
  {
    file: 'bad-enum-mode.yaml',
    stderr: [`18:13 streams.orders.sink.mode: must be one of: ${SINK_MODES} (got "upsrt") (did you mean "upsert"?)`],
  },
  {
    file: 'bad-enum-pagination-type.yaml',
    stderr: [`15:15 streams.orders.source.pagination.type: must be one of: ${PAGINATION_TYPES} (got "pages") (did you mean "page"?)`],
  },
  {
    file: 'version-2.yaml',
    stderr: ['2:10 version: must be one of: 1 (got 2)'],
  },

  // Missing keys
  {
    file: 'missing-version.yaml',
    stderr: ['2:1 missing required key "version"'],
  },
  {
    file: 'missing-streams.yaml',
    stderr: ['2:1 missing required key "streams"'],
  },
  {
    file: 'missing-sink.yaml',
    stderr: ['9:5 streams.orders: missing required key "sink"'],
  },
  {
    file: 'missing-http-path.yaml',
    stderr: ['12:7 streams.orders.source: missing required key "path"'],
  },
  {
    file: 'upsert-without-key.yaml',
    stderr: ['16:7 streams.orders.sink: missing required key "key"'],
  },
  {
    file: 'bearer-without-token.yaml',
    stderr: ['8:7 connections.api.auth: missing required key "token"'],
  },

  // Connections
  {
    file: 'unknown-connection.yaml',
    stderr: ['15:19 streams.orders.sink.connection: unknown connection "warehouse"; defined connections: api, out'],
  },
  {
    file: 'unknown-connector-type.yaml',
    stderr: [`8:11 connections.db.type: must be one of: ${CONNECTORS} (got "mongodb")`],
  },

  // References
  {
    file: 'unknown-variable.yaml',
    stderr: [
      '8:15 connections.api.base_url: ${vars.nope}: unknown variable "nope"; defined vars: host (add it under vars: or pass --var nope=value)',
    ],
  },
  {
    file: 'unset-env.yaml',
    // Another variable is set, to show that only the missing one is reported.
    env: { SYNCENGINE_TEST_OTHER_VAR: 'set' },
    stderr: [
      '9:14 connections.api.auth.token: ${env.SYNCENGINE_TEST_UNSET_VAR}: environment variable SYNCENGINE_TEST_UNSET_VAR is not set (set it in the environment or in .env)',
    ],
  },
  {
    file: 'unknown-scope.yaml',
    stderr: [`15:16 streams.orders.source.params.since: \${foo.bar}: unknown scope "foo"; known scopes: ${SCOPES}`],
  },
  {
    file: 'malformed-reference-empty.yaml',
    stderr: ['6:15 connections.api.base_url: invalid reference ${}: write ${scope.name}, e.g. ${env.API_TOKEN}'],
  },
  {
    file: 'malformed-reference-env-dot.yaml',
    stderr: ['8:17 connections.api.headers.X-Tenant: invalid reference ${env.}: write ${scope.name}, e.g. ${env.API_TOKEN}'],
  },

  // Names and transforms
  {
    file: 'invalid-stream-name.yaml',
    stderr: ['10:3 streams["bad name"]: "bad name" is not a valid name: use letters, digits, "_" and "-", starting with a letter or "_"'],
  },
  {
    file: 'transform-two-keys.yaml',
    stderr: [`15:9 streams.orders.transforms[0]: must have exactly one key, one of: ${keysOf(STEP)}`],
  },
  {
    file: 'transform-unknown-kind.yaml',
    stderr: [`15:9 streams.orders.transforms[0].rename: unknown key "rename"; allowed keys: ${keysOf(STEP)}`],
  },

  // Several mistakes in one file: all reported, sorted by line, whatever pass found them.
  {
    file: 'two-mistakes.yaml',
    stderr: [
      '14:19 streams.orders.sink.connection: unknown connection "nowhere"; defined connections: api, out',
      '15:10 version: must be one of: 1 (got 2)',
    ],
  },
  {
    file: 'two-mistakes-env-and-type.yaml',
    stderr: [
      '6:14 connections.api.retries: must be an integer (got text "often")',
      '10:14 connections.api.auth.token: ${env.SYNCENGINE_TEST_UNSET_VAR}: environment variable SYNCENGINE_TEST_UNSET_VAR is not set (set it in the environment or in .env)',
    ],
  },
];

describe('syncengine validate on malformed pipelines', () => {
  it.each(CASES)('$file', async ({ file, stderr, env }) => {
    const path = `${DIR}/${file}`;
    const result = await validate([path], env);

    expect(result.stderr).toBe(stderr.map((line) => `${path}:${line}\n`).join(''));
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
  });
});

describe('syncengine validate on valid pipelines', () => {
  it('accepts the quickstart pipeline and prints ok', async () => {
    const result = await validate([QUICKSTART], { QUICKSTART_API_TOKEN: 'test-token' });

    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`ok ${QUICKSTART}: pipeline quickstart, 1 stream (customers)\n`);
    expect(result.code).toBe(0);
    expectNoStackTrace(result);
  });

  it('reports each of several files and the count of valid ones', async () => {
    const version2 = `${DIR}/version-2.yaml`;
    const unknownConnection = `${DIR}/unknown-connection.yaml`;
    const result = await validate([version2, QUICKSTART, unknownConnection], { QUICKSTART_API_TOKEN: 'test-token' });

    expect(result.stderr).toBe(
      `${version2}:2:10 version: must be one of: 1 (got 2)\n` +
        `${unknownConnection}:15:19 streams.orders.sink.connection: unknown connection "warehouse"; defined connections: api, out\n`,
    );
    expect(result.stdout).toBe(`ok ${QUICKSTART}: pipeline quickstart, 1 stream (customers)\n1 of 3 pipelines valid\n`);
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
  });
});
