import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

/**
 * The yaml library, from the one-file bundle the build writes next to this module
 * (`_yaml-bundle.cjs`, see scripts/bundle-yaml.mjs) when there is one, else from the package.
 * Loading the package's ~75 CommonJS files costs about 60 ms of CPU at start-up (each require
 * resolves paths and reads package scopes); the bundle loads the same code in a fraction of that.
 * Both are yaml itself: the bundle is made from the installed package at build time.
 */
function loadYaml(): typeof Yaml {
  const require = createRequire(import.meta.url);
  try {
    return require('./_yaml-bundle.cjs') as typeof Yaml;
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    return require('yaml') as typeof Yaml;
  }
}

const yaml = loadYaml();
export const { isAlias, isCollection, isMap, isPair, isScalar, isSeq, parse } = yaml;
// Classes: the value from the loaded copy, the instance type from the package's types.
export const Composer = yaml.Composer;
export type Composer = Yaml.Composer;
export const LineCounter = yaml.LineCounter;
export type LineCounter = Yaml.LineCounter;
export const Parser = yaml.Parser;
export type Parser = Yaml.Parser;
export const YAMLParseError = yaml.YAMLParseError;
export type YAMLParseError = Yaml.YAMLParseError;
