import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportProblemCode } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { toWebStream } from '../../http/web-stream.ts';
import { findImportProblems } from './import.repository.ts';
import { requireImportJob } from './import.service.ts';

/** What each kind of problem is called in the report, before the specific message. */
export const PROBLEM_LABELS: Record<ImportProblemCode, { zh: string; en: string }> = {
  missingColumn: { zh: '缺少列', en: 'Missing column' },
  required: { zh: '必填项为空', en: 'Required value missing' },
  invalidValue: { zh: '格式不正确', en: 'Value not in the expected form' },
  unknownCode: { zh: '不在代码表中', en: 'Not in the code list' },
  idNumberInvalid: { zh: '证件号码有误', en: 'ID number invalid' },
  idNumberMismatch: { zh: '与证件号码不符', en: 'Does not match the ID number' },
  idNumberDuplicate: { zh: '证件号码重复', en: 'ID number duplicated' },
  householdNoRepeated: { zh: '户编号重复', en: 'Household number repeated' },
  householdConflict: { zh: '同户信息不一致', en: 'Household values disagree' },
  villageUnknown: { zh: '行政村无法识别', en: 'Village not recognised' },
  villageOutOfScope: { zh: '超出管辖范围', en: 'Outside your region' },
  householdNotFound: { zh: '户不存在', en: 'Household not found' },
  composition: { zh: '家庭成员关系有误', en: 'Household make-up' },
  rule: { zh: '不符合业务规则', en: 'Breaks a rule' },
  keyRepeated: { zh: '记录重复', en: 'Record repeated' },
  cadreNotFound: { zh: '帮扶干部不存在', en: 'Cadre not found' },
};

const HEADERS = {
  zh: ['工作表', '行号', '列', '填写的值', '错误说明'],
  en: ['Sheet', 'Row', 'Column', 'Value', 'Error'],
};

export function describeProblem(code: string, message: string, lang: 'zh' | 'en'): string {
  const label = Object.hasOwn(PROBLEM_LABELS, code) ? PROBLEM_LABELS[code as ImportProblemCode][lang] : code;
  return `${label}${lang === 'zh' ? '：' : ': '}${message}`;
}

/** The problems of a job as a streamed workbook: one row per problem, the error in the last column. */
export async function startImportReport(ctx: AppContext, actor: Actor, jobId: string, lang: 'zh' | 'en') {
  const job = await requireImportJob(ctx, actor, jobId);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(lang === 'zh' ? '问题清单' : 'Problems', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS[lang].map((header, i) => ({ header, width: [16, 8, 22, 26, 70][i] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  const write = async () => {
    let after = 0;
    for (;;) {
      const rows = await findImportProblems(ctx.db, job.id, after, 1000);
      for (const p of rows) sheet.addRow([p.sheet, p.rowNumber, p.columnLabel, p.value, describeProblem(p.code, p.message, lang)]).commit();
      const last = rows.at(-1);
      if (!last || rows.length < 1000) break;
      after = last.seq;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => {
    ctx.logger.error({ err: error, jobId }, 'import report failed');
    out.destroy(error instanceof Error ? error : new Error('import report failed'));
  });
  const base = job.fileName.replace(/\.[^.]+$/, '');
  return {
    fileName: lang === 'zh' ? `导入检查报告_${base}.xlsx` : `import-report_${base}.xlsx`,
    asciiFileName: `import-report_${job.id}.xlsx`,
    body: toWebStream(out),
  };
}
