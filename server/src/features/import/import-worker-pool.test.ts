import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { prepareHouseholdChunk, type HouseholdChunk } from './import-prepare.ts';
import type { SheetRow } from './import-readers.ts';
import { createPreparePool, ImportWorkerError } from './import-worker-pool.ts';

const HEADER = ['户编号', '行政村', '贫困户属性', '贫困状态', '姓名', '证件号码', '与户主关系', '劳动技能'];
const masterKey = crypto.randomBytes(32);

function chunkOf(rows: SheetRow[]): HouseholdChunk {
  return { sheet: 'Sheet1', headerRows: [HEADER], rows, today: '2026-11-23', existingNumbers: [] };
}

const rows: SheetRow[] = [
  { number: 2, cells: ['150602101001000001', '150602101001', '一般贫困户', '未脱贫', '张三', '11010519491231002X', '户主', '普通劳动力'] },
  { number: 3, cells: [null, null, null, null, '李四', '110105194912310037', '配偶', '普通劳动力'] },
  { number: 4, cells: ['150602101001000002', '150602101001', '一般贫困户', '未脱贫', '王五', '110105194912310010', '户主', '普通劳动力'] },
];

describe('import worker pool', () => {
  it('prepares a chunk exactly as the main thread does, ID numbers hashed and encrypted with the same key', async () => {
    const cipher = createPersonalDataCipher(masterKey);
    const pool = createPreparePool(masterKey, 2);
    try {
      const inWorker = await pool.prepare(chunkOf(rows));
      const onMain = prepareHouseholdChunk(chunkOf(rows), cipher);
      expect(inWorker.households).toEqual(onMain.households);
      expect(inWorker.households.map((h) => h.draft.householdNo)).toEqual(['150602101001000001', '150602101001000002']);
      expect(inWorker.hashes).toEqual(onMain.hashes);
      // Fresh IVs each time: equal only once decrypted.
      expect(inWorker.encrypted.map(([id, enc]) => [id, cipher.decrypt(enc)])).toEqual(onMain.encrypted.map(([id]) => [id, id]));
    } finally {
      await pool.close();
    }
  });

  it('answers a row that throws in a worker with an error naming the rows, and goes on with other chunks', async () => {
    const pool = createPreparePool(masterKey, 1);
    try {
      // A row a reader can never hand over (no cells): reading it throws inside the worker.
      const broken = { number: 9, cells: null } as unknown as SheetRow;
      const failed = pool.prepare(chunkOf([...rows, broken]));
      await expect(failed).rejects.toBeInstanceOf(ImportWorkerError);
      await expect(failed).rejects.toThrow(/^the check of Sheet1 rows 2–9 failed: /);
      expect((await pool.prepare(chunkOf(rows))).households).toHaveLength(2);
    } finally {
      await pool.close();
    }
  });
});
