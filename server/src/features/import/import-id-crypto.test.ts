import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { maskIdNumber, type ImportProblem } from '@fupin/core';
import { afterAll, expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { buildHouseholdInput, DEFAULT_TEST_VILLAGE } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, type TestApp } from '../../../test/test-context.ts';
import { checkImportFile, ImportCancelled, type CheckOptions } from './import-check.ts';
import { startIdCryptoWorker } from './import-id-crypto.ts';
import { readStagedRow, readStaging, type StagedValue } from './import-staging.ts';
import { toCsv, type FixtureCell } from './import-test-support.ts';
import { writeStagedImport } from './import-write.ts';

const HEADER: FixtureCell[] = ['户编号', '行政村', '贫困户属性', '贫困状态', '姓名', '证件号码', '与户主关系', '劳动技能'];
/** More households than one batch of the check holds (1,000), so batches go through the worker one ahead. */
const HOUSEHOLDS = 1_100;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-id-crypto-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A CSV of new households; `repeat` gives a later household a member with an earlier member's ID number. */
function writeHouseholdsCsv(name: string, repeat?: { from: number; to: number }): { file: string; idNumbers: string[] } {
  const households = Array.from({ length: HOUSEHOLDS }, () => buildHouseholdInput({ memberCount: 3 }));
  if (repeat) {
    const [source, target] = [households[repeat.from]?.members[1], households[repeat.to]?.members[2]];
    if (source && target) target.idNumber = source.idNumber;
  }
  const rows: FixtureCell[][] = [HEADER];
  for (const h of households) {
    h.members.forEach((m, i) => rows.push([i === 0 ? h.householdNo : null, i === 0 ? DEFAULT_TEST_VILLAGE : null, i === 0 ? '一般贫困户' : null, i === 0 ? '未脱贫' : null,
      m.name, m.idNumber, m.relationToHead, m.laborCapacity]));
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, toCsv(rows));
  return { file, idNumbers: households.flatMap((h) => h.members.map((m) => m.idNumber)) };
}

async function countyActor(t: TestApp): Promise<Actor> {
  const officer = await createSignedInUser(t, 'countyOfficer', '150602');
  return { userId: officer.id, username: officer.username, role: 'countyOfficer', regionCode: '150602', department: null, ip: null, via: 'session' };
}

/** Checks the file on the worker (`workerFromBytes` 0) or the calling thread; the problems, counts and staged member rows. */
async function runCheck(t: TestApp, actor: Actor, file: string, workerFromBytes: number, options: Partial<CheckOptions> = {}) {
  const stagingFile = path.join(dir, `${crypto.randomUUID()}.staged`);
  const problems: ImportProblem[] = [];
  const { counts } = await checkImportFile(t.ctx, actor, { file, format: 'csv', sheetName: 'households', stagingFile }, {
    onProblems: (found) => Promise.resolve(void problems.push(...found)), idCryptoWorkerFromBytes: workerFromBytes, ...options,
  });
  const members: Record<string, StagedValue>[] = [];
  for await (const batch of readStaging(stagingFile)) {
    const { columns } = batch.newMembers;
    for (let r = 0; r < batch.newMembers.count; r++) members.push(Object.fromEntries(readStagedRow(batch.newMembers, r, []).map((v, c) => [columns[c], v])));
  }
  return { counts, problems, members, stagingFile };
}

/** A staged member with its ID number decrypted: the ciphertexts themselves differ by their random IVs. */
const decrypted = (t: TestApp, m: Record<string, StagedValue>) => ({ ...m, idNumberEnc: t.ctx.cipher.decrypt(String(m.idNumberEnc)) });

describeEachEngine('import: ID numbers hashed and encrypted on a worker thread', (t) => {
  it('stages what the calling thread stages; the stored ID number decrypts to the file\'s and its hash finds the member', async () => {
    const actor = await countyActor(t());
    const { file, idNumbers } = writeHouseholdsCsv('new.csv');
    const inline = await runCheck(t(), actor, file, Number.MAX_SAFE_INTEGER);
    const worker = await runCheck(t(), actor, file, 0);
    expect(worker.counts).toMatchObject({ rowsValid: HOUSEHOLDS * 3, householdsNew: HOUSEHOLDS, problemCount: 0 });
    expect(worker.counts).toEqual(inline.counts);
    expect(worker.members.map((m) => decrypted(t(), m))).toEqual(inline.members.map((m) => decrypted(t(), m)));

    await writeStagedImport(t().ctx, actor, { id: crypto.randomUUID(), regionCode: '150602', fileName: 'new.csv', stagingFile: worker.stagingFile });
    for (const id of [idNumbers[0] ?? '', idNumbers[idNumbers.length - 1] ?? '']) {
      const stored = await t().ctx.db.selectFrom('members').select(['idNumberEnc', 'idMasked']).where('idHash', '=', t().ctx.cipher.hash(id)).executeTakeFirstOrThrow();
      expect(t().ctx.cipher.decrypt(stored.idNumberEnc)).toBe(id);
      expect(stored.idMasked).toBe(maskIdNumber(id));
    }
  });

  it('reports an ID number that a household of an earlier batch already holds', async () => {
    const actor = await countyActor(t());
    const { file, idNumbers } = writeHouseholdsCsv('repeated.csv', { from: 2, to: 1_050 });
    const inline = await runCheck(t(), actor, file, Number.MAX_SAFE_INTEGER);
    const worker = await runCheck(t(), actor, file, 0);
    expect(worker.problems).toEqual([expect.objectContaining({ row: 2 + 1_050 * 3 + 2, code: 'idNumberDuplicate', message: 'the same ID number is in another household of this file' })]);
    expect(worker.problems[0]?.value).toBe(maskIdNumber(idNumbers[2 * 3 + 1] ?? ''));
    expect(worker.counts).toMatchObject({ householdsNew: HOUSEHOLDS - 1, householdsInvalid: 1 });
    expect(worker.problems).toEqual(inline.problems);
    expect(worker.counts).toEqual(inline.counts);
  });

  it('stops when cancelled while the worker is a batch ahead', async () => {
    const actor = await countyActor(t());
    const { file } = writeHouseholdsCsv('cancelled.csv');
    const controller = new AbortController();
    await expect(runCheck(t(), actor, file, 0, { signal: controller.signal, onProgress: () => controller.abort() })).rejects.toThrow(ImportCancelled);
  });

  it('fails the check with the worker\'s error, e.g. a worker that finds another encryption key', async () => {
    const actor = await countyActor(t());
    const { file } = writeHouseholdsCsv('wrong-key.csv');
    const wrongKey = { ...t().ctx, config: { ...t().ctx.config, encryptionKey: Buffer.alloc(32, 9).toString('base64') } };
    await expect(runCheck({ ...t(), ctx: wrongKey }, actor, file, 0)).rejects.toThrow(/ID-number encryption worker failed: .*encryption key/);
  });

  it('refuses work once closed', async () => {
    const source = startIdCryptoWorker(t().ctx.config);
    const id = buildHouseholdInput({ memberCount: 1 }).members[0]?.idNumber ?? '';
    const first = await source.compute([id]);
    expect(t().ctx.cipher.decrypt(first.encrypted.get(id) ?? '')).toBe(id);
    expect(first.hashes.get(id)).toBe(t().ctx.cipher.hash(id));
    await source.close();
    await expect(source.compute([id])).rejects.toThrow(/ID-number encryption worker stopped/);
  });
});
