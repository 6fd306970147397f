/**
 * One line for a database driver error. Node reports a refused connection to a name with several
 * addresses (`localhost`) as an AggregateError with an empty message: use its parts instead.
 */
export function driverErrorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message) return error.message;
  const parts = error instanceof AggregateError ? error.errors.map(driverErrorMessage).filter(Boolean) : [];
  const code = (error as { code?: unknown }).code;
  return parts.length ? [...new Set(parts)].join('; ') : typeof code === 'string' ? code : error.name;
}
