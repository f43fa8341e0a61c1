import { povertyCauses } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { findLatestNoticeStart, findNoticeEntries, findNoticePostings, findRegionName } from './notices.repository.ts';
import type { NoticePosting, NoticeQuery, NoticeStep, NoticeView } from './notices.schemas.ts';
import { todayInChina } from '../../app-context.ts';

const TITLES: Record<NoticeStep, string> = {
  firstNotice: '贫困户识别第一次公示',
  secondNotice: '贫困户识别第二次公示',
  notice: '贫困户退出公示',
};

const asNoticeStep = (step: string): NoticeStep => (step === 'firstNotice' || step === 'secondNotice' ? step : 'notice');

export async function listNoticePostings(ctx: AppContext, actor: Actor, regionCode?: string, step?: NoticeStep): Promise<NoticePosting[]> {
  requirePermission(actor, 'registry:read');
  const today = todayInChina(ctx.now());
  const rows = await findNoticePostings(ctx.db, actor, regionCode, step);
  return rows.map((r) => ({
    villageCode: r.villageCode, villageName: r.villageName, step: asNoticeStep(r.step),
    startsOn: r.noticeStartsOn ?? '', endsOn: r.noticeEndsOn ?? '', isPosted: today <= (r.noticeEndsOn ?? ''), households: Number(r.households),
  }));
}

/** A notice as posted: title, period and its lines (name, masked ID number, village, cause). */
export async function getNotice(ctx: AppContext, actor: Actor, query: NoticeQuery): Promise<NoticeView> {
  requirePermission(actor, 'registry:read');
  const village = await findRegionName(ctx.db, query.villageCode);
  if (!village || village.level !== 'village') throw new AppError('REGION_NOT_VILLAGE', `${query.villageCode} is not a village`, { field: 'villageCode' });
  const startsOn = query.startsOn ?? await findLatestNoticeStart(ctx.db, actor, query.villageCode, query.step);
  const rows = startsOn ? await findNoticeEntries(ctx.db, actor, query.villageCode, query.step, startsOn) : [];
  const first = rows[0];
  if (!startsOn || !first) throw new AppError('NOT_FOUND', 'no such notice in your region', { field: 'startsOn' });
  const endsOn = first.noticeEndsOn ?? startsOn;
  return {
    villageCode: query.villageCode, villageName: village.name, step: query.step, title: `${village.name}${TITLES[query.step]}`,
    startsOn, endsOn, isPosted: todayInChina(ctx.now()) <= endsOn,
    entries: rows.map((r) => ({
      headName: r.headName, idNumberMasked: r.idMasked, villageName: village.name,
      mainCause: r.mainCause && povertyCauses.has(r.mainCause) ? povertyCauses.label(r.mainCause, 'zh') : null,
    })),
  };
}

/** Printing or exporting a notice hands out names: it goes to the audit trail, like any export. */
export async function auditNoticeOutput(ctx: AppContext, actor: Actor, notice: NoticeView, format: 'html' | 'xlsx'): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, {
      action: 'export', entityType: 'notice', entityId: `${notice.villageCode}/${notice.step}/${notice.startsOn}`, regionCode: notice.villageCode,
      details: { format, rows: notice.entries.length },
    }, at);
  });
}
