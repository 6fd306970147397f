import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStateStore, databaseIdentity, describeDatabaseUrl, parseDatabaseUrl, sslFromParams } from '../src/index.js';

describe('database URLs', () => {
  it('reads SQLite paths and sqlite: URLs, relative to a base directory', () => {
    expect(parseDatabaseUrl('state.db', '/srv/sync')).toEqual({ dialect: 'sqlite', path: '/srv/sync/state.db' });
    expect(parseDatabaseUrl('sqlite:data/state.db', '/srv/sync')).toEqual({ dialect: 'sqlite', path: '/srv/sync/data/state.db' });
    expect(parseDatabaseUrl('sqlite:/var/lib/state.db', '/srv')).toEqual({ dialect: 'sqlite', path: '/var/lib/state.db' });
    expect(parseDatabaseUrl('sqlite:///var/lib/state.db', '/srv')).toEqual({ dialect: 'sqlite', path: '/var/lib/state.db' });
    expect(parseDatabaseUrl(':memory:')).toEqual({ dialect: 'sqlite', path: ':memory:' });
  });

  it('reads server URLs with credentials, default ports and parameters', () => {
    expect(parseDatabaseUrl('postgresql://app:p%40ss@DB.example.com/sync?sslmode=require&schema=syncengine')).toEqual({
      dialect: 'postgres',
      host: 'DB.example.com',
      port: 5432,
      user: 'app',
      password: 'p@ss',
      database: 'sync',
      params: { sslmode: 'require', schema: 'syncengine' },
    });
    expect(parseDatabaseUrl('mariadb://root@127.0.0.1:3307/test')).toMatchObject({
      dialect: 'mysql',
      host: '127.0.0.1',
      port: 3307,
      user: 'root',
      database: 'test',
    });
  });

  it('gives identities without credentials, equal for the same database', () => {
    expect(databaseIdentity(parseDatabaseUrl('postgres://a:b@DB.example.com/sync?schema=x'))).toBe('postgres://db.example.com:5432/sync');
    expect(databaseIdentity(parseDatabaseUrl('postgres://other@db.example.com:5432/sync'))).toBe('postgres://db.example.com:5432/sync');
    expect(databaseIdentity(parseDatabaseUrl('mysql://root@127.0.0.1/test'))).toBe('mysql://127.0.0.1:3306/test');
    expect(databaseIdentity(parseDatabaseUrl('sqlite:x.db', '/d'))).toBe('sqlite:/d/x.db');
    expect(databaseIdentity(parseDatabaseUrl(':memory:'))).toBeUndefined();
  });

  it('rejects unknown schemes and malformed URLs without quoting a password', () => {
    expect(() => parseDatabaseUrl('mongodb://h/db')).toThrow(
      'unsupported database URL scheme "mongodb:"; use sqlite:, postgres:// or mysql://',
    );
    expect(() => parseDatabaseUrl('postgres://u:pa/ss@h/db')).toThrow(
      /^invalid postgres URL; write postgres:\/\/user:password@host:port\/database/,
    );
    expect(() => parseDatabaseUrl('postgres://u:pa/ss@h/db')).not.toThrow(/pa\/ss/);
    expect(() => parseDatabaseUrl('postgres://h:5432/')).toThrow('postgres URL postgres://h:5432/ names no database');
    expect(describeDatabaseUrl('postgres://u:secret@h/db')).toBe('postgres://h/db');
  });

  it('maps TLS modes', () => {
    expect(sslFromParams({})).toBeUndefined();
    expect(sslFromParams({ sslmode: 'disable' })).toBe(false);
    expect(sslFromParams({ sslmode: 'require' })).toEqual({ rejectUnauthorized: false });
    expect(sslFromParams({ ssl: 'true' })).toEqual({ rejectUnauthorized: true });
    expect(() => sslFromParams({ sslmode: 'sometimes' })).toThrow('unsupported TLS mode "sometimes"');
  });

  it('createStateStore opens a SQLite store from a path or a sqlite: URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syncengine-url-'));
    const store = await createStateStore('sqlite:nested/state.db', { baseDir: dir });
    expect(store.identity).toBe(`sqlite:${join(dir, 'nested', 'state.db')}`);
    await store.setCursor({ pipeline: 'p', stream: 's' }, 1);
    await store.close();
    const again = await createStateStore(join(dir, 'nested', 'state.db'));
    expect(await again.getCursor({ pipeline: 'p', stream: 's' })).toBe(1);
    await again.close();
  });
});
