import { computeNetIncome } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { type AppContext, yearInChina } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertRecordChange } from '../history/record-changes.repository.ts';
import { requireHouseholdInScope } from '../households/households.service.ts';
import { findIncome, findIncomes, upsertIncome } from './incomes.repository.ts';
import { storeTransferItems } from './transfer-items-store.ts';
import { incomeEntityId, presentIncome } from './incomes.presenter.ts';
import type { IncomeInput, IncomeView } from './incomes.schemas.ts';

const FIRST_YEAR = 2013;

export async function listIncomes(ctx: AppContext, actor: Actor, householdId: number): Promise<IncomeView[]> {
  await requireHouseholdInScope(ctx.db, actor, householdId);
  return (await findIncomes(ctx.db, householdId)).map(presentIncome);
}

/** Records (or replaces) a household's income for a year, checking totals a form may carry. */
export async function recordIncome(ctx: AppContext, actor: Actor, householdId: number, year: number, input: IncomeInput): Promise<IncomeView> {
  requirePermission(actor, 'registry:write');
  const currentYear = yearInChina(ctx.now());
  if (year < FIRST_YEAR || year > currentYear) {
    throw new AppError('VALIDATION_FAILED', `the income year must be between ${FIRST_YEAR} and ${currentYear}`, { field: 'year' });
  }
  const household = await requireHouseholdInScope(ctx.db, actor, householdId);
  const householdSize = input.householdSize ?? household.memberCount;
  if (householdSize < 1) {
    throw new AppError('VALIDATION_FAILED', 'the household has no living members; give householdSize', { field: 'householdSize' });
  }
  const computed = computeNetIncome(input, householdSize);
  if (input.transferIncome !== undefined && input.transferIncome !== computed.transferIncome) {
    throw new AppError('INCOME_MISMATCH', `transfer income ${input.transferIncome} does not equal the sum of its items ${computed.transferIncome}`, { field: 'transferIncome' });
  }
  if (input.netIncome !== undefined && input.netIncome !== computed.netIncome) {
    throw new AppError('INCOME_MISMATCH', `net income ${input.netIncome} does not equal wage + business + property + transfer − business costs = ${computed.netIncome}`, { field: 'netIncome' });
  }

  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findIncome(trx, householdId, year);
    const row = {
      householdId,
      villageCode: household.villageCode,
      year,
      householdSize,
      wageIncome: input.wageIncome,
      businessIncome: input.businessIncome,
      businessCosts: input.businessCosts,
      propertyIncome: input.propertyIncome,
      transferIncome: computed.transferIncome,
      transferItems: storeTransferItems(input.transferItems),
      medicalExpenses: input.medicalExpenses,
      schoolingExpenses: input.schoolingExpenses,
      netIncome: computed.netIncome,
      netIncomePerCapita: computed.netIncomePerCapita,
      source: input.source,
      recordedBy: actor.userId,
      recordedAt: at,
    };
    await upsertIncome(trx, row, existing !== undefined);
    const after = presentIncome(row);
    await insertRecordChange(trx, {
      householdId, villageCode: household.villageCode, entityType: 'income', entityId: incomeEntityId(householdId, year),
      action: existing ? 'update' : 'create', changedAt: at, actorId: actor.userId, actorName: actor.username,
      source: input.source, before: existing ? presentIncome(existing) : null, after,
    });
    await recordAudit(trx, actor, {
      action: existing ? 'update' : 'create', entityType: 'income', entityId: incomeEntityId(householdId, year), regionCode: household.villageCode,
      details: { householdId, year, netIncomePerCapita: computed.netIncomePerCapita },
    }, at);
    return after;
  });
}
