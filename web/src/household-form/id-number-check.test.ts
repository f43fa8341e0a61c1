import { describe, expect, it } from 'vitest';
import { checkIdNumber, localToday } from './id-number-check.ts';

const TODAY = '2026-11-23';

describe('checking an ID number as it is typed', () => {
  it('says nothing about an empty field and counts the characters of an unfinished one', () => {
    expect(checkIdNumber('', TODAY)).toEqual({ state: 'empty' });
    expect(checkIdNumber('   ', TODAY)).toEqual({ state: 'empty' });
    expect(checkIdNumber('1506021985', TODAY)).toEqual({ state: 'incomplete', length: 10 });
  });

  it('refuses a wrong character at once, before the number is complete', () => {
    expect(checkIdNumber('15060A', TODAY)).toEqual({ state: 'invalid', problem: 'characters' });
    expect(checkIdNumber('1506021985X', TODAY)).toEqual({ state: 'invalid', problem: 'characters' });
    expect(checkIdNumber('15060219850312002-', TODAY)).toEqual({ state: 'invalid', problem: 'characters' });
  });

  it('refuses a number that is too long', () => {
    expect(checkIdNumber('1506021985031200261', TODAY)).toEqual({ state: 'invalid', problem: 'length' });
  });

  it('derives the birth date and gender from a valid number', () => {
    expect(checkIdNumber('150602198503120026', TODAY)).toEqual({ state: 'valid', idNumber: '150602198503120026', birthDate: '1985-03-12', gender: 'female' });
    expect(checkIdNumber('150602198706150014', TODAY)).toMatchObject({ state: 'valid', birthDate: '1987-06-15', gender: 'male' });
  });

  it('takes a lower-case x, full-width digits and surrounding spaces as the same number', () => {
    expect(checkIdNumber(' 11010519491231002x ', TODAY)).toMatchObject({ state: 'valid', idNumber: '11010519491231002X', gender: 'female' });
    expect(checkIdNumber('１５０６０２１９８５０３１２００２６', TODAY)).toMatchObject({ state: 'valid', idNumber: '150602198503120026' });
  });

  it('refuses a wrong check digit (GB 11643, ISO 7064 MOD 11-2)', () => {
    expect(checkIdNumber('150602198503120027', TODAY)).toEqual({ state: 'invalid', problem: 'checkDigit' });
    expect(checkIdNumber('110105194912310020', TODAY)).toEqual({ state: 'invalid', problem: 'checkDigit' });
  });

  it('refuses a birth date that does not exist or lies in the future', () => {
    expect(checkIdNumber('150602198502300021', TODAY)).toEqual({ state: 'invalid', problem: 'birthDate' });
    expect(checkIdNumber('150602202701010010', TODAY)).toEqual({ state: 'invalid', problem: 'birthDate' });
  });

  it('refuses a region prefix that is no province', () => {
    expect(checkIdNumber('990602198503120026', TODAY)).toEqual({ state: 'invalid', problem: 'regionPrefix' });
  });

  it('knows today as a local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
