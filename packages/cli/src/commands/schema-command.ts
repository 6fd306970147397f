import { buildEditorSchema } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import type { CliIo } from '../output/cli-io.js';

/**
 * `syncengine schema`: prints the JSON Schema of pipeline files for editors, with every built-in
 * connector's options (the same file the package ships as `schema/pipeline.schema.json`; see docs/editor.md).
 */
export async function schemaCommand(io: CliIo): Promise<number> {
  const connectors = await Promise.all(Object.values(BUILTIN_CONNECTORS).map((load) => load()));
  io.stdout.write(`${JSON.stringify(buildEditorSchema(connectors), null, 2)}\n`);
  return 0;
}
