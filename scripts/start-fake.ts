/**
 * Starts a fake API by hand, to run a pipeline against it: `npm run fake -- shopify --port 8080`,
 * `npm run fake -- amazon --port 8090`. Prints its URLs, the `hosts` map a connection takes to reach
 * it, and the credentials it accepts; stops on Ctrl-C.
 */
import { startAmazonFake, startShopifyFake } from '@syncengine/fakes';

const [name, ...rest] = process.argv.slice(2);
const portAt = rest.indexOf('--port');
const port = portAt >= 0 ? Number(rest[portAt + 1]) : 0;

const FAKES: Record<string, () => Promise<{ close(): Promise<void>; describe: string }>> = {
  shopify: async () => {
    const fake = await startShopifyFake({ port, shops: [{ handle: 'acme' }, { handle: 'bolt' }] });
    return {
      close: () => fake.close(),
      describe: [
        `Shopify fake on ${fake.url} (a lone shop host: send Host or X-Forwarded-Host <shop>.myshopify.com)`,
        `hosts: ${JSON.stringify(fake.hosts)}`,
        ...fake.store.shops.map((s) => `shop ${s.handle}: access token ${s.accessToken}, scopes ${s.scopes.join(',')}`),
      ].join('\n'),
    };
  },
  amazon: async () => {
    const fake = await startAmazonFake({ port, sellers: [{ sellerId: 'A2SYNCENGINE01' }] });
    return {
      close: () => fake.close(),
      describe: [
        `SP-API fake: NA ${fake.url}, EU ${fake.regionUrl('eu')}, FE ${fake.regionUrl('fe')}, LWA ${fake.lwaUrl}, reports ${fake.documentsUrl}`,
        `hosts: ${JSON.stringify(fake.hosts)}`,
        `LWA_CLIENT_ID=${fake.store.clientId} LWA_CLIENT_SECRET=${fake.store.clientSecret}`,
        ...fake.store.sellers.map((s) => `seller ${s.sellerId} (${s.region}): refresh token ${s.refreshToken}`),
      ].join('\n'),
    };
  },
};

const start = name ? FAKES[name] : undefined;
if (!start) {
  console.error(`usage: npm run fake -- <${Object.keys(FAKES).join('|')}> [--port <port>]`);
  process.exit(2);
}
const running = await start();
console.log(running.describe);
process.once('SIGINT', () => void running.close().then(() => process.exit(0)));
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
