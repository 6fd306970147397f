/**
 * Re-records the gallery's fixtures and expected records:
 *
 *   node --conditions=source --import tsx examples/gallery/record-gallery.ts
 *
 * Each pipeline runs dry with `--record` against local stand-ins of its API (requests to the public
 * hosts are sent to them), then `syncengine test --update` writes `expected.jsonl` offline.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { wrapHttpTransport } from '@syncengine/connectors';
import { main } from '../../packages/cli/src/main.js';
import { processIo } from '../../packages/cli/src/output/cli-io.js';
import { GALLERY_HOSTS, GALLERY_SECRETS, startGalleryApis } from './_gallery-apis.js';

/** The gallery's pipelines, with the fields each recording scrubs besides the defaults. */
export const GALLERY = [
  { file: 'stripe-customers/stripe-customers.yaml', scrub: [] },
  { file: 'github-issues/github-issues.yaml', scrub: [] },
  { file: 'dynamics-accounts/dynamics-accounts.yaml', scrub: [] },
  { file: 'spapi-orders/spapi-orders.yaml', scrub: ['BuyerEmail'] },
] as const;

/** The non-secret settings the recordings were made with (kept in each recording.json). */
const SETTINGS = {
  AZURE_TENANT: 'contoso.onmicrosoft.com',
  DYNAMICS_CLIENT_ID: '51f81489-12ee-4a9e-aaae-a2591f45987d',
  SPAPI_CLIENT_ID: 'amzn1.application-oa2-client.gallery',
};

const here = dirname(fileURLToPath(import.meta.url));

async function record(): Promise<number> {
  const apis = await startGalleryApis();
  const restore = wrapHttpTransport((next) => async (request, signal, timeoutMs) => {
    const url = new URL(request.url);
    if (!GALLERY_HOSTS.includes(url.host)) return next(request, signal, timeoutMs);
    const local = {
      ...request,
      url: `${apis.origin}${url.pathname}${url.search}`,
      headers: { ...request.headers, 'x-public-origin': url.origin },
    };
    return { ...(await next(local, signal, timeoutMs)), url: request.url };
  });
  const io = { ...processIo(), env: { ...process.env, ...SETTINGS, ...GALLERY_SECRETS } };
  try {
    for (const { file, scrub } of GALLERY) {
      const path = join(here, file);
      const fixtures = join(dirname(path), 'fixtures', file.split('/')[0]!);
      const args = ['run', path, '--dry-run', '--record', fixtures, ...(scrub.length ? ['--scrub', scrub.join(',')] : [])];
      const code = await main(args, { ...io, stdout: { write: () => true } });
      if (code !== 0) return code;
    }
  } finally {
    restore();
    await apis.close();
  }
  for (const { file } of GALLERY) {
    const code = await main(['test', join(here, file), '--update'], { ...processIo(), env: {} });
    if (code !== 0) return code;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await record();
