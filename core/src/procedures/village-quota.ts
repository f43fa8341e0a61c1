/** A village's identification quota (规模分解) for a year, set by the county, and how much of it is used. */
export interface QuotaUsage {
  readonly quota: number | null;
  /** Households registered through identification in the village that year. */
  readonly registered: number;
  /** Applications still in progress. */
  readonly inProgress: number;
  /** Places left (never below 0); null without a quota. */
  readonly remaining: number | null;
  readonly isReached: boolean;
}

export function computeQuotaUsage(quota: number | null, registered: number, inProgress: number): QuotaUsage {
  const remaining = quota === null ? null : Math.max(0, quota - registered);
  return { quota, registered, inProgress, remaining, isReached: remaining === 0 };
}

/** The county's approval registers one more household: refused once the quota is used up. */
export function canApproveWithinQuota(usage: QuotaUsage): boolean {
  return usage.quota === null || usage.registered < usage.quota;
}
