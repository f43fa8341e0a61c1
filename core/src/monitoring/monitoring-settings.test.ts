import { describe, expect, it } from 'vitest';
import { checkRuleParams, defaultRuleSettings, resolveRuleSettings, ruralDisposableIncome, type RuleSettingEntry } from './monitoring-settings.ts';

describe('defaultRuleSettings', () => {
  it('ships policy.md §3: 6000 yuan threshold, 50 % / 100 % of last year\'s rural income, 6000 / 10000 stays', () => {
    const d = defaultRuleSettings(2024);
    expect(d.incomeBelowThreshold.params.threshold).toBe(600_000);
    expect(d.medicalOutOfPocket.params).toEqual({ ruralDisposableIncome: 2_169_100, exitedOrMonitoredPercent: 50, othersPercent: 100 });
    expect(d.medicalSingleStay.params).toEqual({ monitoredLimit: 600_000, othersLimit: 1_000_000 });
    expect(Object.values(d).every((s) => s.enabled)).toBe(true);
  });
  it('carries the last known rural income forward', () => {
    expect(ruralDisposableIncome(2030)).toBe(2_311_900);
  });
});

describe('resolveRuleSettings', () => {
  const entries: RuleSettingEntry[] = [
    { regionCode: '15', year: 2022, rule: 'incomeDrop', enabled: null, params: { dropPercent: 40 } },
    { regionCode: '150602', year: 2023, rule: 'incomeDrop', enabled: null, params: { dropPercent: 35 } },
    { regionCode: '150602', year: 2025, rule: 'incomeDrop', enabled: null, params: { dropPercent: 20 } },
    { regionCode: '150602', year: 2024, rule: 'dropout', enabled: false, params: {} },
    { regionCode: '110101', year: 2020, rule: 'jobLoss', enabled: false, params: {} },
  ];
  it('takes the nearest region\'s latest entry up to the year, parameter by parameter', () => {
    const s = resolveRuleSettings(entries, '150602', 2024);
    expect(s.incomeDrop.params.dropPercent).toBe(35);
    expect(s.incomeDrop.sources.dropPercent).toBe('150602/2023');
    expect(s.dropout.enabled).toBe(false);
    expect(s.jobLoss.enabled).toBe(true);
    expect(s.jobLoss.sources.enabled).toBe('default');
  });
  it('inherits the province value in a sibling county and before the county set its own', () => {
    expect(resolveRuleSettings(entries, '150603', 2024).incomeDrop.params.dropPercent).toBe(40);
    expect(resolveRuleSettings(entries, '150602', 2022).incomeDrop.params.dropPercent).toBe(40);
    expect(resolveRuleSettings(entries, '150602', 2021).incomeDrop.params.dropPercent).toBe(30);
  });
  it('reads the thresholds the policy store owns from it, the previous year\'s rural income for the medical rule', () => {
    const policy = (key: string, year: number) => ({
      monitoringThreshold: { value: 1_956_000, source: '350526/2024' },
      'monitoring.medicalShareMonitored': { value: 0.4, source: 'national/2021' },
      ruralIncomePerCapita: year === 2023 ? { value: 2_000_000, source: '35/2023' } : undefined,
    } as Record<string, { value: number; source: string } | undefined>)[key];
    const s = resolveRuleSettings([{ regionCode: '350526', year: 2024, rule: 'incomeBelowThreshold', enabled: null, params: { threshold: 1 } }], '350526', 2024, policy);
    expect(s.incomeBelowThreshold.params.threshold).toBe(1_956_000);
    expect(s.incomeBelowThreshold.sources.threshold).toBe('policy:350526/2024');
    expect(s.medicalOutOfPocket.params).toEqual({ ruralDisposableIncome: 2_000_000, exitedOrMonitoredPercent: 40, othersPercent: 100 });
    expect(s.medicalSingleStay.sources.othersLimit).toBe('default');
  });
});

describe('checkRuleParams', () => {
  it('refuses unknown parameters and values out of range, naming the field', () => {
    expect(checkRuleParams('incomeDrop', { dropPercent: 25 })).toBeUndefined();
    expect(checkRuleParams('incomeDrop', { threshold: 1 })?.field).toBe('params.threshold');
    expect(checkRuleParams('incomeDrop', { dropPercent: 0 })?.field).toBe('params.dropPercent');
    expect(checkRuleParams('dangerousHousing', { includeGradeC: 2 })?.field).toBe('params.includeGradeC');
    expect(checkRuleParams('incomeBelowThreshold', { threshold: 700_000 })?.message).toMatch(/policy store/);
  });
});
