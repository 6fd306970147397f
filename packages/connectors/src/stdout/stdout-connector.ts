import type { JsonSchema } from '@syncengine/engine';
import { defineConnector } from '@syncengine/engine/connector';

import type { StdoutConnectionConfig, StdoutSinkOptions } from './stdout-types.generated.js';
import { VALIDATORS } from './stdout-validators.generated.js';

export type { StdoutConnectionConfig };

const CONNECTION_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    pretty: { description: 'Indent each record over several lines instead of one JSON line per record.', type: 'boolean', default: false },
  },
};

const STREAM_SCHEMA: JsonSchema = { type: 'object', additionalProperties: false, properties: {} };

/** Prints records to standard output as JSON lines: for previews and piping into other tools. */
export default defineConnector<StdoutConnectionConfig, never, StdoutSinkOptions>({
  name: 'stdout',
  description: 'Standard output, one JSON record per line.',
  connectionSchema: CONNECTION_SCHEMA,
  sink: { streamSchema: STREAM_SCHEMA },
  validators: VALIDATORS,
  async connect(config, ctx) {
    return {
      async openWriter() {
        return {
          async write(records) {
            let text = '';
            for (const record of records) text += `${ctx.redactor.redact(JSON.stringify(record, null, config.pretty ? 2 : undefined))}\n`;
            process.stdout.write(text);
            return { inserted: records.length, updated: 0, skipped: 0 };
          },
        };
      },
    };
  },
});
