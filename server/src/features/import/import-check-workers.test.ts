import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { buildHouseholdInput, DEFAULT_TEST_VILLAGE } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, type TestApp } from '../../../test/test-context.ts';
import { toCsv, type FixtureCell } from './import-test-support.ts';
import { findImportProblems } from './import.repository.ts';
import { cancelImport, startImport } from './import.service.ts';

const HEADER: FixtureCell[] = ['户编号', '行政村', '贫困户属性', '贫困状态', '姓名', '证件号码', '与户主关系', '劳动技能'];

/** 2,100 households (three chunks of the check), with defects inside chunks and across them. */
function buildFile(): string {
  const households = Array.from({ length: 2100 }, () => buildHouseholdInput({ memberCount: 2 }));
  const rows: FixtureCell[][] = [HEADER];
  households.forEach((h, index) => {
    h.members.forEach((m, i) => {
      let id = m.idNumber;
      if (index === 1500 && i === 1) id = households[10]?.members[0]?.idNumber ?? id; // a person already in the first chunk
      if (index === 2050 && i === 0) id = `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`; // a wrong check character
      rows.push([i === 0 ? h.householdNo : null, i === 0 ? DEFAULT_TEST_VILLAGE : null, i === 0 ? '一般贫困户' : null, i === 0 ? '未脱贫' : null, m.name, id, m.relationToHead, m.laborCapacity]);
    });
  });
  const again = households[5];
  if (again) rows.push([again.householdNo, DEFAULT_TEST_VILLAGE, '一般贫困户', '未脱贫', '重复', again.members[0]?.idNumber ?? '', '户主', '普通劳动力']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-workers-'));
  const file = path.join(dir, 'households.csv');
  fs.writeFileSync(file, toCsv(rows));
  return file;
}

async function checkWith(t: TestApp, actor: Actor, file: string, workersFromChunk: number) {
  const job = await startImport(t.ctx, actor, 'households.csv', file, { wait: true, workersFromChunk });
  const problems = (await findImportProblems(t.ctx.db, job.id, 0, 100)).map(({ sheet, rowNumber, columnLabel, value, code, message }) => ({ sheet, rowNumber, columnLabel, value, code, message }));
  await cancelImport(t.ctx, actor, job.id);
  const { status, rowsRead, rowsValid, rowsInvalid, householdsNew, householdsChanged, householdsUnchanged, householdsInvalid, problemCount } = job;
  return { counts: { status, rowsRead, rowsValid, rowsInvalid, householdsNew, householdsChanged, householdsUnchanged, householdsInvalid, problemCount }, problems };
}

describeEachEngine('import: the check on worker threads', (t) => {
  it('reports exactly what the main thread alone reports, across chunks', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const actor: Actor = { userId: officer.id, username: officer.username, role: 'countyOfficer', regionCode: '150602', department: null, ip: null, via: 'session' };
    const file = buildFile();
    try {
      const alone = await checkWith(t(), actor, file, Number.MAX_SAFE_INTEGER);
      expect(alone.counts).toEqual({
        status: 'checked', rowsRead: 4201, rowsValid: 4196, rowsInvalid: 5, householdsNew: 2098, householdsChanged: 0, householdsUnchanged: 0, householdsInvalid: 3, problemCount: 4,
      });
      expect(alone.problems.map((p) => [p.rowNumber, p.code])).toEqual([[3003, 'idNumberDuplicate'], [4102, 'idNumberInvalid'], [4202, 'householdNoRepeated'], [4202, 'idNumberDuplicate']]);
      expect(await checkWith(t(), actor, file, 1)).toEqual(alone);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
    // Two checks of a few thousand rows and the workers' start: slow on a busy machine.
  }, 120_000);
});
