/** Annual household income in integer fen (分). */
export interface TransferItems {
  familyPlanning: number;
  dibao: number;
  extremePovertySupport: number;
  pension: number;
  ecologicalCompensation: number;
  disabilityAllowance: number;
  agriculturalSubsidy: number;
  other: number;
}

export interface IncomeItems {
  wageIncome: number;
  businessIncome: number;
  businessCosts: number;
  propertyIncome: number;
  transferItems: TransferItems;
}

export interface NetIncome {
  transferIncome: number;
  netIncome: number;
  netIncomePerCapita: number;
}

export const TRANSFER_ITEM_KEYS = [
  'familyPlanning', 'dibao', 'extremePovertySupport', 'pension',
  'ecologicalCompensation', 'disabilityAllowance', 'agriculturalSubsidy', 'other',
] as const satisfies readonly (keyof TransferItems)[];

export function sumTransferItems(items: TransferItems): number {
  return TRANSFER_ITEM_KEYS.reduce((sum, key) => sum + items[key], 0);
}

/**
 * netIncomePerCapita = (wage + business + property + transfer − businessCosts) ÷ householdSize,
 * rounded half up to the fen. A household of size 0 has no per-capita figure.
 */
export function computeNetIncome(items: IncomeItems, householdSize: number): NetIncome {
  const transferIncome = sumTransferItems(items.transferItems);
  const netIncome = items.wageIncome + items.businessIncome + items.propertyIncome + transferIncome - items.businessCosts;
  const netIncomePerCapita = householdSize > 0 ? Math.round(netIncome / householdSize) : 0;
  return { transferIncome, netIncome, netIncomePerCapita };
}
