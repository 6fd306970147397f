/**
 * The fakes `npm run fake` can start, by name: each starts its servers on given ports and says
 * what a person needs to point a pipeline at them (the environment variables its pipeline reads,
 * the `--var`s, the credentials the fake accepts). Imports the fakes through the package's public
 * exports only, so this list follows whatever they offer.
 */
import {
  startAmazonFake,
  startBitcramFake,
  startCatsyFake,
  startPloomesFake,
  startServiceTitanFakes,
  startShopifyFake,
  startSparkLayerFake,
} from './index.js';

/** What a started fake tells the person who started it. */
export interface StartedFake {
  /** One line per server: a label and its base URL. */
  servers: { label: string; url: string }[];
  /** Credentials and facts worth knowing (`API key (Bearer): ...`). */
  notes: string[];
  /** The environment variables of the fake's pipeline, pointing at it. */
  env: Record<string, string>;
  /** `--var` values of the fake's pipeline, pointing at it. */
  vars?: Record<string, string>;
  close(): Promise<void>;
}

/** One fake the CLI can start. */
export interface FakeEntry {
  /** What it plays, in a few words. */
  readonly describe: string;
  /** The pipeline it stands in for, if one ships. */
  readonly pipeline?: string;
  /** How many ports it takes, from the one it is given. */
  readonly ports: number;
  /** Starts it; `port` 0 means any free port (each server its own). */
  start(port: number): Promise<StartedFake>;
}

const at = (port: number, offset: number) => (port === 0 ? 0 : port + offset);

