/**
 * Run by http-timeout-gc.test.ts as `node --expose-gc`: a server that accepts requests and never
 * answers, a dry run of one stream against it with a short timeout, and a forced garbage
 * collection every 20 ms while the requests wait. Prints the stream's status, error, the retry
 * warnings and the number of requests the server received, as one JSON line.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dryRun, httpPipeline } from './_http-harness.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const waiting: ServerResponse[] = [];
const server = createServer((_req, res) => void waiting.push(res));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const collector = setInterval(gc, 20);

const { result, warnings } = await dryRun(
  httpPipeline(`base_url: ${url}\ntimeout_ms: ${process.argv[2] ?? 300}\nretries: 1\nretry_delay_ms: 10`, 'path: /items'),
);
clearInterval(collector);
server.closeAllConnections();
server.close();
process.stdout.write(
  `${JSON.stringify({ status: result.streams[0]!.status, error: result.streams[0]!.error, warnings, requests: waiting.length })}\n`,
);
