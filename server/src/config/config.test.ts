import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('has defaults that run a county on one machine', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('./data'),
      database: { kind: 'sqlite', file: path.resolve('./data/fupin.sqlite') },
      adminPassword: undefined,
      adminRegion: '150602',
      encryptionKey: undefined,
      cookieSecure: true,
      sessionIdleMinutes: 30,
      logLevel: 'info',
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080', HOST: '127.0.0.1', FUPIN_DATA_DIR: '/srv/fupin', FUPIN_ADMIN_PASSWORD: 'a long secret 1',
      FUPIN_ADMIN_REGION: '150602101', FUPIN_ENCRYPTION_KEY: 'k', FUPIN_COOKIE_SECURE: 'false',
      FUPIN_SESSION_IDLE_MINUTES: '15', FUPIN_LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080, host: '127.0.0.1', dataDir: '/srv/fupin', adminPassword: 'a long secret 1', adminRegion: '150602101',
      encryptionKey: 'k', cookieSecure: false, sessionIdleMinutes: 15, logLevel: 'warn',
      database: { kind: 'sqlite', file: '/srv/fupin/fupin.sqlite' },
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/Invalid configuration:\n {2}PORT: /);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ FUPIN_ADMIN_PASSWORD: 'short' })).toThrow(/FUPIN_ADMIN_PASSWORD must have at least 10 characters/);
    expect(() => loadConfig({ FUPIN_ADMIN_REGION: '1506' + 'x' })).toThrow(/FUPIN_ADMIN_REGION must be a region code/);
    expect(() => loadConfig({ FUPIN_COOKIE_SECURE: 'yes' })).toThrow(/FUPIN_COOKIE_SECURE/);
    expect(() => loadConfig({ FUPIN_SESSION_IDLE_MINUTES: '0' })).toThrow(/FUPIN_SESSION_IDLE_MINUTES/);
    expect(() => loadConfig({ FUPIN_LOG_LEVEL: 'verbose' })).toThrow(/FUPIN_LOG_LEVEL/);
  });

  it('reports every wrong variable at once', () => {
    expect(() => loadConfig({ PORT: '0', FUPIN_LOG_LEVEL: 'loud' })).toThrow(/PORT: .*\n {2}FUPIN_LOG_LEVEL: /s);
  });

  describe('DATABASE_URL', () => {
    it('selects PostgreSQL for postgres:// and postgresql:// URLs', () => {
      expect(loadConfig({ DATABASE_URL: 'postgres://fupin:pw@db:5432/fupin' }).database).toEqual({ kind: 'postgres', url: 'postgres://fupin:pw@db:5432/fupin' });
      expect(loadConfig({ DATABASE_URL: 'postgresql://db/fupin' }).database).toEqual({ kind: 'postgres', url: 'postgresql://db/fupin' });
    });

    it('selects a SQLite file for sqlite:<file>, relative to the working directory', () => {
      expect(loadConfig({ DATABASE_URL: 'sqlite:./var/county.sqlite' }).database).toEqual({ kind: 'sqlite', file: path.resolve('./var/county.sqlite') });
      expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.sqlite' }).database).toEqual({ kind: 'sqlite', file: '/tmp/x.sqlite' });
    });

    it('refuses other schemes without echoing the URL (it may hold a password)', () => {
      let message = '';
      try {
        loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/fupin' });
      } catch (error) {
        message = error instanceof Error ? error.message : '';
      }
      expect(message).toMatch(/DATABASE_URL: expected postgres:\/\/… or sqlite:<file>, got mysql:…/);
      expect(message).not.toContain('hunter2');
    });
  });
});