/** The fakes by name, in the order `npm run fake -- --help` lists them. */
export const FAKE_CATALOG: Readonly<Record<string, FakeEntry>> = {
  catsy: {
    describe: 'Catsy PIM (v3 saved-query items, static Bearer key)',
    pipeline: 'pipelines/catsy-to-sparklayer.yaml',
    ports: 1,
    async start(port) {
      const fake = await startCatsyFake({ port });
      return {
        servers: [{ label: 'catsy', url: fake.url }],
        notes: [`API key (Bearer): ${fake.store.apiKey}`, `saved query ${fake.store.queryId}: ${fake.store.products.length} products`],
        env: { CATSY_BEARER_TOKEN: fake.store.apiKey, CATSY_QUERY_ID: fake.store.queryId },
        vars: { catsy_url: fake.url },
        close: () => fake.close(),
      };
    },
  },
  sparklayer: {
    describe: 'SparkLayer B2B (JSON client-credentials token, Site-Id, price-list PATCH)',
    pipeline: 'pipelines/catsy-to-sparklayer.yaml',
    ports: 1,
    async start(port) {
      const fake = await startSparkLayerFake({ port });
      const { siteId, clientId, clientSecret } = fake.store;
      return {
        servers: [{ label: 'sparklayer', url: fake.url }],
        notes: [`site ${siteId}, client ${clientId} / ${clientSecret}`, `price lists: ${[...fake.store.priceLists.keys()].join(', ')}`],
        env: { SPARKLAYER_URL: fake.url, SITE_ID: siteId, CLIENT_ID: clientId, CLIENT_SECRET: clientSecret },
        close: () => fake.close(),
      };
    },
  },
  servicetitan: {
    describe: 'ServiceTitan v2, production and integration of one tenant (integration master data drifts)',
    pipeline: 'pipelines/servicetitan-prod-to-integration.yaml',
    ports: 2,
    async start(port) {
      const fakes = await startServiceTitanFakes({ production: { port: at(port, 0) }, integration: { port: at(port, 1) } });
      const env: Record<string, string> = {};
      const notes: string[] = [];
      for (const [suffix, fake] of [
        ['PROD', fakes.production],
        ['INT', fakes.integration],
      ] as const) {
        const { tenant, clientId, clientSecret, appKey, environment } = fake.store;
        notes.push(`${environment}: tenant ${tenant}, client ${clientId} / ${clientSecret}, ST-App-Key ${appKey}`);
        Object.assign(env, {
          [`ST_API_BASE_${suffix}`]: fake.url,
          [`ST_AUTH_URL_${suffix}`]: `${fake.url}/connect/token`,
          [`ST_TENANT_${suffix}`]: tenant,
          [`ST_CLIENT_ID_${suffix}`]: clientId,
          [`ST_CLIENT_SECRET_${suffix}`]: clientSecret,
          [`ST_APP_KEY_${suffix}`]: appKey,
        });
      }
      return {
        servers: [
          { label: 'servicetitan production', url: fakes.production.url },
          { label: 'servicetitan integration', url: fakes.integration.url },
        ],
        notes,
        env,
        close: () => fakes.close(),
      };
    },
  },
  bitcram: {
    describe: 'Bitcram POS (checkouts, price lists, stock; JSON login for a Bearer token; no paging, as observed)',
    pipeline: 'pipelines/bitcram-to-mysql.yaml',
    ports: 1,
    async start(port) {
      const fake = await startBitcramFake({ port });
      const { username, password } = fake.store;
      // A token as the seed's token updater would store it in Secret Manager.
      const login = await fetch(`${fake.url}/api/auth/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const { token } = (await login.json()) as { token: string };
      return {
        servers: [{ label: 'bitcram', url: fake.url }],
        notes: [`login ${username} / ${password}; a token (valid 5 days): ${token}`, 'checkouts 1 and 2'],
        env: { URL_BITCRAM: fake.url, CHECKOUT: '1', BITCRAM_TOKEN_COMMAND: `echo ${token}` },
        close: () => fake.close(),
      };
    },
  },
  shopify: {
    describe: 'Shopify Admin REST (shops, access tokens, leaky bucket)',
    pipeline: 'pipelines/shopify-to-db.yaml',
    ports: 1,
    async start(port) {
      const fake = await startShopifyFake({ port });
      return {
        servers: [{ label: 'shopify', url: fake.url }],
        notes: [
          ...fake.store.shops.map((shop) => `shop ${shop.handle}: X-Shopify-Access-Token ${shop.accessToken}`),
          `each shop has a host of its own; add under connections.shopify: hosts: ${JSON.stringify(fake.hosts)}`,
        ],
        env: {},
        close: () => fake.close(),
      };
    },
  },
  amazon: {
    describe: 'Amazon SP-API with Login with Amazon (sellers, refresh tokens, usage plans)',
    pipeline: 'pipelines/amazon-to-db.yaml',
    ports: 1,
    async start(port) {
      const fake = await startAmazonFake({ port });
      const { clientId, clientSecret } = fake.store;
      return {
        servers: [{ label: 'amazon', url: fake.url }],
        notes: [
          `LWA client ${clientId} / ${clientSecret}`,
          ...fake.store.sellers.map((s) => `seller ${s.sellerId} (${s.marketplaceIds.join(', ')}): refresh token ${s.refreshToken}`),
          `LWA, each region and the report storage have hosts of their own; add under connections.amazon: hosts: ${JSON.stringify(fake.hosts)}`,
        ],
        env: { LWA_CLIENT_ID: clientId, LWA_CLIENT_SECRET: clientSecret },
        close: () => fake.close(),
      };
    },
  },
  ploomes: {
    describe: 'Ploomes CRM (OData products, User-Key)',
    pipeline: 'pipelines/ploomes-to-postgres.yaml',
    ports: 1,
    async start(port) {
      const fake = await startPloomesFake({ port });
      return {
        servers: [{ label: 'ploomes', url: fake.url }],
        notes: [`User-Key ${fake.store.userKey}; ${fake.store.products.length} products`],
        env: { PLOOME_API_URL: fake.url, PLOOME_API_KEY: fake.store.userKey },
        close: () => fake.close(),
      };
    },
  },
};
