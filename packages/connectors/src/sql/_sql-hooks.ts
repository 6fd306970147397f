import { sql, type Kysely } from 'kysely';
import type { ConsolaInstance } from 'consola';
import { SinkError } from '@syncengine/engine';

/** Runs a sink's `before` or `after` statements in order; a failing one fails the stream, naming its position. */
export async function runHooks(
  executor: Kysely<any>,
  statements: readonly string[],
  phase: 'before' | 'after',
  where: { tag: string; table: string; logger: ConsolaInstance },
): Promise<void> {
  for (const [i, statement] of statements.entries()) {
    try {
      await sql.raw(statement).execute(executor);
    } catch (error) {
      throw new SinkError(`${where.tag} ${phase}[${i}] failed: ${(error as Error).message}`, { cause: error });
    }
  }
  if (statements.length) where.logger.debug(`ran ${statements.length} ${phase} statement(s) on ${where.table}`);
}
