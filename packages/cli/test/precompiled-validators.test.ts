import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  connectorBlockSchemas,
  createEngine,
  PIPELINE_SCHEMA,
  PipelineConfigError,
  type AnyConnectorDefinition,
  type ConnectorRegistry,
  type JsonSchema,
} from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
// The engine's own schema has no registry to strip its validators from: these compare it directly.
import { validateWithSecrets } from '../../engine/src/config/_ajv.js';
import { formatAjvErrors } from '../../engine/src/config/_format-ajv-errors.js';
import { PIPELINE_VALIDATORS } from '../../engine/src/config/pipeline-validators.generated.js';

/**
 * The validators generated ahead of time (`*-validators.generated.ts`, what `syncengine validate`
 * runs) and the same schemas compiled at run time read every pipeline alike: the same problems,
 * the same defaults filled in, the same secrets masked. The corpus: the malformed fixtures, the
 * shipped pipelines and the examples.
 */

const FIXTURES = 'packages/cli/test/fixtures/malformed';
const FILES = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(FIXTURES, f)),
  ...readdirSync('pipelines')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join('pipelines', f)),
  ...readdirSync('examples', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join('examples', f)),
].sort();

/** The built-in connectors with their schemas copied (so nothing compiled is shared) and no precompiled validators. */
const COMPILED_AT_RUN_TIME: ConnectorRegistry = Object.fromEntries(
  Object.entries(BUILTIN_CONNECTORS).map(([name, load]) => {
    let copy: Promise<AnyConnectorDefinition> | undefined;
    const strip = async (): Promise<AnyConnectorDefinition> => {
      const { validators: _precompiled, ...definition } = await load();
      return {
        ...definition,
        connectionSchema: structuredClone(definition.connectionSchema),
        ...(definition.source ? { source: { streamSchema: structuredClone(definition.source.streamSchema) } } : {}),
        ...(definition.sink ? { sink: { streamSchema: structuredClone(definition.sink.streamSchema) } } : {}),
      };
    };
    return [name, () => (copy ??= strip())];
  }),
);

const ENV = { QUICKSTART_API_TOKEN: 'token-1', SHOPIFY_TOKEN: 'shpat_1', PG_PASSWORD: 'pw-1' };

async function outcome(registry: ConnectorRegistry, file: string): Promise<unknown> {
  try {
    const pipeline = await createEngine({ connectors: registry }).load(file, {
      env: ENV,
      dotenv: false,
      resolveSecrets: false,
      unsetEnv: 'warning',
    });
    return {
      definition: pipeline.definition,
      runtimeTemplates: [...pipeline.runtimeTemplates].sort(),
      redacted: pipeline.redactor.redact(JSON.stringify(pipeline.definition)),
    };
  } catch (error) {
    if (error instanceof PipelineConfigError) return { issues: error.issues };
    return { error: String(error) };
  }
}

describe('precompiled validators', () => {
  it('exist for every schema of the built-in connectors and the engine, generated from that schema', async () => {
    for (const load of Object.values(BUILTIN_CONNECTORS)) {
      const definition = await load();
      const generatedFrom = (definition.validators ?? []).map((v) => v.schema);
      for (const schema of Object.values(connectorBlockSchemas(definition)))
        expect(generatedFrom, definition.name).toContain(JSON.stringify(schema));
    }
    expect(PIPELINE_VALIDATORS.map((v) => v.schema)).toEqual([JSON.stringify(PIPELINE_SCHEMA)]);
  });

  it.each(FILES)('%s: the connector blocks read alike', async (file) => {
    expect(await outcome(BUILTIN_CONNECTORS, file)).toEqual(await outcome(COMPILED_AT_RUN_TIME, file));
  });

  it.each(FILES)('%s: the engine schema reads alike', (file) => {
    let data: unknown;
    try {
      data = parse(readFileSync(file, 'utf8'));
    } catch {
      return; // YAML errors are found before any schema is used
    }
    const copy = structuredClone(PIPELINE_SCHEMA) as JsonSchema;
    delete copy.$id;
    const [precompiled, compiled] = [structuredClone(data), structuredClone(data)];
    const a = validateWithSecrets(PIPELINE_SCHEMA, precompiled, PIPELINE_VALIDATORS);
    const b = validateWithSecrets(copy, compiled);
    expect(formatAjvErrors(a.errors, precompiled)).toEqual(formatAjvErrors(b.errors, compiled));
    expect(precompiled).toEqual(compiled);
    expect([a.secrets, a.templates]).toEqual([b.secrets, b.templates]);
  });
});
