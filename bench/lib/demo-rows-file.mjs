// The demo county's rows, generated once by the project's own generator (same seed, same county,
// already encrypted) and kept in an NDJSON file, so a baseline can insert exactly those rows.
import fs from 'node:fs';
import readline from 'node:readline';
import SQLite from 'better-sqlite3';
import { register } from 'tsx/esm/api';

register();
const { createDemoCountyGenerator } = await import('../../server/src/features/demo/demo-generator.ts');
const { chooseDemoVillages } = await import('../../server/src/features/demo/demo-county.ts');
const { buildDemoRows } = await import('../../server/src/features/demo/demo-rows.ts');
const { createPersonalDataCipher } = await import('../../server/src/security/personal-data-cipher.ts');

export const TABLES = { household: 'households', members: 'members', incomes: 'incomes', checks: 'basic_needs_checks' };
const snake = (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The county as the demo service sees it, read from a migrated database. */
function readCounty(databaseFile, countyCode) {
  const db = new SQLite(databaseFile, { readonly: true });
  try {
    const name = (code) => db.prepare('select name from regions where code = ?').get(code)?.name ?? '';
    const regions = db.prepare(`select code, name, level, parent_code as parentCode from regions
      where code >= ? and code < ? and level in ('township', 'village') order by code`).all(countyCode, String(Number(countyCode) + 1));
    return { countyName: name(countyCode), provinceName: name(countyCode.slice(0, 2)), villages: chooseDemoVillages(regions) };
  } finally {
    db.close();
  }
}

/** Writes `households` households: a header line with the column names, then one line per household. */
export async function writeDemoRowsFile({ file, databaseFile, households, seed, countyCode, key }) {
  const county = readCounty(databaseFile, countyCode);
  const generator = createDemoCountyGenerator({ seed, countyCode, ...county });
  const cipher = createPersonalDataCipher(Buffer.from(key, 'base64'));
  const at = new Date().toISOString();
  const out = fs.createWriteStream(file);
  const write = (line) => (out.write(line + '\n') ? undefined : new Promise((r) => out.once('drain', r)));
  let columns;
  // Keys from 1 across the whole file: the baseline inserts into an empty database.
  const keys = { households: 0, members: 0 };
  for (let i = 0; i < households; i++) {
    const rows = buildDemoRows(generator.nextHousehold(), cipher, at, keys);
    if (!columns) {
      columns = {
        household: Object.keys(rows.household),
        members: Object.keys(rows.members[0]),
        incomes: Object.keys(rows.incomes[0]),
        checks: ['id', 'householdId', 'villageCode', 'checkedOn', 'food', 'clothing', 'compulsoryEducation', 'medicalInsurance',
          'housingSafety', 'drinkingWaterSafety', 'evidence', 'checkedBy', 'source', 'createdAt'],
      };
      await write(JSON.stringify(Object.fromEntries(Object.entries(columns).map(([k, cols]) => [k, cols.map(snake)]))));
    }
    const values = (row, cols) => cols.map((c) => row[c]);
    await write(JSON.stringify({
      household: values(rows.household, columns.household),
      members: rows.members.map((m) => values(m, columns.members)),
      incomes: rows.incomes.map((r) => values(r, columns.incomes)),
      checks: rows.checks.map((r) => values(r, columns.checks)),
    }));
  }
  await new Promise((resolve) => out.end(resolve));
}

/** Reads the file back in chunks of `chunk` households: yields { columns, rows } per chunk. */
export async function* readDemoRowsFile(file, chunk) {
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let columns;
  let rows = [];
  for await (const line of lines) {
    if (!columns) { columns = JSON.parse(line); continue; }
    rows.push(JSON.parse(line));
    if (rows.length === chunk) { yield { columns, rows }; rows = []; }
  }
  if (rows.length) yield { columns, rows };
}
