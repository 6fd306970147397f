/**
 * A bounded queue between two stages of the run loop. The producer awaits `push` while the queue
 * is full (backpressure), so memory holds at most `capacity` items whatever the data set's size.
 * Items pushed before `fail` are delivered first; the consumer then sees the error.
 */
export interface Channel<T> extends AsyncIterable<T> {
  /** Queues one item; resolves to false (dropping it) once the consumer has closed the channel. */
  push(item: T): Promise<boolean>;
  /** Resolves once an item can be queued without waiting (true), or the consumer closed the channel (false). */
  ready(): Promise<boolean>;
  /** Ends the channel: the consumer sees the end after the queued items. */
  end(): void;
  /** Ends the channel with an error: the consumer sees it after the queued items. */
  fail(error: unknown): void;
  /** Stops the channel from the consumer's side: queued items are dropped, waiting producers released. */
  close(): void;
  /** Items waiting in the queue. */
  readonly size: number;
}

export function createChannel<T>(capacity: number): Channel<T> {
  const items: T[] = [];
  let finished: { error?: unknown; failed: boolean } | undefined;
  let closed = false;
  let wakeConsumer: (() => void) | undefined;
  const waitingProducers: (() => void)[] = [];

  const signalConsumer = () => {
    const wake = wakeConsumer;
    wakeConsumer = undefined;
    wake?.();
  };
  const releaseProducer = () => waitingProducers.shift()?.();
  const ready = async () => {
    while (!closed && !finished && items.length >= capacity) {
      await new Promise<void>((resolve) => waitingProducers.push(resolve));
    }
    return !closed && !finished;
  };

  return {
    get size() {
      return items.length;
    },
    ready,
    async push(item) {
      if (!(await ready())) return false;
      items.push(item);
      signalConsumer();
      return true;
    },
    end() {
      if (!finished) finished = { failed: false };
      signalConsumer();
    },
    fail(error) {
      if (!finished) finished = { failed: true, error };
      signalConsumer();
    },
    close() {
      closed = true;
      items.length = 0;
      while (waitingProducers.length) releaseProducer();
      signalConsumer();
    },
    async *[Symbol.asyncIterator]() {
      while (true) {
        if (items.length) {
          const item = items.shift() as T;
          releaseProducer();
          yield item;
          continue;
        }
        if (closed) return;
        if (finished) {
          if (finished.failed) throw finished.error;
          return;
        }
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
      }
    },
  };
}

/** A child abort controller that follows `parent` without `AbortSignal.any` (whose timers and links can be collected). */
export function linkedController(parent: AbortSignal): { controller: AbortController; dispose(): void } {
  const controller = new AbortController();
  const forward = () => controller.abort(parent.reason);
  if (parent.aborted) forward();
  else parent.addEventListener('abort', forward, { once: true });
  return { controller, dispose: () => parent.removeEventListener('abort', forward) };
}

/** Runs `task` for each item, at most `limit` at a time, pulling items lazily; the first failure stops new starts and is thrown once all running tasks settled. */
export async function forEachConcurrently<T>(
  items: AsyncIterable<T> | Iterable<T>,
  limit: number,
  task: (item: T) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  const iterator = (Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]()) as
    AsyncIterator<T> | Iterator<T>;
  let failure: { error: unknown } | undefined;
  let pulling: Promise<void> = Promise.resolve();
  /** One pull at a time: iterators (async generators in particular) are not re-entrant. */
  const pull = (): Promise<IteratorResult<T>> => {
    const next = pulling.then(() => iterator.next());
    pulling = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  };
  const lane = async () => {
    while (!failure && !shouldStop()) {
      let step: IteratorResult<T>;
      try {
        step = await pull();
      } catch (error) {
        failure ??= { error };
        return;
      }
      if (step.done) return;
      try {
        await task(step.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
  } finally {
    await iterator.return?.();
  }
  if (failure) throw failure.error;
}
