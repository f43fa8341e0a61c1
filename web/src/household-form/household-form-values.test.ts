import { describe, expect, it } from 'vitest';
import { emptyHousehold, type Household, householdToFormValues, isEmptyPatch, toHouseholdInput, toHouseholdPatch } from './household-form-values.ts';
import { emptyMember, type Member, memberToFormValues, toMemberInput, toMemberPatch } from './member-form-values.ts';

const household: Household = {
  id: 1, householdNo: '1506021012010001', villageCode: '150602101201', villageName: '九大股村', villageGroup: '一组', address: null, phone: null,
  bankAccountMasked: '************1234', headMemberId: 1, headName: '王建国', memberCount: 2, householdType: 'general', identificationStandard: 'national',
  povertyStatus: 'poor', yearIdentified: 2015, yearExited: null, mainCause: 'illness', otherCauses: ['labour'], isMilitaryFamily: false, isSingleChildFamily: false,
  relocationKind: 'none', relocationPlace: null, housingGrade: 'B', housingRenovatedYear: null, isWaterSafe: true, hasSanitaryToilet: false,
  isCooperativeMember: false, hasElectricity: true, roadDistanceKm: 1.5, cultivatedLandMu: 12.5, irrigatedLandMu: 0, forestMu: 0, grasslandMu: 0,
  version: 3, createdAt: '', createdBy: '', updatedAt: '', updatedBy: '', members: [],
};

const member: Member = {
  id: 2, householdId: 1, name: '李秀兰', idNumberMasked: '1506**********0026', gender: 'female', birthDate: '1985-03-12', relationToHead: 'spouse',
  ethnicity: '01', education: null, schoolStatus: 'notInSchool', schoolGrade: null, healthStatus: 'healthy', disabilityGrade: 'none', laborCapacity: 'ordinary',
  employmentKind: 'inCounty', employmentPlace: '东胜区', employedMonths: 6, employmentIncome: 1_200_050, hasMedicalInsurance: true, hasPensionInsurance: false,
  hasCommercialInsurance: false, receivesDibao: false, receivesExtremePovertySupport: false, phone: null, isDeceased: false, movedInOn: null, movedOutOn: null,
  isBoarding: null, universityEntryYear: null, studiesOutOfRegion: null, isOrphan: false,
};

describe('the household form and the API', () => {
  it('sends a new household with its members, blanks as null and money in fen', () => {
    const values = emptyHousehold('150602101201');
    values.householdNo = ' 1506021012019999 ';
    values.householdType = 'general';
    values.povertyStatus = 'poor';
    values.bankAccount = '6228 4800 1234';
    values.members = [{ ...emptyMember('self'), name: '王建国 ', idNumber: '11010519491231002x', laborCapacity: 'ordinary', employmentIncome: '12000.5' }];
    const input = toHouseholdInput(values);
    expect(input).toMatchObject({ householdNo: '1506021012019999', villageGroup: null, address: null, bankAccount: '622848001234', otherCauses: [] });
    expect(input.members[0]).toMatchObject({ name: '王建国', idNumber: '11010519491231002X', relationToHead: 'self', employmentIncome: 1_200_050, phone: null });
    expect(input.members[0]).not.toHaveProperty('gender');
  });

  it('sends on edit only what changed, with the version read', () => {
    const values = householdToFormValues(household);
    expect(isEmptyPatch(toHouseholdPatch(household, values))).toBe(true);
    values.povertyStatus = 'exited';
    values.yearExited = 2020;
    values.otherCauses = ['labour', 'skills'];
    expect(toHouseholdPatch(household, values)).toEqual({ version: 3, source: 'entry', povertyStatus: 'exited', yearExited: 2020, otherCauses: ['labour', 'skills'] });
  });

  it('keeps the bank account on file unless a new one is typed', () => {
    const values = householdToFormValues(household);
    expect(values.bankAccount).toBe('');
    expect(toHouseholdPatch(household, values)).not.toHaveProperty('bankAccount');
    values.bankAccount = '6228480012345678';
    expect(toHouseholdPatch(household, values).bankAccount).toBe('6228480012345678');
  });

  it('edits a member by sending only the changes; a blank ID number keeps the one on file', () => {
    const values = memberToFormValues(member);
    expect(values.employmentIncome).toBe('12000.50');
    expect(toMemberPatch(member, values, 'visit')).toEqual({ source: 'visit' });
    values.employedMonths = 8;
    values.employmentIncome = '13000';
    values.idNumber = '150602198503120026';
    expect(toMemberPatch(member, values, 'visit')).toEqual({ source: 'visit', employedMonths: 8, employmentIncome: 1_300_000, idNumber: '150602198503120026' });
  });

  it('sends the education aid facts: boarding, entry year, out of region, orphan; a cleared choice is "not recorded"', () => {
    const values = { ...memberToFormValues(member), isBoarding: true, universityEntryYear: 2022, isOrphan: true, studiesOutOfRegion: undefined };
    expect(toMemberPatch(member, values, 'entry')).toEqual({ source: 'entry', isBoarding: true, universityEntryYear: 2022, isOrphan: true });
    const cleared = { ...memberToFormValues({ ...member, isBoarding: true }), isBoarding: undefined };
    expect(toMemberPatch({ ...member, isBoarding: true }, cleared, 'entry')).toEqual({ source: 'entry', isBoarding: null });
  });

  it('refuses to send a member without the choices the form requires', () => {
    expect(() => toMemberInput(emptyMember())).toThrow(RangeError);
  });
});
