import type { ConsolaReporter, LogObject } from 'consola';
import type { Redactor } from './redactor.js';

/**
 * Wraps a consola reporter so every message and argument is passed through the redactor
 * before it is printed or written to a log file.
 */
export function createRedactingReporter(inner: ConsolaReporter, redactor: Redactor): ConsolaReporter {
  return {
    log(logObj: LogObject, ctx) {
      const args = logObj.args.map((arg) => {
        if (typeof arg === 'string') return redactor.redact(arg);
        if (arg instanceof Error) {
          const copy = new Error(redactor.redact(arg.message));
          copy.name = arg.name;
          copy.stack = arg.stack ? redactor.redact(arg.stack) : undefined;
          return copy;
        }
        return redactor.redactValue(arg);
      });
      inner.log({ ...logObj, args, ...(logObj.message ? { message: redactor.redact(logObj.message) } : {}) }, ctx);
    },
  };
}
