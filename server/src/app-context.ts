import type { Logger } from 'pino';
import type { Config } from './config/config.ts';
import type { DatabaseHandle, Db } from './db/database.ts';
import type { PersonalDataCipher } from './security/personal-data-cipher.ts';

/** Everything a use case may need, built once by the composition root and passed in. */
export interface AppContext {
  readonly config: Config;
  readonly db: Db;
  readonly database: DatabaseHandle;
  readonly cipher: PersonalDataCipher;
  readonly logger: Logger;
  /** Current time; tests replace it to move through idle timeouts and notice periods. */
  now(): Date;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * "Today" for every rule and check: the date in China Standard Time (UTC+8, no summer time), where
 * the counties work. The UTC date is still yesterday there between 00:00 and 08:00.
 */
export function todayInChina(now: Date): string {
  return isoDate(new Date(now.getTime() + 8 * 3_600_000));
}

/** The current year in China: the new year starts at 16:00 UTC on 31 December. */
export function yearInChina(now: Date): number {
  return Number(todayInChina(now).slice(0, 4));
}
