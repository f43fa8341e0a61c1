import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/test-context.ts';
import { runPolicySet, runPolicyShow } from './policy.command.ts';

describeEachEngine('fupin policy', (t) => {
  it('shows what is in force for 150602 in 2023 with origin and source', async () => {
    const out = await runPolicyShow(t().ctx, { region: '150602', year: '2023' });
    expect(out).toContain('policy in force for 150602 东胜区 in 2023');
    const line = (key: string) => out.split('\n').find((l) => l.startsWith(`${key} `)) ?? '';
    expect(line('monitoringThreshold')).toMatch(/^monitoringThreshold\s+6000 元\s+全国\s+policy\.md §3/);
    expect(line('isWesternRegion')).toMatch(/是\s+15 内蒙古自治区/);
    expect(line('exit.incidenceLimitWest')).toContain('3 %');
    expect(line('socialAssistance.dibaoMonthly')).toContain('area=rural amount=635元');
  });

  it('sets a value that show then prints as the county\'s own, and refuses a bad one', async () => {
    const set = await runPolicySet(t().ctx, { region: '150602', parameter: 'monitoringThreshold', from: '2023', to: '2023', value: '720000', source: '东胜区文件' });
    expect(set).toContain('set monitoringThreshold for 150602 from 2023 to 2023');
    const out = await runPolicyShow(t().ctx, { region: '150602', year: '2023' });
    expect(out.split('\n').find((l) => l.startsWith('monitoringThreshold '))).toMatch(/7200 元\s+150602 东胜区 \*\s+东胜区文件/);
    await expect(runPolicySet(t().ctx, { region: '150602', parameter: 'monitoringThreshold', from: '2023', value: 'seven', source: 'x' })).rejects.toMatchObject({ code: 'POLICY_VALUE_INVALID' });
    await expect(runPolicySet(t().ctx, { region: '150602', parameter: 'nope', from: '2023', value: '1', source: 'x' })).rejects.toMatchObject({ code: 'POLICY_PARAMETER_UNKNOWN' });
  });
});
