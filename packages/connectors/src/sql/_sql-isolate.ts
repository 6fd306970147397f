import { sql, type Kysely } from 'kysely';

/** Thrown by a first, unguarded attempt when the database refused the data of some row: the caller isolates. */
export class RowsRefused extends Error {
  constructor(
    /** The database's reason, as the adapter's `refusal` put it. */
    readonly reason: string,
    options: { cause: unknown },
  ) {
    super(reason, options);
    this.name = 'RowsRefused';
  }
}

/** What isolating the refused rows of a set found. */
export interface Isolated<T, R> {
  /** The results of the parts that were written. */
  results: R[];
  /** The items the database refused, each alone in its own statement, with its reason. */
  refused: { item: T; reason: string }[];
  /** Savepoints used, for the log. */
  attempts: number;
}

/**
 * Finds the items of a failed set that the database refuses, inside `trx`: splits the set in halves,
 * writes each half under a savepoint, and splits again each half the database refuses, down to single
 * items. Everything else stays written in `trx`, in the original order (so of two duplicates, the first is
 * written). An error that is not about the data (`refusal` returns undefined) is thrown at once.
 *
 * `failed` is the reason the whole set was refused; the set itself is not tried again.
 */
export async function isolateRefused<T, R>(
  trx: Kysely<any>,
  items: readonly T[],
  failed: string,
  write: (part: readonly T[]) => Promise<R>,
  refusal: (error: unknown) => string | undefined,
): Promise<Isolated<T, R>> {
  const found: Isolated<T, R> = { results: [], refused: [], attempts: 0 };
  /** Writes `part` under a savepoint; returns the reason when the database refused it (and nothing of it is kept). */
  const attempt = async (part: readonly T[]): Promise<string | undefined> => {
    const savepoint = sql.raw(`syncengine_isolate_${++found.attempts}`);
    await sql`savepoint ${savepoint}`.execute(trx);
    try {
      found.results.push(await write(part));
    } catch (error) {
      const reason = refusal(error);
      if (reason === undefined) throw error;
      await sql`rollback to savepoint ${savepoint}`.execute(trx);
      await sql`release savepoint ${savepoint}`.execute(trx);
      return reason;
    }
    await sql`release savepoint ${savepoint}`.execute(trx);
    return undefined;
  };
  const split = async (part: readonly T[], reason: string): Promise<void> => {
    if (part.length === 1) {
      found.refused.push({ item: part[0]!, reason });
      return;
    }
    const middle = Math.ceil(part.length / 2);
    for (const half of [part.slice(0, middle), part.slice(middle)]) {
      const refused = await attempt(half);
      if (refused !== undefined) await split(half, refused);
    }
  };
  await split(items, failed);
  return found;
}
