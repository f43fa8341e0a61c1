import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStagingWriter, readStagedRow, readStaging, toStagedTable, type StagedHousehold, type StagedValue } from './import-staging.ts';

function newHousehold(n: number, name: string): StagedHousehold {
  return {
    kind: 'new', rows: 2,
    household: { id: -n, householdNo: `15060210100100${n}`, villageCode: '150602101001', villageGroup: `${n}组`, address: null, cultivatedLandMu: 1.5 },
    members: [
      { id: -(2 * n), householdId: -n, villageCode: '150602101001', idHash: `hash${n}a`, name, relationToHead: 'self', employmentIncome: 0 },
      { id: -(2 * n + 1), householdId: -n, villageCode: '150602101001', idHash: `hash${n}b`, name: '李"秀英",\n\\', relationToHead: 'spouse', employmentIncome: 120050 },
    ],
  };
}

const change: StagedHousehold = {
  kind: 'change', rows: 1, householdId: 7, householdNo: '150602101001009', villageCode: '150602101001', version: 3,
  household: { columns: { povertyStatus: 'exited' }, before: { povertyStatus: 'poor' }, after: { povertyStatus: 'exited' } },
  memberChanges: [], newMembers: [], newMemberImages: [],
};

describe('import staging file', () => {
  it('reads back every batch as written: new households and members column by column, Chinese text, quotes, line breaks, nulls and changes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-staging-'));
    const file = path.join(dir, 'job.staged');
    const writer = createStagingWriter(file);
    await writer.write([newHousehold(1, '王建国'), change, newHousehold(2, '𠮷田')]);
    await writer.write([]);
    // A batch larger than the reader's first buffer.
    const many = Array.from({ length: 3000 }, (_, i) => newHousehold(10 + i, '张'.repeat(50)));
    await writer.write(many);
    await writer.close();

    const batches = [];
    for await (const batch of readStaging(file)) batches.push(batch);
    expect(batches).toHaveLength(2);
    const [first, second] = batches;
    expect(first).toMatchObject({ rows: 5, households: 3, changes: [change] });
    expect(first?.newHouseholds.columns).toEqual(['id', 'householdNo', 'villageCode', 'villageGroup', 'address', 'cultivatedLandMu']);
    expect(first?.newHouseholds.count).toBe(2);
    const row: StagedValue[] = [];
    expect(first && readStagedRow(first.newHouseholds, 1, row)).toEqual([-2, '150602101001002', '150602101001', '2组', null, 1.5]);
    expect(first?.newMembers.count).toBe(4);
    expect(first && readStagedRow(first.newMembers, 3, row)).toEqual([-5, -2, '150602101001', 'hash2b', '李"秀英",\n\\', 'spouse', 120050]);
    expect(first && readStagedRow(first.newMembers, 2, [])).toEqual([-4, -2, '150602101001', 'hash2a', '𠮷田', 'self', 0]);
    expect(second).toMatchObject({ rows: 6000, households: 3000, changes: [] });
    expect(second?.newMembers.count).toBe(6000);
    expect(second && readStagedRow(second.newMembers, 5999, row)).toEqual([-6019, -3009, '150602101001', 'hash3009b', '李"秀英",\n\\', 'spouse', 120050]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a column whose rows all hold one value once, and reads that value back for every row; a column that differs only in its last row stays whole', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-staging-'));
    const file = path.join(dir, 'job.staged');
    const writer = createStagingWriter(file);
    const households = Array.from({ length: 500 }, (_, i) => newHousehold(i + 1, '王建国'));
    const last = households[499];
    if (last?.kind === 'new') last.household.cultivatedLandMu = 2;
    await writer.write(households);
    await writer.close();
    const frame = fs.readFileSync(file, 'utf8');
    const batches = [];
    for await (const batch of readStaging(file)) batches.push(batch);
    const table = batches[0]?.newHouseholds;
    const column = (name: string) => table?.values[table.columns.indexOf(name)];
    expect(column('address')).toEqual(new Array(500).fill(null));
    expect(column('villageCode')).toEqual(new Array(500).fill('150602101001'));
    expect(column('cultivatedLandMu')).toEqual([...new Array(499).fill(1.5), 2]);
    // Once for the households' column and once for the members': not once a row.
    expect(frame.split('"150602101001"')).toHaveLength(3);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses rows of one table with different columns (a bug, never data to misplace)', () => {
    const [a, b] = [newHousehold(1, '王'), newHousehold(2, '李')];
    if (a.kind !== 'new' || b.kind !== 'new') throw new Error('new households expected');
    const { villageGroup, ...rest } = b.household;
    expect(() => toStagedTable([a.household, { villageGroup: villageGroup ?? null, ...rest }])).toThrow('same columns');
    expect(() => toStagedTable([a.household, { ...b.household, extra: 1 }])).toThrow('same columns');
  });

  it('refuses a staging file that was cut short instead of importing part of it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-staging-'));
    const file = path.join(dir, 'job.staged');
    const writer = createStagingWriter(file);
    await writer.write([newHousehold(1, '王建国')]);
    await writer.close();
    fs.truncateSync(file, fs.statSync(file).size - 3);
    const read = async () => {
      for await (const batch of readStaging(file)) expect(batch).toBeUndefined();
    };
    await expect(read()).rejects.toThrow(/cut short/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
