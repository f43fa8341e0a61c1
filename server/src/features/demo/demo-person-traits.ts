import type { Calendar } from './demo-calendar.ts';
import { weightedTable, type Prng } from './prng.ts';

/** Education and school status by age: children in the right stage, older cohorts less schooled. */
export interface Schooling {
  education: string;
  schoolStatus: string;
  schoolGrade: number | null;
}

const ADULT_EDUCATION_OLD = weightedTable<string>([['illiterate', 38], ['primary', 45], ['juniorHigh', 14], ['seniorHigh', 3]]);
const ADULT_EDUCATION_MIDDLE = weightedTable<string>([['illiterate', 8], ['primary', 38], ['juniorHigh', 42], ['seniorHigh', 9], ['vocational', 3]]);
const ADULT_EDUCATION_YOUNG = weightedTable<string>([
  ['primary', 8], ['juniorHigh', 52], ['seniorHigh', 16], ['vocational', 12], ['associate', 8], ['bachelor', 4],
]);

export function drawSchooling(prng: Prng, age: number): Schooling {
  if (age < 3) return { education: 'preschoolAge', schoolStatus: 'notInSchool', schoolGrade: null };
  if (age < 6) return { education: 'preschoolAge', schoolStatus: 'preschool', schoolGrade: age - 2 };
  if (age < 12) return { education: 'primary', schoolStatus: 'primary', schoolGrade: age - 5 };
  if (age < 15) {
    // A few compulsory-age dropouts, which the basic-needs check must catch.
    if (prng.chance(0.004)) return { education: 'primary', schoolStatus: 'dropout', schoolGrade: null };
    return { education: 'juniorHigh', schoolStatus: 'juniorHigh', schoolGrade: age - 11 };
  }
  if (age < 18) {
    const r = prng.next();
    if (r < 0.6) return { education: 'juniorHigh', schoolStatus: 'seniorHigh', schoolGrade: age - 14 };
    if (r < 0.9) return { education: 'juniorHigh', schoolStatus: 'vocational', schoolGrade: age - 14 };
    return { education: 'juniorHigh', schoolStatus: 'notInSchool', schoolGrade: null };
  }
  if (age < 23 && prng.chance(0.38)) {
    return prng.chance(0.55)
      ? { education: 'seniorHigh', schoolStatus: 'higherVocational', schoolGrade: Math.min(3, age - 17) }
      : { education: 'seniorHigh', schoolStatus: 'undergraduate', schoolGrade: Math.min(4, age - 17) };
  }
  const table = age >= 60 ? ADULT_EDUCATION_OLD : age >= 40 ? ADULT_EDUCATION_MIDDLE : ADULT_EDUCATION_YOUNG;
  return { education: table.draw(prng), schoolStatus: 'notInSchool', schoolGrade: null };
}

export interface Health {
  healthStatus: string;
  disabilityGrade: string;
}

const DISABILITY_GRADES = weightedTable<string>([['grade1', 10], ['grade2', 25], ['grade3', 35], ['grade4', 30]]);
export const HEALTHY: Health = Object.freeze({ healthStatus: 'healthy', disabilityGrade: 'none' });

export function drawIllness(prng: Prng): Health {
  return { healthStatus: prng.chance(0.4) ? 'seriousIllness' : 'chronicIllness', disabilityGrade: 'none' };
}

export function drawDisability(prng: Prng): Health {
  return { healthStatus: 'disabled', disabilityGrade: DISABILITY_GRADES.draw(prng) };
}

/** Background health by age, before the household's main cause adds its own case. */
export function drawHealth(prng: Prng, age: number): Health {
  const r = prng.next();
  const [chronic, serious, disabled] = age >= 60 ? [0.2, 0.03, 0.03] : age >= 30 ? [0.08, 0.015, 0.02] : [0.01, 0.002, 0.01];
  if (r < chronic) return { healthStatus: 'chronicIllness', disabilityGrade: 'none' };
  if (r < chronic + serious) return { healthStatus: 'seriousIllness', disabilityGrade: 'none' };
  if (r < chronic + serious + disabled) return drawDisability(prng);
  return HEALTHY;
}

/** Labour capacity follows age, schooling and health. */
export function drawLaborCapacity(prng: Prng, age: number, health: Health, schoolStatus: string): string {
  if (age < 16 || schoolStatus !== 'notInSchool') return 'none';
  if (health.healthStatus === 'seriousIllness') return 'lost';
  if (health.healthStatus === 'disabled') return health.disabilityGrade === 'grade1' || health.disabilityGrade === 'grade2' ? 'lost' : 'ordinary';
  if (age >= 70) return 'none';
  if (age >= 65) return prng.chance(0.6) ? 'none' : 'ordinary';
  if (health.healthStatus === 'chronicIllness' && prng.chance(0.35)) return 'lost';
  return age < 50 && prng.chance(0.22) ? 'skilled' : 'ordinary';
}

export interface Employment {
  employmentKind: string;
  employmentPlace: string | null;
  employedMonths: number;
  /** Fen a year. */
  employmentIncome: number;
}

const NOT_EMPLOYED: Employment = Object.freeze({ employmentKind: 'none', employmentPlace: null, employedMonths: 0, employmentIncome: 0 });
const EMPLOYMENT_KINDS = weightedTable<string>([['inCounty', 40], ['inProvince', 25], ['outOfProvince', 20], ['publicWelfarePost', 15]]);
/** Monthly wages in yuan by where people work. */
const MONTHLY_WAGE: Record<string, readonly [number, number]> = {
  inCounty: [1800, 3200], inProvince: [2200, 4000], outOfProvince: [2800, 5000], publicWelfarePost: [800, 1500],
};
const OUT_OF_PROVINCE_PLACES = ['北京市', '天津市', '河北省', '山西省', '陕西省', '江苏省', '浙江省', '广东省'] as const;

export interface WorkPlaces {
  countyName: string;
  provinceName: string;
}

export function drawEmployment(prng: Prng, age: number, laborCapacity: string, places: WorkPlaces): Employment {
  if (laborCapacity !== 'ordinary' && laborCapacity !== 'skilled') return NOT_EMPLOYED;
  if (age < 18 || age > 64 || !prng.chance(age >= 55 ? 0.25 : 0.45)) return NOT_EMPLOYED;
  const kind = age >= 50 && prng.chance(0.4) ? 'publicWelfarePost' : EMPLOYMENT_KINDS.draw(prng);
  const months = kind === 'publicWelfarePost' ? 12 : prng.int(3, 10);
  const [low, high] = MONTHLY_WAGE[kind] ?? [2000, 4000];
  const monthly = prng.int(low, high) * (laborCapacity === 'skilled' ? 1.25 : 1);
  const place = kind === 'outOfProvince' ? prng.pick(OUT_OF_PROVINCE_PLACES) : kind === 'inProvince' ? places.provinceName : places.countyName;
  return { employmentKind: kind, employmentPlace: place, employedMonths: months, employmentIncome: Math.round(monthly * months) * 100 };
}

/** A birth day (day number) that makes the person `age` whole years old on the calendar's reference date. */
export function drawBirthDay(prng: Prng, age: number, calendar: Calendar): number {
  return calendar.anniversary(age) - prng.int(1, 364);
}
