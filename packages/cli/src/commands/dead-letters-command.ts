import type { CliIo } from '../output/cli-io.js';
import { createEnqueuer } from '../queue/enqueue.js';
import { UsageError } from './usage-error.js';

/** Options of `syncengine dead-letters`, as cac parses them. */
export interface DeadLettersCommandOptions {
  queue?: string;
  queuePrefix?: string;
  json?: boolean;
}

/**
 * `syncengine dead-letters list|retry|delete [job ids] --queue redis://...`: prints the units that
 * failed their last attempt, queues the given ones again, or removes them for good. Exit 1 when a
 * given id is not a dead letter.
 */
export async function deadLettersCommand(action: string, ids: string[], options: DeadLettersCommandOptions, io: CliIo): Promise<number> {
  if (!options.queue) throw new UsageError('dead-letters needs --queue redis://host:port');
  if (action !== 'list' && action !== 'retry' && action !== 'delete')
    throw new UsageError(`unknown action "${action}": use list, retry or delete`);
  if (action !== 'list' && !ids.length)
    throw new UsageError(`dead-letters ${action} needs the job ids to ${action} (see dead-letters list)`);
  const enqueuer = createEnqueuer({ url: options.queue, ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}) });
  try {
    if (action === 'list') {
      const letters = await enqueuer.deadLetters(1_000);
      if (options.json) io.stdout.write(`${JSON.stringify(letters, null, 2)}\n`);
      else if (!letters.length) io.stdout.write('no dead letters\n');
      else
        for (const l of letters)
          io.stdout.write(
            `${l.jobId}\t${l.pipeline}\t${l.tenant ?? '-'}\t${l.trigger}\t${l.attempts} attempts\t${l.failedAt ?? ''}\t${l.error}\n`,
          );
      return 0;
    }
    let code = 0;
    for (const id of ids) {
      if (action === 'delete' ? await enqueuer.deleteDeadLetter(id) : await enqueuer.retryDeadLetter(id))
        io.stdout.write(`${id}: ${action === 'delete' ? 'deleted' : 'queued again'}\n`);
      else {
        io.stderr.write(`error ${id}: no such dead letter\n`);
        code = 1;
      }
    }
    return code;
  } finally {
    await enqueuer.close();
  }
}
