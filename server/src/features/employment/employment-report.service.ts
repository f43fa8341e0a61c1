import { monthsWorkedIn } from '@fupin/core';
import { z } from '@hono/zod-openapi';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { findRegionNames } from '../microloans/microloans.repository.ts';
import { pick, reportFormatFields, type Lang, type Sheet } from '../programmes/programme-report.ts';
import { regionQueryField, yearQueryField } from '../programmes/programme.schemas.ts';
import { findJobs, findPosts, findTraining, findWorkByMember } from './employment.repository.ts';
import { computeLabourForce } from './labour-force.service.ts';
import { findClaimsInRegion } from './assistance-workshops.repository.ts';

export const employmentReportQuerySchema = z.object({ region: regionQueryField, year: yearQueryField, ...reportFormatFields });

const rowSchema = z.object({
  villageCode: z.string(), villageName: z.string().nullable(), labourForce: z.number().int(), employed: z.number().int(),
  jobs: z.number().int(), jobIncome: z.number().int(), publicWelfarePosts: z.number().int(), assistanceWorkshopWorkers: z.number().int(),
  trainees: z.number().int(), trainingSubsidy: z.number().int(), assistanceWorkshopSubsidy: z.number().int(),
});
export const employmentReportSchema = z.object({ year: z.number().int(), villages: z.array(rowSchema), total: rowSchema }).openapi('EmploymentReport');
export type EmploymentReport = z.infer<typeof employmentReportSchema>;
type Row = z.infer<typeof rowSchema>;

/** Employment by village for a year: labour force and who worked, jobs, posts, workshops, training, subsidies. */
export async function reportEmployment(ctx: AppContext, actor: Actor, query: { region?: string | undefined; year: number }): Promise<EmploymentReport> {
  requirePermission(actor, 'registry:read');
  const filter = { ...(query.region ? { region: query.region } : {}), year: query.year };
  const labour = await computeLabourForce(ctx, actor, query.year, query.region);
  const jobs = await findJobs(ctx.db, actor, filter);
  const posts = await findPosts(ctx.db, actor, filter);
  const training = await findTraining(ctx.db, actor, filter);
  const { spells } = await findWorkByMember(ctx.db, actor, query.year, query.region);
  const claims = await findClaimsInRegion(ctx.db, actor, query.year, query.region);
  const rows = new Map<string, Row>();
  const row = (villageCode: string): Row => {
    const found = rows.get(villageCode);
    if (found) return found;
    const fresh = { villageCode, villageName: null, labourForce: 0, employed: 0, jobs: 0, jobIncome: 0, publicWelfarePosts: 0, assistanceWorkshopWorkers: 0, trainees: 0, trainingSubsidy: 0, assistanceWorkshopSubsidy: 0 };
    rows.set(villageCode, fresh);
    return fresh;
  };
  for (const l of labour.items) {
    const r = row(l.villageCode);
    r.labourForce += 1;
    if (l.isEmployed) r.employed += 1;
  }
  for (const j of jobs) {
    const r = row(j.villageCode);
    r.jobs += 1;
    r.jobIncome += Number(j.income);
  }
  for (const p of posts) row(p.villageCode).publicWelfarePosts += 1;
  const workers = new Map(spells.filter((s) => monthsWorkedIn(query.year, s.startedOn, s.endedOn) > 0).map((s) => [s.memberId, s.villageCode]));
  for (const village of workers.values()) row(village).assistanceWorkshopWorkers += 1;
  for (const t of training) {
    const r = row(t.villageCode);
    r.trainees += 1;
    r.trainingSubsidy += Number(t.subsidy);
  }
  for (const c of claims) row(c.villageCode).assistanceWorkshopSubsidy += Number(c.workerTotal) + Number(c.employerTotal);
  const names = await findRegionNames(ctx.db, [...rows.keys()]);
  const villages = [...rows.values()].sort((a, b) => a.villageCode.localeCompare(b.villageCode)).map((r) => ({ ...r, villageName: names.get(r.villageCode) ?? null }));
  const total = villages.reduce<Row>((t, r) => ({
    ...t, labourForce: t.labourForce + r.labourForce, employed: t.employed + r.employed, jobs: t.jobs + r.jobs, jobIncome: t.jobIncome + r.jobIncome,
    publicWelfarePosts: t.publicWelfarePosts + r.publicWelfarePosts, assistanceWorkshopWorkers: t.assistanceWorkshopWorkers + r.assistanceWorkshopWorkers, trainees: t.trainees + r.trainees,
    trainingSubsidy: t.trainingSubsidy + r.trainingSubsidy, assistanceWorkshopSubsidy: t.assistanceWorkshopSubsidy + r.assistanceWorkshopSubsidy,
  }), { villageCode: query.region ?? actor.regionCode, villageName: null, labourForce: 0, employed: 0, jobs: 0, jobIncome: 0, publicWelfarePosts: 0, assistanceWorkshopWorkers: 0, trainees: 0, trainingSubsidy: 0, assistanceWorkshopSubsidy: 0 });
  return { year: query.year, villages, total };
}

export function employmentSheets(report: EmploymentReport, lang: Lang): Sheet[] {
  const cells = (r: Row) => [r.villageCode, r.villageName, r.labourForce, r.employed, r.jobs, r.jobIncome, r.publicWelfarePosts, r.assistanceWorkshopWorkers, r.trainees, r.trainingSubsidy, r.assistanceWorkshopSubsidy];
  return [{
    title: pick(lang, `${report.year}年就业帮扶`, `Employment ${report.year}`),
    headers: lang === 'zh'
      ? ['区划代码', '村', '劳动力', '已就业', '务工记录', '务工收入（元）', '公益性岗位', '车间务工人数', '培训人次', '培训补贴（元）', '车间补贴（元）']
      : ['Region code', 'Village', 'Labour force', 'Employed', 'Jobs', 'Job income (yuan)', 'Public welfare posts', 'Workshop workers', 'Trainees', 'Training subsidy (yuan)', 'Workshop subsidy (yuan)'],
    rows: [...report.villages.map(cells), [...cells(report.total).slice(0, 1), pick(lang, '合计', 'Total'), ...cells(report.total).slice(2)]],
    moneyColumns: [5, 9, 10],
  }];
}
