import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Redactor } from '@syncengine/engine';
import { wrapHttpTransport } from '@syncengine/connectors';
import { RECORDING_FILE, type RecordingManifest } from './http-recorder.js';
import { createScrubber, type Exchange } from './scrub-exchange.js';

/** The outcome of a replay: requests no fixture answered, fixtures no request used. */
export interface ReplayReport {
  readonly unmatched: string[];
  readonly unused: string[];
}

/** A local server answering from fixtures, with every HTTP request of this process sent to it. */
export interface FixtureReplay {
  /** Stops the server and puts the real transport back. */
  stop(): Promise<ReplayReport>;
}

const ORIGINAL = 'x-syncengine-replay-url';

/**
 * Starts a server on 127.0.0.1 that answers each request with the recorded response of the same
 * method, URL and body (scrubbed as the recording was), each fixture once, in recorded order.
 */
export async function startReplay(dir: string, redactor: Redactor): Promise<FixtureReplay> {
  const manifest = JSON.parse(readFileSync(join(dir, RECORDING_FILE), 'utf8')) as RecordingManifest;
  const scrubber = createScrubber(redactor, manifest.scrub);
  const keyOf = (method: string, url: string, body: string | undefined) => `${method} ${url}${body ? `\n${body}` : ''}`;
  const pending = new Map<string, Array<{ file: string; exchange: Exchange }>>();
  for (const file of manifest.exchanges) {
    const exchange = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Exchange;
    const key = keyOf(exchange.request.method, exchange.request.url, exchange.request.body);
    pending.set(key, [...(pending.get(key) ?? []), { file, exchange }]);
  }
  const unmatched: string[] = [];

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const original = String(req.headers[ORIGINAL] ?? '');
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = scrubber.url(original);
      const body = scrubber.body(raw || undefined, String(req.headers['content-type'] ?? ''));
      const queue = pending.get(keyOf(req.method ?? 'GET', url, body));
      const hit = queue?.shift();
      if (!hit) {
        unmatched.push(`${req.method} ${url}${body ? ` ${body.slice(0, 200)}` : ''}`);
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`syncengine test: no fixture for ${req.method} ${url}`);
        return;
      }
      const headers = { ...hit.exchange.response.headers };
      for (const name of ['content-length', 'content-encoding', 'transfer-encoding', 'connection']) delete headers[name];
      res.writeHead(hit.exchange.response.status, hit.exchange.response.statusText, headers).end(hit.exchange.response.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const restore = wrapHttpTransport((next) => async (request, signal, timeoutMs) => {
    const original = new URL(request.url);
    const local = `http://127.0.0.1:${port}${original.pathname}${original.search}`;
    const response = await next({ ...request, url: local, headers: { ...request.headers, [ORIGINAL]: request.url } }, signal, timeoutMs);
    // Relative next-page links resolve against the API's address, not the replay server's.
    return { ...response, url: request.url };
  });

  return {
    async stop() {
      restore();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      const unused = [...pending.values()]
        .flat()
        .map(({ file, exchange }) => `${file} (${exchange.request.method} ${exchange.request.url})`);
      return { unmatched, unused };
    },
  };
}
