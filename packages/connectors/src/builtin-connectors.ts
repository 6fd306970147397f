import type { ConnectorRegistry } from '@syncengine/engine';

/**
 * The built-in connectors, by `type` name, loaded on first use. A test checks that this map
 * matches the connector files on disk.
 */
export const BUILTIN_CONNECTORS: ConnectorRegistry = {
  'amazon-sp': async () => (await import('./presets/amazon-sp-connector.js')).default,
  bitcram: async () => (await import('./presets/bitcram-connector.js')).default,
  catsy: async () => (await import('./presets/catsy-connector.js')).default,
  crosswalk: async () => (await import('./crosswalk/crosswalk-connector.js')).default,
  http: async () => (await import('./http/http-connector.js')).default,
  mysql: async () => (await import('./mysql/mysql-connector.js')).default,
  ploomes: async () => (await import('./presets/ploomes-connector.js')).default,
  postgres: async () => (await import('./postgres/postgres-connector.js')).default,
  servicetitan: async () => (await import('./presets/servicetitan-connector.js')).default,
  shopify: async () => (await import('./presets/shopify-connector.js')).default,
  sparklayer: async () => (await import('./presets/sparklayer-connector.js')).default,
  sqlite: async () => (await import('./sqlite/sqlite-connector.js')).default,
  stdout: async () => (await import('./stdout/stdout-connector.js')).default,
};
