/**
 * The request timeout holds when garbage collections run while a request waits (on Node 20,
 * `AbortSignal.timeout()` combined with `AbortSignal.any()` stopped firing after one). The check
 * runs in a child `node --expose-gc` process, which the test kills if it hangs.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('./_gc-timeout-child.ts', import.meta.url));

it('times out a server that never answers while garbage collections run, retries once, then fails naming the request', async () => {
  const { stdout, stderr, killed } = await new Promise<{ stdout: string; stderr: string; killed: boolean }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--expose-gc', '--conditions=source', '--import', 'tsx', CHILD, '300'],
      { timeout: 12_000, killSignal: 'SIGKILL' },
      (_error, stdout, stderr) => resolve({ stdout, stderr, killed: child.killed }),
    );
  });
  // Before the fix the two 300 ms attempts never ended: the child was killed after 12 s.
  expect(killed, `the run hung; stderr: ${stderr}`).toBe(false);
  const outcome = JSON.parse(stdout.trim()) as { status: string; error: string; warnings: string[]; requests: number };
  expect(outcome.status).toBe('failed');
  expect(outcome.error).toMatch(/^\[source:api\] GET http:\/\/127\.0\.0\.1:\d+\/items: timed out \(gave up after 2 attempts\)$/);
  expect(outcome.warnings).toEqual([expect.stringMatching(/^GET \/items: timed out \(retry 1\/1 in \d+\.\ds\)$/)]);
  expect(outcome.requests).toBe(2);
}, 20_000);
