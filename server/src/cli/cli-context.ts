import type { AppContext } from '../app-context.ts';
import { openAppContext } from '../bootstrap.ts';
import { loadConfig } from '../config/config.ts';

/** Runs a command's work on the application opened from the environment's config, and closes it however the work ends. */
export async function withAppContext<T>(work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await openAppContext(loadConfig());
  try {
    return await work(ctx);
  } finally {
    await ctx.database.close();
  }
}
