import {
  createEnqueuer
} from "./chunk-PVBZJ22S.js";
import {
  UsageError
} from "./chunk-JGRDHK3I.js";
import "./chunk-PIRHQTI4.js";

// packages/cli/dist/commands/dead-letters-command.js
async function deadLettersCommand(action, ids, options, io) {
  if (!options.queue)
    throw new UsageError("dead-letters needs --queue redis://host:port");
  if (action !== "list" && action !== "retry")
    throw new UsageError(`unknown action "${action}": use list or retry`);
  if (action === "retry" && !ids.length)
    throw new UsageError("dead-letters retry needs the job ids to retry (see dead-letters list)");
  const enqueuer = createEnqueuer({ url: options.queue, ...options.queuePrefix ? { prefix: options.queuePrefix } : {} });
  try {
    if (action === "list") {
      const letters = await enqueuer.deadLetters(1e3);
      if (options.json)
        io.stdout.write(`${JSON.stringify(letters, null, 2)}
`);
      else if (!letters.length)
        io.stdout.write("no dead letters\n");
      else
        for (const l of letters)
          io.stdout.write(`${l.jobId}	${l.pipeline}	${l.tenant ?? "-"}	${l.trigger}	${l.attempts} attempts	${l.failedAt ?? ""}	${l.error}
`);
      return 0;
    }
    let code = 0;
    for (const id of ids) {
      if (await enqueuer.retryDeadLetter(id))
        io.stdout.write(`${id}: queued again
`);
      else {
        io.stderr.write(`error ${id}: no such dead letter
`);
        code = 1;
      }
    }
    return code;
  } finally {
    await enqueuer.close();
  }
}
export {
  deadLettersCommand
};
