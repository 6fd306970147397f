/**
 * Polls `check` until it holds, or throws naming `what` after `timeoutMs`: the one wait of the
 * end-to-end tests. A deadline, not a clock reading: no assertion depends on the time of day.
 */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000, everyMs = 20): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
