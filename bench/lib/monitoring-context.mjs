// Opens a data directory in-process (the server's own code through tsx), so that the benchmarks time
import { performance } from 'node:perf_hooks';
// the use cases themselves rather than process start-up, and writes the department files they send.
import fs from 'node:fs';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { benchEnv, householdsFromArgs, makeWorkDir, runFupin } from './common.mjs';

register();
const { loadConfig } = await import('../../server/src/config/config.ts');
const { openAppContext } = await import('../../server/src/bootstrap.ts');
const { cliActor } = await import('../../server/src/access/actor.ts');
export const { submitFeedBatch } = await import('../../server/src/features/feeds/feeds.service.ts');
export const { runScan } = await import('../../server/src/features/monitoring/monitoring-scan.service.ts');
export const { resolveRuleSettingsFor } = await import('../../server/src/features/monitoring/monitoring-settings.service.ts');
export const actor = cliActor();
export const COUNTY = '150602';

/** BENCH_DATA_DIR (a data directory with demo households, reused), or a new demo county of N households. */
export async function openBenchData() {
  let dataDir = process.env.BENCH_DATA_DIR;
  if (!dataDir) {
    dataDir = makeWorkDir('monitoring');
    const households = householdsFromArgs(1_000_000);
    console.log(`  loading a demo county of ${households.toLocaleString('en')} households into ${dataDir} (set BENCH_DATA_DIR to reuse one)`);
    await runFupin(['demo', '--households', String(households)], benchEnv(dataDir));
  }
  const env = benchEnv(dataDir);
  const ctx = await openAppContext(loadConfig(env));
  return { ctx, dataDir };
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];

/** A small deterministic generator, so every run sends the same files. */
export function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` current members of the county, spread over it, with their ID numbers decrypted. */
export async function sampleMembers(ctx, count, offset) {
  const total = Number((await ctx.db.selectFrom('members').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const step = Math.max(1, Math.floor(total / count));
  const rows = ctx.database.sqlite.prepare('select name, id_number_enc as enc from members where rowid % ? = ? and moved_out_on is null limit ?').all(step, offset % step, count);
  return rows.map((r) => ({ name: r.name, idNumber: ctx.cipher.decrypt(r.enc) }));
}

/** A day of `year` no later than today's month (so that no row lies in the future). */
const day = (rng, year, upToMonth = year < new Date().getUTCFullYear() ? 12 : new Date().getUTCMonth()) => `${year}-${String(1 + Math.floor(rng() * upToMonth)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;

/** Writes a CSV of one feed for the given people; returns its path. */
export function writeFeedFile(dir, kind, people, year, rng, tag = '') {
  const rows = {
    medicalCosts: ['结算单号,姓名,公民身份号码,结算日期,医疗总费用(元),个人自付(元),是否住院,医疗机构', (p, i) => {
      const total = Math.round(rng() ** 3 * 60000 * 100) / 100;
      return `YB${year}${tag}${String(i).padStart(8, '0')},${p.name},${p.idNumber},${day(rng, year)},${total},${Math.round(total * (0.2 + 0.5 * rng()) * 100) / 100},${rng() < 0.3 ? '是' : '否'},旗人民医院`;
    }],
    schoolEnrolment: ['姓名,公民身份号码,学校,学籍状态,变动日期', (p) => `${p.name},${p.idNumber},第一中学,${rng() < 0.1 ? '辍学' : '在校'},${day(rng, year)}`],
    disasterLosses: ['姓名,公民身份号码,灾害类型,发生日期,直接经济损失(元)', (p) => `${p.name},${p.idNumber},${pick(rng, ['洪涝', '干旱', '冰雹', '雪灾'])},${day(rng, year)},${Math.round(rng() * 20000)}`],
    employment: ['姓名,公民身份号码,事项,日期,单位或岗位', (p) => `${p.name},${p.idNumber},${pick(rng, ['失业登记', '退出公益性岗位', '公益性岗位上岗', '就业登记'])},${day(rng, year)},护林员`],
    housingGrades: ['姓名,公民身份号码,鉴定等级,鉴定日期', (p) => `${p.name},${p.idNumber},${pick(rng, ['A', 'B', 'B', 'C', 'D'])},${day(rng, year)}`],
    disabilityRegistrations: ['姓名,公民身份号码,残疾类别,残疾等级,登记日期', (p) => `${p.name},${p.idNumber},肢体残疾,${pick(rng, ['一级', '二级', '三级', '四级'])},${day(rng, year)}`],
    deaths: ['姓名,公民身份号码,死亡日期', (p) => `${p.name},${p.idNumber},${day(rng, year)}`],
    socialAssistanceRoll: ['姓名,公民身份号码,救助类别,名册月份,月保障金额(元)', (p) => `${p.name},${p.idNumber},${rng() < 0.8 ? '低保' : '特困供养'},${year}-09,635`],
  }[kind];
  const file = path.join(dir, `${kind}-${people.length}${tag}.csv`);
  fs.writeFileSync(file, `\uFEFF${[rows[0], ...people.map((p, i) => rows[1](p, i))].join('\r\n')}\r\n`);
  return file;
}

export async function sendFeed(ctx, kind, file) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await submitFeedBatch(ctx, actor, { kind, fileName: path.basename(file), file });
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, report };
}
