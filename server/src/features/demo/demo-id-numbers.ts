import { computeCheckDigit, type Gender } from '@fupin/core';
import type { Calendar } from './demo-calendar.ts';

/** Sequence numbers available per birth date and gender: 000–999, odd for men, even for women. */
const SEQUENCES_PER_GENDER = 500;

export interface AllocatedIdNumber {
  idNumber: string;
  /** ISO birth date, as the ID number states it. */
  birthDate: string;
}

export interface IdNumberAllocator {
  /**
   * A valid ID number for a person of this gender born on this day (day number since 1970), never
   * handed out before by this allocator. When a day's 500 numbers are used up the birth date
   * moves a day earlier, so the returned birth date is the one to store.
   */
  allocate(birthDay: number, gender: Gender): AllocatedIdNumber;
}

/** Numbers under one region prefix (the county code), unique within the allocator's life. */
export function createIdNumberAllocator(regionPrefix: string, calendar: Calendar): IdNumberAllocator {
  if (!/^\d{6}$/.test(regionPrefix)) throw new Error(`an ID number prefix has 6 digits, got ${regionPrefix}`);
  const used = new Map<number, number>();
  return {
    allocate(birthDay, gender) {
      const parity = gender === 'male' ? 1 : 0;
      for (let day = birthDay; ; day--) {
        const key = day * 2 + parity;
        const count = used.get(key) ?? 0;
        if (count >= SEQUENCES_PER_GENDER) continue;
        used.set(key, count + 1);
        // Start each day at a scattered sequence so numbers do not all look like 001, 003, …
        const k = ((((day % SEQUENCES_PER_GENDER) + SEQUENCES_PER_GENDER) * 37) + count) % SEQUENCES_PER_GENDER;
        const birthDate = calendar.isoDate(day);
        const first17 = regionPrefix + birthDate.slice(0, 4) + birthDate.slice(5, 7) + birthDate.slice(8, 10)
          + String(k * 2 + parity).padStart(3, '0');
        return { idNumber: first17 + computeCheckDigit(first17), birthDate };
      }
    },
  };
}
