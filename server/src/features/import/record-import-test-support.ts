import type { ImportKind } from '@fupin/core';
import type { TestApp, TestUser } from '../../../test/test-context.ts';
import { waitForJob } from './import-test-support.ts';
import type { ImportJobView } from './import.schemas.ts';

/** Test support for the record imports: upload a file of a kind and wait for its check. */
export async function checkKindFile(t: TestApp, user: TestUser, kind: ImportKind, fileName: string, content: Buffer): Promise<ImportJobView> {
  const res = await t.app.request(`/api/v1/imports?fileName=${encodeURIComponent(fileName)}&kind=${kind}`, {
    method: 'POST', headers: { ...user.headers, 'content-type': 'application/octet-stream' }, body: new Uint8Array(content),
  });
  const body = (await res.json()) as ImportJobView;
  if (res.status !== 202) throw new Error(`upload refused (${res.status}): ${JSON.stringify(body)}`);
  return waitForJob(t, user, body.id);
}

/** How many rows a table holds (to show that an import changed nothing). */
export async function countRows(t: TestApp, table: 'incomes' | 'basicNeedsChecks' | 'pairings' | 'assistanceMeasures' | 'recordChanges' | 'auditLog'): Promise<number> {
  return Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}
