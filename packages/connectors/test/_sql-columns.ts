/** The declared columns most SQL sink tests use: one of each type, with a decimal of fixed scale. */
export const COLUMNS = {
  id: 'integer',
  name: 'text',
  price: { type: 'decimal', precision: 16, scale: 2 },
  active: 'boolean',
  tags: 'json',
  seen_at: 'timestamp',
  day: 'date',
} as const;
