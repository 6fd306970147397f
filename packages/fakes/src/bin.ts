#!/usr/bin/env node
import { fakeCli } from './fake-cli.js';

// `npm run fake -- <fake...> [--port n]`: runs until SIGINT or SIGTERM, then closes the servers.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
process.exitCode = await fakeCli(process.argv.slice(2), process, controller.signal);
