import type { Gender } from '@fupin/core';
import { weightedTable, type Prng } from './prng.ts';

/** Who lives in a household before names, ID numbers and circumstances are drawn. */
export interface PersonSketch {
  relationToHead: string;
  gender: Gender;
  age: number;
}

/**
 * Registered poor households: 1–7 people, most often 3 or 4, about 3 on average (the national
 * registration of 2014 counted some 89.6 million people in 29.5 million households).
 */
export const HOUSEHOLD_SIZES = weightedTable<number>([[1, 14], [2, 22], [3, 26], [4, 22], [5, 10], [6, 4], [7, 2]]);

type AgeBand = readonly [number, number];
const HEAD_AGE_ALONE = weightedTable<AgeBand>([[[45, 59], 15], [[60, 69], 30], [[70, 79], 35], [[80, 88], 20]]);
const HEAD_AGE_COUPLE = weightedTable<AgeBand>([[[28, 44], 10], [[45, 59], 25], [[60, 69], 35], [[70, 85], 30]]);
const HEAD_AGE_FAMILY = weightedTable<AgeBand>([[[25, 34], 10], [[35, 44], 25], [[45, 54], 30], [[55, 64], 22], [[65, 78], 13]]);

const MAX_AGE = 98;

function opposite(gender: Gender): Gender {
  return gender === 'male' ? 'female' : 'male';
}

function drawGender(prng: Prng): Gender {
  return prng.chance(0.52) ? 'male' : 'female';
}

function drawHeadAge(prng: Prng, size: number): number {
  const table = size === 1 ? HEAD_AGE_ALONE : size === 2 ? HEAD_AGE_COUPLE : HEAD_AGE_FAMILY;
  const [from, to] = table.draw(prng);
  return prng.int(from, to);
}

/** Descendants of someone aged `parentAge`, eldest first, spaced a few years apart. */
function drawChildAges(prng: Prng, parentAge: number, count: number): number[] {
  const ages: number[] = [];
  let age = Math.max(0, parentAge - prng.int(21, 32));
  for (let i = 0; i < count; i++) {
    ages.push(age);
    age = Math.max(0, age - prng.int(1, 5));
  }
  return ages;
}

function child(prng: Prng, age: number): PersonSketch {
  const gender = drawGender(prng);
  return { relationToHead: gender === 'male' ? 'son' : 'daughter', gender, age };
}

/**
 * A household of `size` people whose relations agree with their ages: a spouse of similar age and
 * the opposite gender, children at least 20 years younger, parents 20+ years older, and in older
 * heads' households a married son with grandchildren.
 */
export function sketchHousehold(prng: Prng, size: number): PersonSketch[] {
  const headGender: Gender = prng.chance(0.82) ? 'male' : 'female';
  const headAge = drawHeadAge(prng, size);
  const people: PersonSketch[] = [{ relationToHead: 'self', gender: headGender, age: headAge }];
  let remaining = size - 1;

  // Women head households mostly when widowed or divorced.
  const spouseChance = headGender === 'male' ? (size === 2 ? 0.8 : 0.92) : 0.3;
  if (remaining > 0 && prng.chance(spouseChance)) {
    const gap = prng.int(-2, 5);
    const spouseAge = Math.min(MAX_AGE, Math.max(20, headGender === 'male' ? headAge - gap : headAge + gap));
    people.push({ relationToHead: 'spouse', gender: opposite(headGender), age: spouseAge });
    remaining--;
  }

  if (headAge >= 52 && remaining >= 2 && prng.chance(0.55)) {
    const sonAge = headAge - prng.int(22, 30);
    people.push({ relationToHead: 'son', gender: 'male', age: sonAge });
    remaining--;
    if (remaining > 1 || (remaining === 1 && prng.chance(0.5))) {
      people.push({ relationToHead: 'daughterInLaw', gender: 'female', age: Math.max(20, sonAge + prng.int(-4, 2)) });
      remaining--;
    }
    for (const age of drawChildAges(prng, sonAge, remaining)) {
      people.push({ relationToHead: 'grandchild', gender: drawGender(prng), age });
    }
    return people;
  }

  if (headAge <= 58 && remaining >= 2 && prng.chance(0.25)) {
    const parentGender = drawGender(prng);
    const parentAge = Math.min(MAX_AGE, headAge + prng.int(22, 32));
    people.push({ relationToHead: 'parent', gender: parentGender, age: parentAge });
    remaining--;
    if (remaining >= 2 && prng.chance(0.4)) {
      people.push({ relationToHead: 'parent', gender: opposite(parentGender), age: Math.min(MAX_AGE, parentAge + prng.int(-3, 4)) });
      remaining--;
    }
  }
  if (remaining > 0 && headAge < 45 && prng.chance(0.03)) {
    people.push({ relationToHead: 'sibling', gender: drawGender(prng), age: Math.max(16, headAge + prng.int(-8, 8)) });
    remaining--;
  }
  for (const age of drawChildAges(prng, headAge, remaining)) people.push(child(prng, age));
  return people;
}
