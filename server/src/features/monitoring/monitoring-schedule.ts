import { cliActor, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { runScan } from './monitoring-scan.service.ts';

/** 02:00 in China (UTC+8) is 18:00 UTC: the daily scan runs when nobody is working. */
const SCAN_HOUR_UTC = 18;

export function msUntilNextScan(now: Date): number {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), SCAN_HOUR_UTC));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}

/**
 * Scans every county with households once a day, as the system. Returns a function that stops the
 * schedule (the server calls it on shutdown).
 */
export function startMonitoringSchedule(ctx: AppContext): () => void {
  const actor: Actor = { ...cliActor(), username: 'schedule' };
  let timer: NodeJS.Timeout | undefined;
  const plan = (): void => {
    timer = setTimeout(() => {
      void runScan(ctx, actor, { regionCode: '' }, 'schedule')
        .then((scan) => ctx.logger.info({ scanId: scan.id, status: scan.status, alertsRaised: scan.alertsRaised, alertsAttached: scan.alertsAttached, alertsCleared: scan.alertsCleared }, 'daily monitoring scan'))
        .catch((error: unknown) => ctx.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'daily monitoring scan could not start'))
        .finally(plan);
    }, msUntilNextScan(ctx.now()));
    timer.unref();
  };
  plan();
  return () => clearTimeout(timer);
}
