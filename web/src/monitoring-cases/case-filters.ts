import {
  type CaseFlag, caseFlags, type CodeList, type DiscoveryChannel, discoveryChannels, type MonitoringCaseState, monitoringCaseStates,
  type MonitoringCaseType, monitoringCaseTypes, type RiskType, riskTypes,
} from '@fupin/core';

/** The list's filters kept in the address, so the map and the counts can link to a filtered list. */
export interface CaseListParams {
  view: 'mine' | 'all';
  state?: MonitoringCaseState | undefined;
  flag?: CaseFlag | undefined;
  type?: MonitoringCaseType | undefined;
  riskType?: RiskType | undefined;
  channel?: DiscoveryChannel | undefined;
  openOnly: boolean;
  page: number;
}

export const FILTER_NAMES = ['state', 'flag', 'type', 'riskType', 'channel'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

const LISTS = { state: monitoringCaseStates, flag: caseFlags, type: monitoringCaseTypes, riskType: riskTypes, channel: discoveryChannels } as const;

export function filterCodes(name: FilterName): readonly string[] {
  return LISTS[name].codes;
}

function known<C extends string>(list: CodeList<C>, value: string | null): C | undefined {
  return value !== null && list.has(value) ? value : undefined;
}

/** Reads the filters from the address; an unknown code is ignored rather than sent. */
export function readCaseListParams(params: URLSearchParams): CaseListParams {
  const page = Number(params.get('page') ?? '1');
  return {
    view: params.get('view') === 'mine' ? 'mine' : 'all',
    state: known(monitoringCaseStates, params.get('state')),
    flag: known(caseFlags, params.get('flag')),
    type: known(monitoringCaseTypes, params.get('type')),
    riskType: known(riskTypes, params.get('riskType')),
    channel: known(discoveryChannels, params.get('channel')),
    openOnly: params.get('open') === 'true',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Writes one change into the address; any change but the page goes back to the first page. */
export function writeCaseListParam(previous: URLSearchParams, name: FilterName | 'view' | 'open' | 'page', value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(previous);
  if (value === undefined || value === '') next.delete(name);
  else next.set(name, value);
  if (name !== 'page') next.delete('page');
  return next;
}
