import ExcelJS from 'exceljs';
import {
  HOUSEHOLD_COLUMNS, HOUSEHOLD_TEMPLATE_KEYS, isRecordImportKind, MEMBER_TEMPLATE_KEYS, RECORD_IMPORT_COLUMNS, type ImportColumn, type RecordImportKind,
} from '@fupin/core';
import { recordImportHandler } from './record-import-handlers.ts';

export type TemplateKind = 'households' | 'members' | RecordImportKind;
type Lang = 'zh' | 'en';

const TEMPLATE_ROWS = 1000;
const TITLES: Record<'households' | 'members', Record<Lang, string>> = {
  households: { zh: '农户及家庭成员', en: 'Households and members' },
  members: { zh: '家庭成员', en: 'Members' },
};

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function allowedValues(column: ImportColumn, lang: Lang): string[] {
  const { spec } = column;
  if (spec.type === 'code' || spec.type === 'codes') return spec.list.items.map((i) => i[lang]);
  if (spec.type === 'flag') return lang === 'zh' ? ['是', '否'] : ['Yes', 'No'];
  return [];
}

function describeColumn(column: ImportColumn, lang: Lang): string {
  const { spec } = column;
  const zh: Record<string, string> = {
    text: '文本', code: '从下拉列表选择（也可填代码）', codes: '可多选，用顿号分隔', idNumber: '18位证件号码', date: '日期，如 2020-06-03、2020/6/3、2020年6月3日',
    year: '四位年份', integer: '整数', decimal: '数字', yuan: '金额（元），最多两位小数', flag: '是 / 否', ignored: '',
  };
  const en: Record<string, string> = {
    text: 'Text', code: 'Pick from the list (a code is accepted too)', codes: 'Several, separated by 、 or commas', idNumber: '18-character ID number',
    date: 'Date: 2020-06-03, 2020/6/3 or 2020年6月3日', year: 'Four-digit year', integer: 'Whole number', decimal: 'Number', yuan: 'Yuan, at most two decimals', flag: 'Yes / No', ignored: '',
  };
  const base = (lang === 'zh' ? zh : en)[spec.type] ?? '';
  return lang === 'zh' && column.note ? `${base}；${column.note}` : base;
}

/**
 * A template workbook: an instructions sheet, the data sheet with the collection form's headers
 * (required ones marked *), and drop-down lists for code-list and yes/no columns, fed from a hidden
 * sheet of the lists' labels.
 */
export async function buildImportTemplate(kind: TemplateKind, lang: Lang): Promise<Buffer> {
  const keys = kind === 'households' ? HOUSEHOLD_TEMPLATE_KEYS : MEMBER_TEMPLATE_KEYS;
  // The record kinds leave out the columns only an export carries, as the household template does.
  const columns = isRecordImportKind(kind)
    ? RECORD_IMPORT_COLUMNS[kind].filter((c) => c.spec.type !== 'ignored')
    : keys.flatMap((k) => HOUSEHOLD_COLUMNS.find((c) => c.key === k) ?? []);
  const title = isRecordImportKind(kind) ? recordImportHandler(kind).title[lang] : TITLES[kind][lang];
  const workbook = new ExcelJS.Workbook();
  const guide = workbook.addWorksheet(lang === 'zh' ? '填写说明' : 'Instructions');
  const data = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet(lang === 'zh' ? '代码表' : 'Lists', { state: 'hidden' });

  guide.columns = [{ width: 28 }, { width: 10 }, { width: 70 }, { width: 60 }];
  guide.addRow(isRecordImportKind(kind) ? [recordImportHandler(kind).intro[lang]] : lang === 'zh'
    ? ['每行填写一名家庭成员；同一户的成员行户编号相同，户信息只需在该户第一行填写（可合并单元格）。导入前系统会逐行检查，有问题的户不会导入。']
    : ['One row per member; a household\'s rows share its household number and its household columns are filled on its first row (merged cells are fine). Every row is checked before anything is written; households with problems are not imported.']);
  guide.addRow([]);
  guide.addRow(lang === 'zh' ? ['列名', '必填', '填写要求', '可选值'] : ['Column', 'Required', 'How to fill it', 'Allowed values']).font = { bold: true };

  data.columns = columns.map((c) => ({ header: `${c[lang]}${c.isRequired ? ' *' : ''}`, width: Math.max(12, c[lang].length * (lang === 'zh' ? 2.2 : 1.1)) }));
  data.getRow(1).font = { bold: true };
  columns.forEach((column, index) => {
    const values = allowedValues(column, lang);
    guide.addRow([column[lang], column.isRequired ? (lang === 'zh' ? '是' : 'yes') : '', describeColumn(column, lang), values.join(lang === 'zh' ? '、' : ', ')]);
    if (values.length === 0 || column.spec.type === 'codes') return;
    const letter = columnLetter(index);
    values.forEach((v, i) => {
      lists.getCell(`${letter}${i + 1}`).value = v;
    });
    for (let row = 2; row <= TEMPLATE_ROWS; row++) {
      data.getCell(`${letter}${row}`).dataValidation = {
        type: 'list', allowBlank: true, showErrorMessage: false,
        formulae: [`'${lists.name}'!$${letter}$1:$${letter}$${values.length}`],
      };
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
