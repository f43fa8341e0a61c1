import { describe, expect, it } from 'vitest';
import { POLICY_PARAMETERS } from './policy-catalogue.ts';
import { parsePolicyDefaults, POLICY_DEFAULTS } from './policy-defaults.ts';
import { policyRegionChain, resolvePolicy, resolvePolicyValue } from './policy-resolution.ts';
import type { PolicyEntry } from './policy-types.ts';
import { validatePolicyEntries, validatePolicyEntry } from './policy-validation.ts';

const stored = (e: Omit<PolicyEntry, 'layer' | 'source'> & { source?: string }): PolicyEntry => ({ source: 'county notice', layer: 'stored', ...e });

describe('the shipped defaults', () => {
  it('validate, and every parameter has a Chinese and an English label', () => {
    expect(POLICY_DEFAULTS.entries.length).toBeGreaterThan(50);
    expect(POLICY_DEFAULTS.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    for (const p of POLICY_PARAMETERS) {
      expect(p.zh).toMatch(/\p{Script=Han}/u);
      expect(p.en.length).toBeGreaterThan(0);
    }
    expect(POLICY_DEFAULTS.entries.every((e) => e.source.length > 0)).toBe(true);
  });

  it.each([
    [2013, 273_600], [2014, 280_000], [2015, 285_500], [2016, 295_200], [2017, 295_200], [2018, 299_500], [2019, 321_800], [2020, 400_000],
  ])('the national poverty line of %i is %i fen', (year, fen) => {
    expect(resolvePolicyValue(POLICY_DEFAULTS.entries, '150602', year, 'povertyLine')).toMatchObject({ value: fen, regionCode: '' });
  });

  it('carries the 2021 monitoring threshold forward and knows the local examples', () => {
    expect(resolvePolicyValue(POLICY_DEFAULTS.entries, '150602', 2024, 'monitoringThreshold')).toMatchObject({ value: 600_000, regionCode: '', validFrom: 2021 });
    expect(resolvePolicyValue(POLICY_DEFAULTS.entries, '530102', 2025, 'monitoringThreshold')).toMatchObject({ value: 870_000, regionCode: '53' });
    expect(resolvePolicyValue(POLICY_DEFAULTS.entries, '350526', 2024, 'monitoringThreshold')).toMatchObject({ value: 1_956_000, regionCode: '350526' });
    expect(resolvePolicyValue(POLICY_DEFAULTS.entries, '350526', 2023, 'monitoringThreshold')).toMatchObject({ value: 600_000, regionCode: '' });
  });

  it('keeps which provinces count as west as data, inherited by their counties', () => {
    expect(resolvePolicyValue(POLICY_DEFAULTS.entries, '150602', 2020, 'isWesternRegion')).toMatchObject({ value: true, regionCode: '15' });
    expect(resolvePolicyValue(POLICY_DEFAULTS.entries, '520102', 2020, 'isWesternRegion')).toMatchObject({ value: true, regionCode: '52' });
    expect(resolvePolicyValue(POLICY_DEFAULTS.entries, '110101', 2020, 'isWesternRegion')).toMatchObject({ value: false, regionCode: '' });
  });

  it('a Guizhou county takes the provincial line of 2018', () => {
    expect(resolvePolicyValue(POLICY_DEFAULTS.entries, '520102', 2018, 'povertyLine')).toMatchObject({ value: 353_500, regionCode: '52' });
  });
});

describe('inheritance national → province → city → county', () => {
  const entries: PolicyEntry[] = [
    ...POLICY_DEFAULTS.entries,
    stored({ regionCode: '15', parameter: 'monitoringThreshold', validFrom: 2022, validTo: null, value: 650_000 }),
    stored({ regionCode: '1506', parameter: 'monitoringThreshold', validFrom: 2023, validTo: 2023, value: 680_000 }),
    stored({ regionCode: '150602', parameter: 'monitoringThreshold', validFrom: 2024, validTo: null, value: 720_000, id: 'v1' }),
    stored({ regionCode: '', parameter: 'exit.approvalRateMin', validFrom: 2013, validTo: null, value: 0.95 }),
  ];

  it.each([
    ['150602', 2021, 600_000, ''],
    ['150602', 2022, 650_000, '15'],
    ['150602', 2023, 680_000, '1506'],
    ['150602', 2024, 720_000, '150602'],
    ['150602101201', 2024, 720_000, '150602'],
    ['150603', 2024, 650_000, '15'],
    ['110101', 2024, 600_000, ''],
  ])('%s in %i: %i fen from "%s"', (region, year, value, origin) => {
    expect(resolvePolicyValue(entries, region, year, 'monitoringThreshold')).toMatchObject({ value, regionCode: origin });
  });

  it('a stored value wins over the shipped default at the same level', () => {
    expect(resolvePolicyValue(entries, '150602', 2020, 'exit.approvalRateMin')).toMatchObject({ value: 0.95, layer: 'stored' });
  });

  it('resolves everything in force at once, with origins', () => {
    const policy = resolvePolicy(entries, '150602', 2023);
    expect(policy.values['monitoringThreshold']).toMatchObject({ regionCode: '1506' });
    expect(policy.values['socialAssistance.dibaoMonthly']).toMatchObject({ regionCode: '150602', validFrom: 2023 });
    expect(policy.values['povertyLine']).toBeUndefined();
    expect(policyRegionChain('150602101201')).toEqual(['150602', '1506', '15', '']);
  });
});

describe('bad policy data is refused with a clear error', () => {
  it('an unknown parameter', () => {
    expect(validatePolicyEntry({ regionCode: '150602', parameter: 'povertyLin', validFrom: 2023, validTo: null, value: 1 }))
      .toEqual([{ code: 'POLICY_PARAMETER_UNKNOWN', field: 'parameter', message: 'unknown policy parameter "povertyLin"' }]);
  });

  it.each([
    ['povertyLine', 4000.5, 'value', 'whole fen'],
    ['povertyLine', '400000', 'value', 'whole fen'],
    ['povertyLine', -1, 'value', 'at least 0'],
    ['exit.incidenceLimit', true, 'value', 'a number'],
    ['exit.incidenceLimit', 3, 'value', 'at most 1'],
    ['isWesternRegion', 1, 'value', 'true or false'],
    ['microloan.maxTermYears', 2.5, 'value', 'a whole number'],
    ['socialAssistance.dibaoMonthly', 63_500, 'value', 'list of rows'],
    ['socialAssistance.dibaoMonthly', [{ area: 'village', amount: 63_500 }], 'value.0.area', 'one of urban, rural'],
    ['socialAssistance.dibaoMonthly', [{ area: 'rural', amount: '635' }], 'value.0.amount', 'whole fen'],
    ['socialAssistance.dibaoMonthly', [{ area: 'rural', amount: 63_500, note: 'x' }], 'value.0.note', 'no column note'],
    ['education.universityAid', [{ group: 'poorFamily', entryFrom: null, entryTo: null, level: 'bachelor', amountPerYear: 500_000 }], 'value.0.cap', 'whole fen'],
  ])('%s = %j is a value of the wrong kind', (parameter, value, field, text) => {
    const issues = validatePolicyEntry({ regionCode: '150602', parameter, validFrom: 2023, validTo: null, value });
    expect(issues[0]).toMatchObject({ code: 'POLICY_VALUE_INVALID', field });
    expect(issues[0]?.message).toContain(text);
  });

  it('periods that overlap for one region and parameter', () => {
    const issues = validatePolicyEntries([
      stored({ regionCode: '150602', parameter: 'monitoringThreshold', validFrom: 2022, validTo: null, value: 700_000 }),
      stored({ regionCode: '150602', parameter: 'monitoringThreshold', validFrom: 2024, validTo: 2024, value: 710_000 }),
      stored({ regionCode: '1506', parameter: 'monitoringThreshold', validFrom: 2024, validTo: 2024, value: 710_000 }),
      stored({ regionCode: '150602', parameter: 'povertyLine', validFrom: 2019, validTo: 2020, value: 410_000 }),
    ]);
    expect(issues).toEqual([expect.objectContaining({ code: 'POLICY_PERIOD_OVERLAP', field: 'entries.1.validFrom' })]);
    expect(issues[0]?.message).toContain('overlaps entry 0 (2022–)');
  });

  it('a period that ends before it starts, and a township as region', () => {
    const issues = validatePolicyEntry({ regionCode: '150602101', parameter: 'povertyLine', validFrom: 2020, validTo: 2019, value: 400_000 });
    expect(issues.map((i) => i.field)).toEqual(['regionCode', 'validTo']);
  });

  it('a defaults file with a bad entry is refused as a whole', () => {
    const { defaults, issues } = parsePolicyDefaults({ version: 'x', entries: [
      { regionCode: '', parameter: 'povertyLine', validFrom: 2020, validTo: 2020, value: 400_000, source: 's' },
      { regionCode: '', parameter: 'nope', validFrom: 2020, validTo: 2020, value: 1, source: 's' },
    ] });
    expect(defaults.entries).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: 'POLICY_PARAMETER_UNKNOWN', field: 'entries.1.parameter' })]);
  });
});
