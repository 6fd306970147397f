import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeCli } from '../src/fake-cli.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = 'packages/fakes/src/bin.ts';

/** Runs `fakeCli` in-process to its end (usage paths return at once). */
async function usage(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await fakeCli(
    args,
    { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } },
    new AbortController().signal,
  );
  return { code, stdout, stderr };
}

describe('npm run fake', () => {
  it('starts the named fakes as `npm run fake` does, prints their URLs, credentials and pipeline env, answers, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', BIN, 'catsy', 'servicetitan'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "ready" line in 30 s:\n${stdout}\n${stderr}`)), 30_000);
        child.stdout.on('data', () => {
          if (stdout.includes('ready: the fakes answer until Ctrl-C')) {
            clearTimeout(timer);
            resolve();
          }
        });
        void exited.then(() => reject(new Error(`exited early:\n${stdout}\n${stderr}`)));
      });
      const url = (label: string) => new RegExp(`^${label} +(http://127\\.0\\.0\\.1:\\d+)$`, 'm').exec(stdout)?.[1];
      const catsy = url('catsy')!;
      const production = url('servicetitan production')!;
      expect(stdout).toContain(`--var catsy_url=${catsy}`);
      expect(stdout).toContain('export CATSY_BEARER_TOKEN=catsy_test_key');
      expect(stdout).toContain(`export ST_AUTH_URL_PROD=${production}/connect/token`);

      // Catsy answers with the key it printed, and refuses a wrong one.
      const items = await fetch(`${catsy}/api/v3/queries/1001/items?limit=2&offset=0`, {
        headers: { authorization: 'Bearer catsy_test_key' },
      });
      expect(items.status).toBe(200);
      expect(((await items.json()) as { items: unknown[] }).items).toHaveLength(2);
      expect((await fetch(`${catsy}/api/v3/queries/1001/items`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      // ServiceTitan production grants a token to the client it printed.
      const id = /export ST_CLIENT_ID_PROD=(\S+)/.exec(stdout)![1]!;
      const secret = /export ST_CLIENT_SECRET_PROD=(\S+)/.exec(stdout)![1]!;
      const token = await fetch(`${production}/connect/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }),
      });
      expect(token.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 60_000);

  it('lists the fakes with --help; an unknown fake or a bad port is a usage error', async () => {
    const help = await usage('--help');
    expect(help.code).toBe(0);
    for (const name of ['catsy', 'sparklayer', 'servicetitan', 'bitcram', 'shopify', 'amazon', 'ploomes'])
      expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(await usage('shopfy')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('error unknown fake "shopfy"; known: catsy, sparklayer'),
    });
    expect(await usage('catsy', '--port', 'x')).toMatchObject({ code: 2, stderr: 'error --port x: must be a port number\n' });
    expect((await usage()).code).toBe(2);
  });
});
