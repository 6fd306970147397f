/** Settings of a connection's circuit breaker. */
export interface CircuitBreakerOptions {
  /** Consecutive failed attempts that open the circuit. */
  readonly failures: number;
  /** How long an open circuit fails requests before one trial request is let through. */
  readonly cooldownMs: number;
  /** Told every change of state, e.g. for a metrics gauge. */
  readonly onChange?: (state: CircuitState) => void;
}

/** The states of a circuit breaker. */
export type CircuitState = 'closed' | 'open' | 'half_open';

/** Shared by every request of one connection. */
export interface CircuitBreaker {
  /** Throws `CircuitOpenError` while the circuit is open, or while a half-open trial is under way. */
  admit(): void;
  /** The attempt got an answer from the server (anything but a 5xx): closes the circuit. */
  success(): void;
  /** The attempt failed (network error, timeout, 5xx). */
  failure(): void;
  /** `circuit open after N consecutive failures` while requests fail at once; undefined while they may be sent. */
  readonly openReason: string | undefined;
}

/** Thrown instead of a request while the circuit is open. */
export class CircuitOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CircuitOpenError';
  }
}

/**
 * A consecutive-failures circuit breaker: closed -> open after `failures` failures in a row ->
 * half-open after `cooldownMs`, when exactly one trial request decides between closed and open.
 */
export function createCircuitBreaker(options: CircuitBreakerOptions, now: () => number = Date.now): CircuitBreaker {
  let failures = 0;
  let openUntil = 0;
  let state: CircuitState = 'closed';
  const enter = (next: CircuitState) => {
    if (next === state) return;
    state = next;
    options.onChange?.(next);
  };
  return {
    admit() {
      if (state === 'closed') return;
      if (state === 'open' && now() >= openUntil) {
        enter('half_open');
        return;
      }
      const wait = state === 'open' ? ` for another ${((openUntil - now()) / 1000).toFixed(1)}s` : ' until the trial request ends';
      throw new CircuitOpenError(`circuit open after ${failures} consecutive failures: failing fast${wait}`);
    },
    get openReason() {
      if (state === 'closed' || (state === 'open' && now() >= openUntil)) return undefined;
      return `circuit open after ${failures} consecutive failures`;
    },
    success() {
      failures = 0;
      enter('closed');
    },
    failure() {
      failures += 1;
      if (state === 'half_open' || failures >= options.failures) {
        openUntil = now() + options.cooldownMs;
        enter('open');
      }
    },
  };
}
