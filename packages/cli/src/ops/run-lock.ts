import { describeError, type LockStore } from '@syncengine/engine';

/** A held run lock, renewed until released. */
export interface RunLease {
  /** Stops renewing and frees the lock. */
  release(): Promise<void>;
}

/** The lock that keeps two runs of a pipeline and tenant apart: `run:<pipeline>:<tenant or ->`. */
export function runLockName(pipeline: string, tenant: string | undefined): string {
  return `run:${pipeline}:${tenant ?? '-'}`;
}

/**
 * Takes a lock for `ttlMs` and renews it every third of that while the run lasts, so a process
 * that dies leaves a lock that expires within `ttlMs`. Resolves undefined when someone else holds
 * it. `onLost` is called once if a renewal fails (the lease may have passed to another process).
 */
export async function takeRunLock(
  locks: LockStore,
  name: string,
  holder: string,
  ttlMs: number,
  onLost: (reason: string) => void,
): Promise<RunLease | undefined> {
  if (!(await locks.acquire(name, holder, ttlMs))) return undefined;
  let lost = false;
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      renewing = locks.acquire(name, holder, ttlMs).then(
        (held) => {
          if (!held && !lost) {
            lost = true;
            onLost(`lock ${name} expired and was taken by another holder`);
          }
        },
        (error: unknown) => {
          if (!lost) {
            lost = true;
            onLost(`lock ${name} could not be renewed: ${describeError(error)}`);
          }
        },
      );
    },
    Math.max(1, Math.floor(ttlMs / 3)),
  );
  timer.unref();
  return {
    async release() {
      clearInterval(timer);
      await renewing;
      // Deletes the lock only while it is still ours.
      await locks.release(name, holder);
    },
  };
}
