import { computeAge } from '@fupin/core';
import { createCalendar } from './demo-calendar.ts';
import { HOUSEHOLD_SIZES, sketchHousehold } from './demo-composition.ts';
import {
  assessBasicNeeds, drawHouseholdType, drawHousing, drawOtherCauses, drawPovertyYears, MAIN_CAUSES, POVERTY_STATUSES,
} from './demo-household-traits.ts';
import { createIdNumberAllocator } from './demo-id-numbers.ts';
import { drawIncomes } from './demo-income.ts';
import { applyMainCause, applyWork, drawMembers } from './demo-members.ts';
import type { WorkPlaces } from './demo-person-traits.ts';
import type { DemoHousehold, DemoMember, DemoVillage } from './demo-types.ts';
import { createPrng, weightedTable, type Prng, type WeightedTable } from './prng.ts';

export interface DemoCountyOptions {
  seed: string | number;
  /** Six-digit county code; it is also the region prefix of every ID number. */
  countyCode: string;
  countyName: string;
  provinceName: string;
  villages: readonly DemoVillage[];
  /** Ages, incomes and checks are as of this date, fixed so that a seed always gives the same county. */
  referenceDate?: string;
}

export interface DemoCountyGenerator {
  /** The next household; the n-th call gives the same household for the same options. */
  nextHousehold(): DemoHousehold;
}

export const DEFAULT_REFERENCE_DATE = '2024-12-31';

const STUDENT_STAGES = new Set(['primary', 'juniorHigh', 'seniorHigh', 'vocational', 'higherVocational', 'undergraduate']);

/** Mostly Han; Inner Mongolia (15) has a Mongol minority. */
function ethnicityTable(countyCode: string): WeightedTable<string> {
  return countyCode.startsWith('15')
    ? weightedTable([['01', 88], ['02', 10], ['03', 1], ['11', 1]])
    : weightedTable([['01', 97], ['03', 1], ['11', 1], ['97', 1]]);
}

/** Schooling costs weigh on households with someone at school; elsewhere it is never the cause. */
function drawMainCause(prng: Prng, members: readonly DemoMember[]): string {
  if (members.some((m) => STUDENT_STAGES.has(m.schoolStatus)) && prng.chance(0.25)) return 'schooling';
  for (;;) {
    const cause = MAIN_CAUSES.draw(prng);
    if (cause !== 'schooling') return cause;
  }
}

function flag(prng: Prng, probability: number): boolean {
  return prng.chance(probability);
}

/** A deterministic synthetic county: the same options always give the same households in the same order. */
export function createDemoCountyGenerator(options: DemoCountyOptions): DemoCountyGenerator {
  if (options.villages.length === 0) throw new Error(`county ${options.countyCode} has no villages to place households in`);
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const referenceYear = Number(referenceDate.slice(0, 4));
  const prng = createPrng(`${options.seed}:${options.countyCode}`);
  const calendar = createCalendar(referenceDate);
  const ids = createIdNumberAllocator(options.countyCode, calendar);
  const ethnicities = ethnicityTable(options.countyCode);
  const isInnerMongolia = options.countyCode.startsWith('15');
  // Villages differ in size; fixed weights drawn once from the seed.
  const villages = weightedTable(options.villages.map((v) => [v, 0.4 + prng.next()] as const));
  const nextNumber = new Map<string, number>();
  const places: WorkPlaces = { countyName: options.countyName, provinceName: options.provinceName };

  return {
    nextHousehold() {
      const village = villages.draw(prng);
      const sequence = (nextNumber.get(village.code) ?? 0) + 1;
      nextNumber.set(village.code, sequence);
      const sketches = sketchHousehold(prng, HOUSEHOLD_SIZES.draw(prng));
      const members = drawMembers(prng, sketches, { calendar, ethnicity: ethnicities.draw(prng), places, ids });
      const ages = members.map((m) => computeAge(m.birthDate, referenceDate));
      const mainCause = drawMainCause(prng, members);
      applyMainCause(prng, members, ages, mainCause);
      applyWork(prng, members, ages, places);

      const householdType = drawHouseholdType(prng, members);
      for (const m of members) {
        m.receivesDibao = householdType === 'dibao';
        m.receivesExtremePovertySupport = householdType === 'extremePovertySupport';
      }
      const povertyStatus = POVERTY_STATUSES.draw(prng);
      const years = drawPovertyYears(prng, povertyStatus);
      const housing = drawHousing(prng, years.yearExited);
      const group = prng.int(1, 8);
      const relocationRoll = prng.next();
      const relocationKind = relocationRoll < 0.04 ? 'centralized' : relocationRoll < 0.06 ? 'dispersed' : 'none';
      const cultivatedLandMu = Math.round(prng.int(20, 400)) / 10;
      const forestMu = flag(prng, 0.3) ? prng.int(0, 200) / 10 : 0;
      const grasslandMu = flag(prng, isInnerMongolia ? 0.4 : 0.05) ? prng.int(100, 3000) / 10 : 0;
      const isWaterSafe = flag(prng, 0.985);
      const isSingleChildFamily = flag(prng, 0.04);

      return {
        householdNo: `${village.code}-${String(sequence).padStart(5, '0')}`,
        villageCode: village.code,
        villageGroup: `${group}组`,
        address: `${village.townshipName}${village.name}${group}组`,
        householdType,
        identificationStandard: flag(prng, 0.85) ? 'national' : 'provincial',
        povertyStatus,
        ...years,
        mainCause,
        otherCauses: drawOtherCauses(prng, mainCause),
        isMilitaryFamily: flag(prng, 0.01),
        isSingleChildFamily,
        relocationKind,
        relocationPlace: relocationKind === 'centralized' ? `${village.townshipName}易地扶贫搬迁安置小区` : null,
        ...housing,
        isWaterSafe,
        hasSanitaryToilet: flag(prng, 0.55),
        isCooperativeMember: flag(prng, 0.3),
        hasElectricity: flag(prng, 0.998),
        roadDistanceKm: prng.int(1, 150) / 10,
        cultivatedLandMu,
        irrigatedLandMu: Math.round(cultivatedLandMu * prng.next() * 5) / 10,
        forestMu,
        grasslandMu,
        members,
        incomes: drawIncomes(prng, {
          members, ages, povertyStatus, mainCause, isSingleChildFamily, cultivatedLandMu, forestMu, grasslandMu,
        }, [referenceYear - 1, referenceYear]),
        // About one household in ten has a recorded basic-needs check.
        basicNeedsCheck: flag(prng, 0.1)
          ? assessBasicNeeds(prng, `${referenceYear}-${String(prng.int(3, 11)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`, members, ages, housing, isWaterSafe)
          : null,
      };
    },
  };
}
