import { weightedTable, type Prng } from './prng.ts';
import type { DemoBasicNeedsCheck, DemoMember } from './demo-types.ts';

/** Main causes of poverty with national-survey-like weights: illness is by far the most common. */
export const MAIN_CAUSES = weightedTable<string>([
  ['illness', 40], ['disability', 13], ['schooling', 8], ['labour', 10], ['skills', 8], ['capital', 9],
  ['disaster', 3], ['land', 2], ['water', 2], ['transport', 1.5], ['motivation', 2.5], ['other', 1],
]);

export const POVERTY_STATUSES = weightedTable<string>([
  ['exited', 76], ['exitedNoPolicy', 9], ['poor', 4], ['notPoor', 8], ['relapsed', 2], ['applicant', 1],
]);

/** 2014 was the year of the great registration (建档立卡); later years added fewer households. */
const YEARS_IDENTIFIED = weightedTable<number>([[2014, 60], [2015, 10], [2016, 10], [2017, 8], [2018, 7], [2019, 5]]);
const HOUSING_GRADES = weightedTable<string>([['A', 50], ['B', 44], ['C', 5], ['D', 1]]);

/** At most two further causes besides the main one. */
export function drawOtherCauses(prng: Prng, mainCause: string): string[] {
  const count = prng.chance(0.45) ? 0 : prng.chance(0.64) ? 1 : 2;
  const causes: string[] = [];
  for (let tries = 0; causes.length < count && tries < 20; tries++) {
    const cause = MAIN_CAUSES.draw(prng);
    if (cause !== mainCause && !causes.includes(cause)) causes.push(cause);
  }
  return causes;
}

export interface PovertyYears {
  yearIdentified: number | null;
  yearExited: number | null;
}

/** Identified 2014–2019; exited 2016–2020 and after identification; none for households never registered. */
export function drawPovertyYears(prng: Prng, status: string): PovertyYears {
  if (status === 'notPoor' || status === 'applicant') return { yearIdentified: null, yearExited: null };
  const yearIdentified = YEARS_IDENTIFIED.draw(prng);
  if (status === 'poor') return { yearIdentified, yearExited: null };
  return { yearIdentified, yearExited: prng.int(Math.max(2016, yearIdentified + 1), 2020) };
}

/** Extreme-poverty support goes to people who cannot work and live alone or as a couple. */
export function drawHouseholdType(prng: Prng, members: readonly DemoMember[]): string {
  const noOneCanWork = members.every((m) => m.laborCapacity === 'none' || m.laborCapacity === 'lost');
  const r = prng.next();
  if (noOneCanWork && members.length <= 2) return r < 0.35 ? 'extremePovertySupport' : r < 0.75 ? 'dibao' : 'general';
  return r < 0.015 ? 'extremePovertySupport' : r < 0.2 ? 'dibao' : 'general';
}

export interface Housing {
  housingGrade: string;
  housingRenovatedYear: number | null;
}

/** Dangerous houses (C/D) of exited households were renovated before exit. */
export function drawHousing(prng: Prng, yearExited: number | null): Housing {
  const housingGrade = HOUSING_GRADES.draw(prng);
  const unsafe = housingGrade === 'C' || housingGrade === 'D';
  const renovated = unsafe && (yearExited !== null || prng.chance(0.5));
  return { housingGrade, housingRenovatedYear: renovated ? prng.int(2016, yearExited ?? 2023) : null };
}

/** A basic-needs check as a village cadre would record it from the household's data. */
export function assessBasicNeeds(
  prng: Prng,
  checkedOn: string,
  members: readonly DemoMember[],
  ages: readonly number[],
  housing: Housing,
  isWaterSafe: boolean,
): DemoBasicNeedsCheck {
  const compulsoryAge = members.filter((_, i) => (ages[i] ?? 0) >= 6 && (ages[i] ?? 0) <= 15);
  const isSafeHouse = housing.housingGrade === 'A' || housing.housingGrade === 'B' || housing.housingRenovatedYear !== null;
  return {
    checkedOn,
    food: prng.chance(0.998) ? 'pass' : 'fail',
    clothing: prng.chance(0.998) ? 'pass' : 'fail',
    compulsoryEducation: compulsoryAge.length === 0 ? 'notApplicable' : compulsoryAge.some((m) => m.schoolStatus === 'dropout') ? 'fail' : 'pass',
    medicalInsurance: members.every((m) => m.hasMedicalInsurance) ? 'pass' : 'fail',
    housingSafety: isSafeHouse ? 'pass' : 'fail',
    drinkingWaterSafety: isWaterSafe ? 'pass' : 'fail',
  };
}
