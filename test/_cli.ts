import { main } from '../packages/cli/src/main.js';

/** Runs the CLI in-process with captured output. */
export async function runCli(args: string[], env: Record<string, string> = {}, signal?: AbortSignal) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    args,
    {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: process.cwd(),
      env,
      color: false,
    },
    signal,
  );
  return { code, stdout, stderr };
}
