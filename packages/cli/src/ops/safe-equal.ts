import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares two secrets in constant time: both are hashed first, so neither the content nor the
 * length of the expected value leaks through timing.
 */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
