// Spreadsheets of synthetic households (3–4 members each, valid ID numbers, real village codes of
// the county) for the import benchmark: a CSV written line by line and an xlsx written by ExcelJS's
// streaming writer, so that neither needs the whole file in memory.
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import ExcelJS from 'exceljs';

export const IMPORT_HEADER = ['户编号', '行政村', '村民小组', '贫困户属性', '贫困状态', '识别年度', '主要致贫原因', '姓名', '证件号码', '与户主关系', '民族', '文化程度', '健康状况', '劳动技能', '务工状况', '是否享受低保'];

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '高', '郭', '马', '孙', '胡'];
const GIVEN = ['建国', '秀英', '桂兰', '志强', '海燕', '文华', '玉梅', '永刚', '春花', '占军', '丽娜', '宝山', '红梅', '国庆'];
const CAUSES = ['因病', '因残', '因学', '缺技术', '缺劳力', '缺资金'];
const TYPES = ['一般贫困户', '低保贫困户', '特困供养贫困户'];
const STATUSES = ['已脱贫（享受政策）', '未脱贫', '已脱贫（不享受政策）'];

/** The county's villages, read from a migrated database. */
export function readVillages(databaseFile, countyCode) {
  const db = new SQLite(databaseFile, { readonly: true });
  try {
    return db.prepare("select code from regions where level = 'village' and code >= ? and code < ? order by code")
      .all(countyCode, `${countyCode}~`).map((r) => r.code);
  } finally {
    db.close();
  }
}

function idNumber(serial, isMale) {
  // Birth dates spread over 1940–1999, three sequence digits, the gender in the last of them.
  const day = new Date(Date.UTC(1940, 0, 1) + (serial % 21_900) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const sequence = Math.floor(serial / 21_900) % 500;
  const first17 = `150602${day}${String(Math.floor(sequence / 5)).padStart(2, '0')}${(sequence % 5) * 2 + (isMale ? 1 : 0)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return first17 + CHECK[sum % 11];
}

/** Yields one household's rows at a time (a head, a spouse, then one or two children). */
export function* householdRows(households, villages) {
  let person = 0;
  for (let h = 0; h < households; h++) {
    const village = villages[h % villages.length];
    const number = `${village}${String(h).padStart(7, '0')}`;
    const size = h % 2 === 0 ? 3 : 4;
    const surname = SURNAMES[h % SURNAMES.length];
    const rows = [];
    for (let m = 0; m < size; m++) {
      const isMale = m === 0 || (m >= 2 && (h + m) % 2 === 0);
      const relation = m === 0 ? '户主' : m === 1 ? '配偶' : isMale ? '之子' : '之女';
      const first = m === 0;
      rows.push([
        first ? number : '', first ? village : '', first ? `${(h % 6) + 1}组` : '', first ? TYPES[h % 3] : '', first ? STATUSES[h % 3] : '',
        first ? 2014 + (h % 5) : '', first ? CAUSES[h % CAUSES.length] : '',
        `${m === 1 ? SURNAMES[(h + 3) % SURNAMES.length] : surname}${GIVEN[(h + m) % GIVEN.length]}`, idNumber(person++, m === 1 ? false : isMale),
        relation, '汉族', m >= 2 ? '初中' : '小学', m === 0 && h % 7 === 0 ? '长期慢性病' : '健康', m >= 2 ? '普通劳动力' : '技能劳动力', '未务工', h % 3 === 1 ? '是' : '否',
      ]);
    }
    yield rows;
  }
}

export async function writeImportCsv(file, households, villages) {
  const out = fs.createWriteStream(file);
  const write = (text) => (out.write(text) ? undefined : new Promise((r) => out.once('drain', r)));
  await write('\ufeff' + IMPORT_HEADER.join(',') + '\n');
  let buffer = '';
  for (const rows of householdRows(households, villages)) {
    for (const row of rows) buffer += row.join(',') + '\n';
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer);
  await new Promise((resolve) => out.end(resolve));
}

export async function writeImportXlsx(file, households, villages) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('农户信息');
  sheet.addRow(IMPORT_HEADER).commit();
  for (const rows of householdRows(households, villages)) for (const row of rows) sheet.addRow(row.map((v) => (v === '' ? null : v))).commit();
  sheet.commit();
  await workbook.commit();
}
