import { fleetApi, REDIS_URL, scratch, startCli, until, writeFleetPipeline, at } from '../test/_scale-out-fixture.js';
const api = await fleetApi(() => []);
const env = await scratch();
const file = writeFleetPipeline(env.dir, { page: 5 });
const n = Number(process.env.W ?? 1);
const t0 = Date.now();
const ws = Array.from({ length: n }, () => startCli(['worker', file, '--state', env.url, '--var', `db=${env.url}`, '--var', `api=${api.server.url}`, '--no-logs', '--queue', REDIS_URL, '--queue-prefix', env.prefix], process.env.PROF ? { NODE_OPTIONS: '--cpu-prof --cpu-prof-dir=/tmp/sprof' } : {}));
await until(() => ws.every((w) => w.output().includes('takes units')), 'start');
console.log(`${n} workers up in ${Date.now() - t0} ms`);
for (const w of ws) { w.child.kill('SIGTERM'); await w.exit; }
console.log(ws[0]!.output());
await api.server.close(); await env.drop(); process.exit(0);
