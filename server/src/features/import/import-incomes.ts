import { computeNetIncome, TRANSFER_ITEM_KEYS, type TransferItems } from '@fupin/core';
import type { IncomeRow } from '../../db/schema.ts';
import { incomeEntityId, presentIncome } from '../incomes/incomes.presenter.ts';
import { readTransferItems, storeTransferItems } from '../incomes/transfer-items-store.ts';
import { IMPORT_SOURCE } from './import-write.ts';
import { addProblem, createKeySet, numberOf, recordImportChange, type RecordImportHandler, type RecordRow, type RowPlan } from './record-import-kind.ts';
import { findIncomesOf, insertIncome, updateIncome } from './record-import.repository.ts';

const FIRST_YEAR = 2013;
const FIGURES = ['wageIncome', 'businessIncome', 'businessCosts', 'propertyIncome', 'medicalExpenses', 'schoolingExpenses'] as const;

/** A figure from the row; a blank cell is 0; a column the sheet lacks keeps the stored figure (0 for a new year). */
function figure(row: RecordRow, key: string, current: number | undefined): number {
  if (!row.has(key)) return current ?? 0;
  return numberOf(row, key) ?? 0;
}

type IncomeFigures = Pick<IncomeRow, 'householdSize' | (typeof FIGURES)[number]> & { transferItems: TransferItems };

function sameFigures(a: IncomeFigures, b: IncomeFigures): boolean {
  return a.householdSize === b.householdSize && FIGURES.every((k) => Number(a[k]) === Number(b[k]))
    && TRANSFER_ITEM_KEYS.every((k) => a.transferItems[k] === b.transferItems[k]);
}

/** 收入情况: one income per household and year (the key), recomputed and checked as when entered by hand. */
export const incomeImport: RecordImportHandler = {
  kind: 'incomes',
  permission: 'registry:write',
  entityType: 'income',
  title: { zh: '收入情况', en: 'Incomes' },
  intro: {
    zh: '每行填写一户一个年度的收入，金额单位为元。同一户同一年度只填一行；已有该年度收入的将被更新。转移性收入、家庭纯收入可不填，填写时须与各项之和一致。',
    en: 'One row per household and year, amounts in yuan. A year the household already has is updated. Transfer income and net income may be left blank; when given they must equal the sum of their items.',
  },
  createPlanner() {
    const isRepeated = createKeySet();
    return {
      async plan(env, rows) {
        const stored = await findIncomesOf(env.db, [...new Set(rows.map((r) => r.household.id))]);
        const byKey = new Map(stored.map((i) => [`${i.householdId}|${i.year}`, i]));
        const currentYear = Number(env.today.slice(0, 4));
        return rows.map((row): RowPlan | undefined => {
          const year = numberOf(row, 'year');
          if (year === null) return undefined;
          if (year < FIRST_YEAR || year > currentYear) {
            addProblem(row, 'year', 'invalidValue', `the income year must be between ${FIRST_YEAR} and ${currentYear}`);
            return undefined;
          }
          if (isRepeated(`${row.household.id}|${year}`)) {
            addProblem(row, 'year', 'keyRepeated', `household ${row.household.householdNo} has an earlier row for ${year}; give each year once`);
            return undefined;
          }
          const existing = byKey.get(`${row.household.id}|${year}`);
          const currentItems = existing ? readTransferItems(existing.transferItems) : undefined;
          const transferItems = {} as TransferItems;
          for (const key of TRANSFER_ITEM_KEYS) transferItems[key] = figure(row, key, currentItems?.[key]);
          const next: IncomeFigures = {
            householdSize: row.has('householdSize') && numberOf(row, 'householdSize') !== null ? (numberOf(row, 'householdSize') ?? 0) : (existing?.householdSize ?? row.household.memberCount),
            wageIncome: figure(row, 'wageIncome', existing?.wageIncome),
            businessIncome: figure(row, 'businessIncome', existing?.businessIncome),
            businessCosts: figure(row, 'businessCosts', existing?.businessCosts),
            propertyIncome: figure(row, 'propertyIncome', existing?.propertyIncome),
            medicalExpenses: figure(row, 'medicalExpenses', existing?.medicalExpenses),
            schoolingExpenses: figure(row, 'schoolingExpenses', existing?.schoolingExpenses),
            transferItems,
          };
          if (next.householdSize < 1) {
            addProblem(row, 'householdSize', 'required', `household ${row.household.householdNo} has no living members; give the household size`);
            return undefined;
          }
          const computed = computeNetIncome(next, next.householdSize);
          const givenTransfer = numberOf(row, 'transferIncome');
          if (givenTransfer !== null && givenTransfer !== computed.transferIncome) {
            addProblem(row, 'transferIncome', 'rule', `transfer income ${givenTransfer / 100} yuan does not equal the sum of its items, ${computed.transferIncome / 100} yuan`);
          }
          const givenNet = numberOf(row, 'netIncome');
          if (givenNet !== null && givenNet !== computed.netIncome) {
            addProblem(row, 'netIncome', 'rule', `net income ${givenNet / 100} yuan does not equal wage + business + property + transfer − business costs = ${computed.netIncome / 100} yuan`);
          }
          if (row.problems.length > 0) return undefined;
          if (existing && currentItems && sameFigures({ ...existing, transferItems: currentItems }, next)) return { outcome: 'unchanged' };
          const record: IncomeRow = {
            householdId: row.household.id, villageCode: row.household.villageCode, year,
            ...next, transferItems: storeTransferItems(next.transferItems), ...computed,
            source: IMPORT_SOURCE, recordedBy: env.actor.userId, recordedAt: env.at,
          };
          return {
            outcome: existing ? 'changed' : 'new',
            async apply(trx) {
              if (existing) await updateIncome(trx, record);
              else await insertIncome(trx, record);
              await recordImportChange(trx, env, row.household, {
                entityType: 'income', entityId: incomeEntityId(record.householdId, year), action: existing ? 'update' : 'create', before: existing ? presentIncome(existing) : null, after: presentIncome(record),
              });
            },
          };
        });
      },
    };
  },
};
