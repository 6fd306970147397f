import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptTenant } from '../src/run/_tenant-decrypt.js';
import { nextAtTimeOfDay } from '../src/util/time-of-day.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('tenants.decrypt', () => {
  it('opens AES-256-GCM (nonce, ciphertext, tag; hex or base64 key) into a map, and names only the field when the key is wrong', () => {
    const key = randomBytes(32);
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    const body = Buffer.concat([cipher.update('{"access_token":"shpat_x1","shop":"acme"}'), cipher.final()]);
    const value = Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64');
    for (const written of [key.toString('hex'), key.toString('base64')]) {
      const { record, plaintexts } = decryptTenant(
        { id: 1, credentials: value },
        { fields: ['credentials'], key: written, algorithm: 'aes-256-gcm' },
      );
      expect(record).toEqual({ id: 1, credentials: { access_token: 'shpat_x1', shop: 'acme' } });
      expect(plaintexts).toHaveLength(1);
    }
    const wrong = () =>
      decryptTenant({ credentials: value }, { fields: ['credentials'], key: randomBytes(32).toString('hex'), algorithm: 'aes-256-gcm' });
    expect(wrong).toThrow('credentials: cannot decrypt (wrong key, or the value is not aes-256-gcm ciphertext)');
    try {
      wrong();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(value);
    }
  });

  it('opens a Fernet token (the spec test vector)', () => {
    const { record } = decryptTenant(
      { secret: 'gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==' },
      { fields: ['secret'], key: 'cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=', algorithm: 'fernet' },
    );
    expect(record.secret).toBe('hello');
  });
});

describe('tenants.at', () => {
  it('is due at the time of day in the zone, then every frequency_hours, calendar days for whole days', () => {
    expect(iso(nextAtTimeOfDay(Date.parse('2024-01-15T14:00:00Z'), 24, '00:00', 'UTC'))).toBe('2024-01-16T00:00:00.000Z');
    expect(iso(nextAtTimeOfDay(Date.parse('2024-01-16T00:00:00Z'), 24, '00:00', 'UTC'))).toBe('2024-01-17T00:00:00.000Z');
    expect(iso(nextAtTimeOfDay(Date.parse('2024-01-15T14:00:00Z'), 6, '00:00', 'UTC'))).toBe('2024-01-15T18:00:00.000Z');
    expect(iso(nextAtTimeOfDay(Date.parse('2024-01-15T23:00:00Z'), 5, '00:00', 'UTC'))).toBe('2024-01-16T00:00:00.000Z');
    expect(iso(nextAtTimeOfDay(Date.parse('2024-01-15T14:00:00Z'), 48, '00:00', 'UTC'))).toBe('2024-01-17T00:00:00.000Z');
    // New York midnight, across the spring-forward night: still midnight on the wall clock.
    expect(iso(nextAtTimeOfDay(Date.parse('2024-03-09T12:00:00Z'), 24, '00:00', 'America/New_York'))).toBe('2024-03-10T05:00:00.000Z');
    expect(iso(nextAtTimeOfDay(Date.parse('2024-03-10T12:00:00Z'), 24, '00:00', 'America/New_York'))).toBe('2024-03-11T04:00:00.000Z');
  });
});
