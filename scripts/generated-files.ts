import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { PIPELINE_SCHEMA } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { renderPipelineReference } from '@syncengine/engine';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** A file derived from the schemas: where it lives and how to produce it. */
export interface GeneratedFile {
  path: string;
  render(): Promise<string>;
}

const BANNER = '/* This file is generated from PIPELINE_SCHEMA by `npm run generate`. Do not edit it by hand. */\n';

export const GENERATED_FILES: GeneratedFile[] = [
  {
    path: root('packages/engine/src/config/pipeline-types.generated.ts'),
    async render() {
      const schema = structuredClone(PIPELINE_SCHEMA) as Record<string, unknown>;
      delete schema.$id;
      delete schema.title;
      const ts = await compile(schema as never, 'PipelineDefinition', {
        bannerComment: BANNER,
        additionalProperties: false,
        unknownAny: true,
        format: true,
        style: { singleQuote: true, printWidth: 120 },
      });
      return ts;
    },
  },
  {
    path: root('docs/pipeline-reference.md'),
    async render() {
      const connectors = await Promise.all(Object.values(BUILTIN_CONNECTORS).map((load) => load()));
      return renderPipelineReference(connectors);
    },
  },
];
