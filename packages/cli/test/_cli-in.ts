import { main } from '../src/main.js';

/** Runs the CLI in-process in `cwd`, with no environment but `env`, and captures its output. */
export async function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env, color: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
