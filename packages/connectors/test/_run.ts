import { createEngine, createSqliteStateStore, type RunEvent, type RunOptions } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '../src/index.js';

export const engine = createEngine({ connectors: BUILTIN_CONNECTORS });

/** Runs pipeline YAML with the built-in connectors and a throwaway state store; returns the result and events. */
export async function runYaml(yaml: string, options: Partial<RunOptions> & { env?: Record<string, string>; baseDir?: string } = {}) {
  const pipeline = await engine.parse(yaml, { file: 'test.yaml', baseDir: options.baseDir ?? '/tmp' }, { env: options.env ?? {} });
  const state = options.state ?? (await createSqliteStateStore({ path: ':memory:' }));
  const events: RunEvent[] = [];
  const output: string[] = [];
  const result = await engine.run(pipeline, {
    output: { write: (t: string) => output.push(t) },
    ...options,
    state,
    onEvent: (e) => events.push(e),
  });
  return { result, events, state, output: output.join(''), pipeline };
}
