/**
 * The subset of JSON Schema (draft 2020-12 vocabulary, as ajv reads it) that pipeline and connector
 * schemas use. Kept as a plain object type so schemas can be written as data and rendered into docs.
 */
export interface JsonSchema {
  $id?: string;
  /** A reference to a definition, e.g. `#/$defs/fieldSpec`. */
  $ref?: string;
  /** Definitions referred to by `$ref`. */
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: JsonSchemaType | JsonSchemaType[];
  enum?: readonly (string | number | boolean | null)[];
  const?: unknown;
  default?: unknown;
  examples?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  required?: readonly string[];
  minProperties?: number;
  maxProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  allOf?: readonly JsonSchema[];
  /** ajv's discriminator: pick the `oneOf` branch by this property's value, for precise errors. */
  discriminator?: { propertyName: string };
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  /** The TypeScript type json-schema-to-typescript emits for this value (types generation only). */
  tsType?: string;
  /** syncengine extension: the value is a credential; it is redacted wherever it could be printed. */
  'x-secret'?: boolean;
  /** syncengine extension: the value may hold runtime references such as `${cursor}`. */
  'x-runtime-template'?: boolean;
  /** syncengine extension: the default a connector applies itself (never filled in by validation), for the reference. */
  'x-default'?: unknown;
}

export type JsonSchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
