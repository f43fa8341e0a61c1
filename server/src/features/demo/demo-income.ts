import { computeNetIncome, type TransferItems } from '@fupin/core';
import type { Prng } from './prng.ts';
import type { DemoIncome, DemoMember } from './demo-types.ts';

/** What the income draw needs to know about the household. */
export interface IncomeSituation {
  members: readonly DemoMember[];
  /** Ages on the reference date, in the same order as members. */
  ages: readonly number[];
  povertyStatus: string;
  mainCause: string;
  isSingleChildFamily: boolean;
  cultivatedLandMu: number;
  forestMu: number;
  grasslandMu: number;
}

/** Monthly rural dibao and extreme-poverty support in yuan (东胜区 2023). */
const RURAL_DIBAO_MONTHLY = 635;
const RURAL_EXTREME_SUPPORT_MONTHLY = 1000;

/** Per-capita net income the household lands on in the latest year, in yuan, by status. */
function drawTargetPerCapita(prng: Prng, status: string): number {
  switch (status) {
    case 'poor': return prng.int(3000, 5500);
    case 'applicant': return prng.int(3000, 6000);
    case 'relapsed': return prng.int(3500, 6500);
    case 'notPoor': return prng.int(5000, 9000);
    case 'exitedNoPolicy': return prng.int(8000, 16000);
    // Exited households: above the line, most of them not far above it.
    default: return 5000 + Math.round(10000 * prng.next() ** 1.6);
  }
}

const yuan = (amount: number): number => Math.round(amount) * 100;

function drawTransferItems(prng: Prng, s: IncomeSituation, scale: number): TransferItems {
  let dibao = 0;
  let extreme = 0;
  let pension = 0;
  let disability = 0;
  s.members.forEach((m, i) => {
    if (m.receivesDibao) dibao += RURAL_DIBAO_MONTHLY * 12 * (0.4 + 0.6 * prng.next());
    if (m.receivesExtremePovertySupport) extreme += RURAL_EXTREME_SUPPORT_MONTHLY * 12;
    if ((s.ages[i] ?? 0) >= 60) pension += prng.int(1800, 3000);
    if (m.healthStatus === 'disabled') disability += 1200;
  });
  const elderlyParents = s.ages.filter((a) => a >= 60).length;
  return {
    familyPlanning: yuan(s.isSingleChildFamily ? elderlyParents * 960 : 0),
    dibao: yuan(dibao * scale),
    extremePovertySupport: yuan(extreme * scale),
    pension: yuan(pension * scale),
    ecologicalCompensation: yuan(s.grasslandMu * 7.5 + s.forestMu * 15),
    disabilityAllowance: yuan(disability * scale),
    agriculturalSubsidy: yuan(s.cultivatedLandMu * prng.int(80, 120)),
    other: prng.chance(0.15) ? yuan(prng.int(200, 2000)) : 0,
  };
}

function drawExpenses(prng: Prng, s: IncomeSituation): { medicalExpenses: number; schoolingExpenses: number } {
  const medical = s.mainCause === 'illness' ? prng.int(5000, 40000) : prng.chance(0.3) ? prng.int(200, 3000) : 0;
  let schooling = 0;
  for (const m of s.members) {
    if (m.schoolStatus === 'undergraduate' || m.schoolStatus === 'higherVocational') schooling += prng.int(8000, 15000);
    else if (m.schoolStatus === 'seniorHigh' || m.schoolStatus === 'vocational') schooling += prng.int(2000, 5000);
    else if (m.schoolStatus === 'primary' || m.schoolStatus === 'juniorHigh') schooling += prng.int(300, 800);
  }
  return { medicalExpenses: yuan(medical), schoolingExpenses: yuan(schooling) };
}

/**
 * Poor households rarely have several members in steady work: shortens the months worked until
 * the household's wages fit under `cap` fen, and returns the wages.
 */
function trimEmployment(members: readonly DemoMember[], cap: number): number {
  const wages = members.reduce((sum, m) => sum + m.employmentIncome, 0);
  if (wages <= cap) return wages;
  const factor = cap / wages;
  let trimmed = 0;
  for (const m of members) {
    if (m.employedMonths === 0) continue;
    const months = Math.max(1, Math.floor(m.employedMonths * factor));
    m.employmentIncome = Math.round(m.employmentIncome * (months / m.employedMonths) / 100) * 100;
    m.employedMonths = months;
    trimmed += m.employmentIncome;
  }
  return trimmed;
}

/**
 * Incomes for the given years (oldest first), ending near a per-capita target that depends on the
 * poverty status. Wages are the members' employment incomes; transfers follow the members'
 * benefits; net business income from farming and herding fills the rest. Totals come from core's
 * computeNetIncome, as the registry computes them.
 */
export function drawIncomes(prng: Prng, s: IncomeSituation, years: readonly number[]): DemoIncome[] {
  const size = s.members.length;
  const latestTarget = drawTargetPerCapita(prng, s.povertyStatus);
  const propertyBase = prng.chance(0.35) ? prng.int(1000, 4000) : 0;
  const wages = trimEmployment(s.members, yuan(latestTarget * size * 0.8));
  return years.map((year, index) => {
    // Earlier years were somewhat lower: incomes grew a few per cent a year.
    const scale = 1 / (1 + 0.06 * (years.length - 1 - index));
    const target = latestTarget * scale * (0.97 + 0.06 * prng.next());
    const transferItems = drawTransferItems(prng, s, scale);
    const wageIncome = Math.round((wages * scale) / 100) * 100;
    const propertyIncome = yuan(propertyBase * scale);
    const transfers = Object.values(transferItems).reduce((a, b) => a + b, 0);
    const needed = yuan(target * size) - wageIncome - propertyIncome - transfers;
    const costShare = 0.25 + 0.2 * prng.next();
    const net = needed > 0 ? needed : yuan(s.cultivatedLandMu * prng.int(50, 200));
    const businessIncome = Math.round(net / (1 - costShare) / 100) * 100;
    const businessCosts = businessIncome - net;
    const items = { wageIncome, businessIncome, businessCosts, propertyIncome, transferItems };
    const totals = computeNetIncome(items, size);
    return { year, householdSize: size, ...items, ...totals, ...drawExpenses(prng, s) };
  });
}
