import { basicNeedsItems, type BasicNeedsItem } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import type { BasicNeedsCheckRow } from '../../db/schema.ts';
import { presentBasicNeedsCheck } from '../basic-needs/basic-needs.presenter.ts';
import { IMPORT_SOURCE } from './import-write.ts';
import { addProblem, createKeySet, textOf, recordImportChange, type RecordImportHandler, type RowPlan } from './record-import-kind.ts';
import { findBasicNeedsChecksOf, insertBasicNeedsCheckRow, updateBasicNeedsCheckRow } from './record-import.repository.ts';

/** 两不愁三保障 checks: one per household and date (the key); a date the household already has a check for is updated. */
export const basicNeedsCheckImport: RecordImportHandler = {
  kind: 'basicNeedsChecks',
  permission: 'registry:write',
  entityType: 'basicNeedsCheck',
  title: { zh: '两不愁三保障核查', en: 'Basic-needs checks' },
  intro: {
    zh: '每行填写一户一次核查（核查日期），各项填“达标”“未达标”或“不适用”。同一户同一核查日期只填一行；已有该日期核查的将被更新。',
    en: 'One row per household and check date; each item is Pass, Fail or Not applicable. A date the household already has a check for is updated.',
  },
  createPlanner() {
    const isRepeated = createKeySet();
    return {
      async plan(env, rows) {
        const stored = await findBasicNeedsChecksOf(env.db, [...new Set(rows.map((r) => r.household.id))]);
        const byKey = new Map<string, BasicNeedsCheckRow>();
        // Stored latest first: the first check of a day is the one that counts.
        for (const c of stored) if (!byKey.has(`${c.householdId}|${c.checkedOn}`)) byKey.set(`${c.householdId}|${c.checkedOn}`, c);
        return rows.map((row): RowPlan | undefined => {
          const checkedOn = textOf(row, 'checkedOn');
          if (checkedOn === null) return undefined;
          if (checkedOn > env.today) {
            addProblem(row, 'checkedOn', 'invalidValue', `the check date ${checkedOn} is after today`);
            return undefined;
          }
          const key = `${row.household.id}|${checkedOn}`;
          if (isRepeated(key)) {
            addProblem(row, 'checkedOn', 'keyRepeated', `household ${row.household.householdNo} has an earlier row for the check of ${checkedOn}`);
            return undefined;
          }
          const items = {} as Record<BasicNeedsItem, string>;
          for (const item of basicNeedsItems.codes) {
            const value = textOf(row, item);
            if (value === null) return undefined;
            items[item] = value;
          }
          const existing = byKey.get(key);
          if (existing && basicNeedsItems.codes.every((item) => existing[item] === items[item])) return { outcome: 'unchanged' };
          const record: BasicNeedsCheckRow = existing
            ? { ...existing, ...items, checkedBy: env.actor.userId, source: IMPORT_SOURCE }
            : { id: uuidv7(), householdId: row.household.id, villageCode: row.household.villageCode, checkedOn, ...items, evidence: '{}', checkedBy: env.actor.userId, source: IMPORT_SOURCE, createdAt: env.at };
          return {
            outcome: existing ? 'changed' : 'new',
            async apply(trx) {
              if (existing) await updateBasicNeedsCheckRow(trx, existing.id, { ...items, checkedBy: record.checkedBy, source: record.source });
              else await insertBasicNeedsCheckRow(trx, record);
              await recordImportChange(trx, env, row.household, {
                entityType: 'basicNeedsCheck', entityId: record.id, action: existing ? 'update' : 'create',
                before: existing ? presentBasicNeedsCheck(existing) : null, after: presentBasicNeedsCheck(record),
              });
            },
          };
        });
      },
    };
  },
};
