import { createDecipheriv, createHmac, timingSafeEqual } from 'node:crypto';
import { SyncError } from '../errors.js';

/** How a tenants block declares its encrypted fields. */
export interface DecryptSpec {
  readonly fields: readonly string[];
  readonly key: string;
  readonly algorithm: 'aes-256-gcm' | 'fernet';
}

/** A field that did not decrypt; the message never holds the key or the ciphertext. */
export class DecryptError extends SyncError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
    this.name = 'DecryptError';
  }
}

/** The 32 key bytes of an `aes-256-gcm` key written as 64 hex digits or base64. */
function aesKey(key: string): Buffer {
  const text = key.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (bytes.length !== 32)
    throw new DecryptError(`tenants.decrypt.key: an aes-256-gcm key is 32 bytes (64 hex digits or base64), got ${bytes.length}`);
  return bytes;
}

function ciphertextBytes(value: unknown, field: string): Buffer {
  if (value instanceof Uint8Array) return Buffer.from(value);
  if (typeof value === 'string') return Buffer.from(value.trim(), 'base64');
  throw new DecryptError(`${field}: expected ciphertext (base64 text or bytes), got ${value === null ? 'null' : typeof value}`);
}

/** AES-256-GCM: a 12-byte nonce, the ciphertext, the 16-byte tag (Python `AESGCM.encrypt` with the nonce in front). */
function decryptAesGcm(key: Buffer, value: unknown, field: string): string {
  const bytes = ciphertextBytes(value, field);
  if (bytes.length < 12 + 16) throw new DecryptError(`${field}: too short to be aes-256-gcm ciphertext`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptError(`${field}: cannot decrypt (wrong key, or the value is not aes-256-gcm ciphertext)`);
  }
}

/** A Fernet token (spec: version 0x80, time, IV, AES-128-CBC ciphertext, HMAC-SHA256 over the rest). */
function decryptFernet(key: string, value: unknown, field: string): string {
  const keyBytes = Buffer.from(key.trim(), 'base64url');
  if (keyBytes.length !== 32) throw new DecryptError('tenants.decrypt.key: a Fernet key is 32 bytes of base64url');
  const token = typeof value === 'string' ? Buffer.from(value.trim(), 'base64url') : ciphertextBytes(value, field);
  if (token.length < 1 + 8 + 16 + 16 + 32 || token[0] !== 0x80) throw new DecryptError(`${field}: not a Fernet token`);
  const signed = token.subarray(0, token.length - 32);
  const mac = createHmac('sha256', keyBytes.subarray(0, 16)).update(signed).digest();
  if (!timingSafeEqual(mac, token.subarray(token.length - 32)))
    throw new DecryptError(`${field}: cannot decrypt (wrong key, or a changed token)`);
  try {
    const decipher = createDecipheriv('aes-128-cbc', keyBytes.subarray(16), token.subarray(9, 25));
    return Buffer.concat([decipher.update(signed.subarray(25)), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptError(`${field}: cannot decrypt the Fernet token`);
  }
}

/**
 * Decrypts the declared fields of a tenant record in place of their ciphertext: JSON text becomes
 * the value it encodes. Returns the decrypted record and the plain texts, for the caller to mask.
 * Throws `DecryptError` (naming the field only) when a field does not decrypt.
 */
export function decryptTenant(
  record: Record<string, unknown>,
  spec: DecryptSpec,
): { record: Record<string, unknown>; plaintexts: string[] } {
  const out = { ...record };
  const plaintexts: string[] = [];
  const key = spec.algorithm === 'aes-256-gcm' ? aesKey(spec.key) : undefined;
  for (const field of spec.fields) {
    const value = record[field];
    if (value === undefined || value === null || value === '') continue;
    const text = key ? decryptAesGcm(key, value, field) : decryptFernet(spec.key, value, field);
    plaintexts.push(text);
    let parsed: unknown = text;
    if (/^\s*[{[]/.test(text)) {
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        // plain text after all
      }
    }
    out[field] = parsed;
  }
  return { record: out, plaintexts };
}
