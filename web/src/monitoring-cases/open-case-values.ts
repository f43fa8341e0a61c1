import type { DiscoveryChannel, MonitoringCaseType, RiskType } from '@fupin/core';
import { canUseGreenChannel } from './case-rules.ts';

/** What the open-a-case form holds. */
export interface OpenCaseValues {
  channel: DiscoveryChannel;
  householdId?: number | undefined;
  type?: MonitoringCaseType | undefined;
  risks?: RiskType[] | undefined;
  triggerNote?: string | undefined;
  discoveredOn?: string | undefined;
  greenChannel?: boolean | undefined;
}

/** The body of `POST /monitoring/cases` (MonitoringCaseOpen). */
export interface OpenCaseBody {
  channel: DiscoveryChannel;
  householdId?: number;
  alertIds?: string[];
  type: MonitoringCaseType;
  risks: RiskType[];
  triggerNote?: string;
  discoveredOn?: string;
  greenChannel: boolean;
}

/**
 * A household that has left poverty (or fell back) is "unstable after exit"; a disaster or an
 * accident makes a sudden hardship; anyone else is on the edge of poverty. The user can change it.
 */
export function suggestCaseType(povertyStatus: string | null | undefined, risks: readonly string[]): MonitoringCaseType {
  if (canUseGreenChannel(risks)) return 'suddenHardship';
  if (povertyStatus === 'exited' || povertyStatus === 'relapsed') return 'unstableExited';
  return 'edgeOfPoverty';
}

/** The risks of the picked alerts, each once, in the order they were picked (a case takes up to five). */
export function risksOfAlerts(alerts: readonly { riskType: RiskType }[]): RiskType[] {
  return [...new Set(alerts.map((a) => a.riskType))].slice(0, 5);
}

/** The form's values as the request body; a blank note or date is left out, the green channel only where it may apply. */
export function toOpenCaseBody(values: OpenCaseValues, alertIds: readonly string[]): OpenCaseBody {
  const risks = values.risks ?? [];
  const note = values.triggerNote?.trim();
  return {
    channel: values.channel,
    ...(values.householdId ? { householdId: values.householdId } : {}),
    ...(values.channel === 'departmentAlert' ? { alertIds: [...alertIds] } : {}),
    type: values.type ?? 'edgeOfPoverty',
    risks,
    ...(note ? { triggerNote: note } : {}),
    ...(values.discoveredOn ? { discoveredOn: values.discoveredOn } : {}),
    greenChannel: values.greenChannel === true && canUseGreenChannel(risks),
  };
}
