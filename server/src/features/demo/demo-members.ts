import type { Gender } from '@fupin/core';
import type { Calendar } from './demo-calendar.ts';
import type { IdNumberAllocator } from './demo-id-numbers.ts';
import { drawGivenName, drawMongolGivenName, drawMongolSurname, drawSurname } from './demo-names.ts';
import {
  drawBirthDay, drawDisability, drawEmployment, drawHealth, drawIllness, drawLaborCapacity, drawSchooling,
  type Health, type WorkPlaces,
} from './demo-person-traits.ts';
import type { PersonSketch } from './demo-composition.ts';
import type { DemoMember } from './demo-types.ts';
import type { Prng } from './prng.ts';

export interface MemberSetting {
  calendar: Calendar;
  /** Ethnicity code of the household (spouses may differ). */
  ethnicity: string;
  places: WorkPlaces;
  ids: IdNumberAllocator;
}

/** Relations that carry the head's family name; spouses and children-in-law bring their own. */
const SHARES_FAMILY_NAME = new Set(['self', 'son', 'daughter', 'grandchild', 'sibling']);

function drawName(prng: Prng, gender: Gender, birthYear: number, ethnicity: string, familyName: string): string {
  if (ethnicity === '02') return familyName + drawMongolGivenName(prng, gender);
  return familyName + drawGivenName(prng, gender, birthYear);
}

function drawFamilyName(prng: Prng, ethnicity: string): string {
  return ethnicity === '02' ? drawMongolSurname(prng) : drawSurname(prng);
}

/** Names, ID numbers, schooling and background health for the sketched people; the head first. */
export function drawMembers(prng: Prng, sketches: readonly PersonSketch[], setting: MemberSetting): DemoMember[] {
  const familyName = drawFamilyName(prng, setting.ethnicity);
  return sketches.map((person) => {
    const ethnicity = person.relationToHead === 'spouse' && prng.chance(0.1) ? (setting.ethnicity === '01' ? '02' : '01') : setting.ethnicity;
    // The head's father carries the family name; the mother her own.
    const sharesName = SHARES_FAMILY_NAME.has(person.relationToHead) || (person.relationToHead === 'parent' && person.gender === 'male');
    const { idNumber, birthDate } = setting.ids.allocate(drawBirthDay(prng, person.age, setting.calendar), person.gender);
    const birthYear = Number(birthDate.slice(0, 4));
    const name = drawName(prng, person.gender, birthYear, ethnicity, sharesName ? familyName : drawFamilyName(prng, ethnicity));
    const schooling = drawSchooling(prng, person.age);
    const health = drawHealth(prng, person.age);
    return {
      name,
      idNumber,
      gender: person.gender,
      birthDate,
      relationToHead: person.relationToHead,
      ethnicity,
      ...schooling,
      ...health,
      laborCapacity: 'none',
      employmentKind: 'none',
      employmentPlace: null,
      employedMonths: 0,
      employmentIncome: 0,
      hasMedicalInsurance: prng.chance(0.995),
      hasPensionInsurance: person.age >= 16 && schooling.schoolStatus === 'notInSchool' && prng.chance(0.85),
      hasCommercialInsurance: prng.chance(0.2),
      receivesDibao: false,
      receivesExtremePovertySupport: false,
    };
  });
}

/** Gives the household's main cause a person: an ill or disabled member where the cause says so. */
export function applyMainCause(prng: Prng, members: DemoMember[], ages: readonly number[], mainCause: string): void {
  let health: Health | undefined;
  if (mainCause === 'illness') health = drawIllness(prng);
  if (mainCause === 'disability') health = drawDisability(prng);
  if (!health) return;
  const adults = members.map((_, i) => i).filter((i) => (ages[i] ?? 0) >= 18);
  const index = adults.length > 0 ? prng.pick(adults) : 0;
  const member = members[index];
  if (member && member.healthStatus === 'healthy') Object.assign(member, health);
}

/** Labour capacity and employment once health is settled. */
export function applyWork(prng: Prng, members: DemoMember[], ages: readonly number[], places: WorkPlaces): void {
  members.forEach((m, i) => {
    const age = ages[i] ?? 0;
    m.laborCapacity = drawLaborCapacity(prng, age, m, m.schoolStatus);
    Object.assign(m, drawEmployment(prng, age, m.laborCapacity, places));
  });
}
