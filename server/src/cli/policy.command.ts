import type { Command } from 'commander';
import { cliActor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors/app-error.ts';
import type { PolicyInForceItem } from '../features/policy/policy.presenter.ts';
import { getPolicyInForce, setPolicyValue } from '../features/policy/policy.service.ts';
import { withAppContext } from './cli-context.ts';

/** A value as a person reads it: yuan for money, per cent for rates, 是/否 for flags, rows for tables. */
export function formatPolicyValue(item: Pick<PolicyInForceItem, 'kind' | 'value'>): string {
  const { value } = item;
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') {
    if (item.kind === 'money') return `${(value / 100).toFixed(2).replace(/\.00$/, '')} 元`;
    if (item.kind === 'rate') return `${Number((value * 100).toFixed(4))} %`;
    return String(value);
  }
  return value.map((row) => Object.entries(row).map(([k, v]) => (typeof v === 'number' && /amount|cap/i.test(k) ? `${k}=${v / 100}元` : `${k}=${String(v)}`)).join(' ')).join('; ');
}

/** Columns a text takes in a terminal: Chinese characters take two. */
function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
}

function originText(item: PolicyInForceItem): string {
  if (!item.origin) return '—';
  const place = item.origin.regionCode === '' ? '全国' : `${item.origin.regionCode} ${item.origin.regionName ?? ''}`.trim();
  return item.origin.layer === 'stored' ? `${place} *` : place;
}

export async function runPolicyShow(ctx: AppContext, options: { region: string; year: string }): Promise<string> {
  const year = Number(options.year);
  if (!Number.isInteger(year)) throw new AppError('VALIDATION_FAILED', 'the year must be a whole number', { field: 'year' });
  const result = await getPolicyInForce(ctx, cliActor(), options.region, year);
  const rows = result.values.map((v) => [v.key, formatPolicyValue(v), originText(v), v.source ?? '']);
  const header = ['parameter', 'value', 'origin', 'source'];
  const widths = [0, 1, 2].map((i) => Math.min(48, Math.max(...[header, ...rows].map((r) => displayWidth(r[i] ?? '')))));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c + ' '.repeat(Math.max(1, (widths[i] ?? 0) - displayWidth(c) + 2)) : c)).join('').trimEnd();
  return [
    `policy in force for ${result.regionCode} ${result.regionName ?? ''} in ${result.year} (defaults ${result.defaultsVersion}; * = set by a region)`,
    line(header), ...rows.map(line), '',
  ].join('\n');
}

export interface PolicySetOptions { region: string; parameter: string; from: string; to?: string | undefined; value: string; source: string }

export async function runPolicySet(ctx: AppContext, options: PolicySetOptions): Promise<string> {
  let value: unknown;
  try {
    value = JSON.parse(options.value);
  } catch {
    throw new AppError('POLICY_VALUE_INVALID', 'the value must be JSON: a number (fen for money), true/false, or a list of rows', { field: 'value' });
  }
  const version = await setPolicyValue(ctx, cliActor(), {
    regionCode: options.region === 'national' ? '' : options.region, parameter: options.parameter,
    validFrom: Number(options.from), validTo: options.to === undefined ? null : Number(options.to), value, source: options.source,
  });
  return `set ${version.parameter} for ${version.regionCode || 'national'} from ${version.validFrom}${version.validTo === null ? '' : ` to ${version.validTo}`}: ${options.value} (version ${version.id})\n`;
}

export function registerPolicyCommands(program: Command): void {
  const policy = program.command('policy').description('standards and benefit rules by region and year');
  policy.command('show')
    .description('print every parameter in force for a region and year and where each value comes from')
    .requiredOption('--region <code>', 'region code, e.g. 150602')
    .requiredOption('--year <year>', 'the year, e.g. 2023')
    .action(async (options: { region: string; year: string }) => {
      process.stdout.write(await withAppContext((ctx) => runPolicyShow(ctx, options)));
    });
  policy.command('set')
    .description('set a region\'s value for a span of years (the same first year replaces the earlier version, which is kept)')
    .requiredOption('--region <code>', 'national, or a province, city or county code')
    .requiredOption('--parameter <key>', 'parameter key, e.g. monitoringThreshold')
    .requiredOption('--from <year>', 'first year the value applies')
    .option('--to <year>', 'last year (default: open-ended)')
    .requiredOption('--value <json>', 'JSON value: money in fen (700000), a rate (0.02), true/false, or table rows')
    .requiredOption('--source <text>', 'the document the value comes from')
    .action(async (options: PolicySetOptions) => {
      process.stdout.write(await withAppContext((ctx) => runPolicySet(ctx, options)));
    });
}
