import type { AppContext } from './app-context.ts';
import type { Config } from './config/config.ts';
import { openDatabase } from './db/database.ts';
import { buildDeferredIndexes } from './db/deferred-indexes.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createLogger } from './logger.ts';
import { loadPersonalDataCipher } from './security/encryption-key.ts';
import { seedRegions } from './seeds/regions.seed.ts';

export interface OpenOptions {
  /** Load only these region subtrees (tests); default: the whole country. */
  regionRoots?: readonly string[];
}

/** Opens the database, migrates it, loads regions on first start and the encryption key. */
export async function openAppContext(config: Config, options: OpenOptions = {}): Promise<AppContext> {
  const logger = createLogger(config.logLevel);
  const database = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length) logger.info({ applied }, 'database migrated');
    // Indexes a bulk load dropped and did not build again (it was stopped): built before anything reads.
    const rebuilt = database.sqlite ? buildDeferredIndexes(database.sqlite) : 0;
    if (rebuilt) logger.warn({ indexes: rebuilt }, 'built the indexes an interrupted bulk load had dropped');
    const regions = await seedRegions(database.db, options.regionRoots);
    if (regions) logger.info({ regions }, 'regions loaded from the national division data');
    const cipher = await loadPersonalDataCipher(database.db, { configuredKey: config.encryptionKey, dataDir: config.dataDir });
    return { config, db: database.db, database, cipher, logger, now: () => new Date() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
