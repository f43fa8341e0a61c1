import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  FUPIN_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  FUPIN_ADMIN_PASSWORD: z.string().min(10, 'FUPIN_ADMIN_PASSWORD must have at least 10 characters').optional(),
  FUPIN_ADMIN_REGION: z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, 'FUPIN_ADMIN_REGION must be a region code').default('150602'),
  FUPIN_ENCRYPTION_KEY: z.string().optional(),
  FUPIN_COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  FUPIN_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  FUPIN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string | undefined };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly adminPassword: string | undefined;
  readonly adminRegion: string;
  readonly encryptionKey: string | undefined;
  readonly cookieSecure: boolean;
  readonly sessionIdleMinutes: number;
  readonly logLevel: z.infer<typeof envSchema>['FUPIN_LOG_LEVEL'];
}

/** Reads the configuration from the environment once; a bad value stops start-up with its name. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.FUPIN_DATA_DIR);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: parseDatabaseUrl(e.DATABASE_URL, dataDir),
    adminPassword: e.FUPIN_ADMIN_PASSWORD,
    adminRegion: e.FUPIN_ADMIN_REGION,
    encryptionKey: e.FUPIN_ENCRYPTION_KEY,
    cookieSecure: e.FUPIN_COOKIE_SECURE === 'true',
    sessionIdleMinutes: e.FUPIN_SESSION_IDLE_MINUTES,
    logLevel: e.FUPIN_LOG_LEVEL,
  });
}

function parseDatabaseUrl(url: string | undefined, dataDir: string): DatabaseConfig {
  if (!url) return { kind: 'sqlite', file: path.join(dataDir, 'fupin.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  if (url.startsWith('sqlite:')) return { kind: 'sqlite', file: path.resolve(url.slice('sqlite:'.length)) };
  throw new Error(`Invalid configuration:\n  DATABASE_URL: expected postgres://… or sqlite:<file>, got ${url.split(':')[0]}:…`);
}
