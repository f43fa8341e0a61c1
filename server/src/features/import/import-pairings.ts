import { checkPairingLoad, checkPairingPeriod, isPairingActive } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import type { PairingTable } from '../../db/tables/assistance.tables.ts';
import { resolveAssistanceSettings } from '../assistance/assistance-settings/assistance-settings.service.ts';
import { addProblem, createKeySet, textOf, type PlanEnv, type RecordImportHandler, type RecordRow, type RowPlan } from './record-import-kind.ts';
import { findCadresNamed, findPairingsOfCadresOrHouseholds, insertPairingRow, updatePairingEnd } from './record-import.repository.ts';

type Period = Pick<PairingTable, 'id' | 'cadreId' | 'householdId' | 'startDate' | 'endDate'>;
type Cadre = Awaited<ReturnType<typeof findCadresNamed>>[number];

/** The cadre a row names: by name, then unit, then phone, among the cadres of the importer's region. */
function pickCadre(row: RecordRow, cadres: readonly Cadre[]): Cadre | undefined {
  const name = textOf(row, 'cadreName');
  const unit = textOf(row, 'cadreUnit');
  const phone = textOf(row, 'cadrePhone');
  const found = cadres.filter((c) => c.name === name && (unit === null || c.unit === unit) && (phone === null || c.phone === phone));
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    addProblem(row, 'cadreName', 'cadreNotFound', `no cadre named ${name ?? ''}${unit ? ` in ${unit}` : ''} is registered in your region; add the cadre first`);
  } else {
    addProblem(row, 'cadreName', 'rule', `${found.length} cadres in your region are named ${name ?? ''}; give the unit or the phone number to tell them apart`);
  }
  return undefined;
}

/** 结对帮扶: one pairing per cadre, household and start date (the key); the end date of a known pairing is updated. */
export const pairingImport: RecordImportHandler = {
  kind: 'pairings',
  permission: 'cadres:manage',
  entityType: 'pairing',
  title: { zh: '结对帮扶', en: 'Pairings' },
  intro: {
    zh: '每行填写一名帮扶责任人与一户的结对。帮扶责任人须已在系统中登记（同名时填写工作单位或电话）。同一干部、同一户、同一开始日期只填一行；已有的结对将更新结束日期。每名干部结对户数不超过所在地设置的上限。',
    en: 'One row per cadre and household. The cadre must already be registered (give the unit or phone when names repeat). A known pairing (same cadre, household and start date) has its end date updated. A cadre\'s load may not exceed the region\'s maximum.',
  },
  createPlanner() {
    const isRepeated = createKeySet();
    /** Pairings this pass has planned, by id: they override what the database says. */
    const planned = new Map<string, Period>();
    const maxLoads = new Map<string, number>();
    const maxLoadOf = async (env: PlanEnv, villageCode: string) => {
      const known = maxLoads.get(villageCode);
      if (known !== undefined) return known;
      const { maxPairingLoad } = await resolveAssistanceSettings(env.db, villageCode);
      maxLoads.set(villageCode, maxPairingLoad);
      return maxPairingLoad;
    };
    return {
      async plan(env, rows) {
        const cadres = await findCadresNamed(env.db, env.actor, [...new Set(rows.flatMap((r) => textOf(r, 'cadreName') ?? []))]);
        const chosen = rows.map((row) => pickCadre(row, cadres));
        const stored = await findPairingsOfCadresOrHouseholds(env.db, [...new Set(chosen.flatMap((c) => c?.id ?? []))], [...new Set(rows.map((r) => r.household.id))]);
        const known = new Map<string, Period>(stored.map((p) => [p.id, p]));
        const current = () => [...new Map([...known, ...planned]).values()];
        const plans: (RowPlan | undefined)[] = [];
        for (const [i, row] of rows.entries()) {
          const cadre = chosen[i];
          const startDate = textOf(row, 'startDate');
          if (!cadre || startDate === null) {
            plans.push(undefined);
            continue;
          }
          if (isRepeated(`${cadre.id}|${row.household.id}|${startDate}`)) {
            addProblem(row, 'startDate', 'keyRepeated', `an earlier row pairs ${cadre.name} with household ${row.household.householdNo} from ${startDate}`);
            plans.push(undefined);
            continue;
          }
          const all = current();
          const existing = all.find((p) => p.cadreId === cadre.id && p.householdId === row.household.id && p.startDate === startDate);
          const endDate = row.has('endDate') ? textOf(row, 'endDate') : (existing?.endDate ?? null);
          if (existing && existing.endDate === endDate) {
            plans.push({ outcome: 'unchanged' });
            continue;
          }
          const candidate = { startDate, endDate };
          const sameCouple = all.filter((p) => p.cadreId === cadre.id && p.householdId === row.household.id && p.id !== existing?.id);
          for (const issue of checkPairingPeriod(candidate, sameCouple)) addProblem(row, issue.field === 'endDate' ? 'endDate' : 'startDate', 'rule', issue.message);
          if (!existing) {
            // As when paired by hand: the load counts on the later of today and the start.
            const on = startDate > env.today ? startDate : env.today;
            const load = all.filter((p) => p.cadreId === cadre.id && isPairingActive(p, on)).length;
            if (isPairingActive(candidate, on)) {
              for (const issue of checkPairingLoad(load, await maxLoadOf(env, row.household.villageCode))) addProblem(row, 'cadreName', 'rule', issue.message);
            }
          }
          if (row.problems.length > 0) {
            plans.push(undefined);
            continue;
          }
          const record: PairingTable = existing
            ? { ...existing, villageCode: row.household.villageCode, endDate, createdAt: env.at, createdBy: env.actor.userId }
            : { id: uuidv7(), cadreId: cadre.id, householdId: row.household.id, villageCode: row.household.villageCode, startDate, endDate, createdAt: env.at, createdBy: env.actor.userId };
          planned.set(record.id, record);
          plans.push({
            outcome: existing ? 'changed' : 'new',
            apply: (trx) => (existing ? updatePairingEnd(trx, record.id, endDate) : insertPairingRow(trx, record)),
          });
        }
        return plans;
      },
    };
  },
};
