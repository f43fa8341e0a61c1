/** Tables of return-to-poverty monitoring (migration 2026-11-23-0010-monitoring). */
export interface MonitoringTables {
  feedBatches: FeedBatchTable;
  feedRecords: FeedRecordTable;
  monitoringRuleSettings: MonitoringRuleSettingTable;
  monitoringScans: MonitoringScanTable;
  monitoringAlerts: MonitoringAlertTable;
}

export interface FeedBatchTable {
  id: string;
  kind: string;
  regionCode: string;
  department: string | null;
  fileName: string;
  checksum: string;
  via: string;
  submittedBy: string;
  submittedByName: string;
  submittedAt: string;
  rowsTotal: number;
  rowsInvalid: number;
  rowsUnmatched: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  issueCount: number;
  /** JSON array of row issues (the first ones; issueCount says how many in all). */
  issues: string;
}

export interface FeedRecordTable {
  id: string;
  kind: string;
  rowKey: string;
  batchId: string;
  memberId: number;
  householdId: number;
  villageCode: string;
  eventDate: string;
  amount: number | null;
  amount2: number | null;
  code: string | null;
  /** JSON object of the feed's other columns. */
  detail: string;
  contentHash: string;
  createdAt: string;
  updatedAt: string;
}

export interface MonitoringRuleSettingTable {
  regionCode: string;
  year: number;
  rule: string;
  /** 1, 0, or null to inherit. */
  enabled: number | null;
  /** JSON object of the parameters this region sets. */
  params: string;
  sourceRef: string | null;
  updatedBy: string;
  updatedAt: string;
}

export interface MonitoringScanTable {
  id: string;
  regionCode: string;
  asOf: string;
  incomeYear: number | null;
  trigger: string;
  status: string;
  stepsTotal: number;
  stepsDone: number;
  currentStep: string | null;
  hits: number;
  alertsRaised: number;
  /** Open alerts the scan found again, changed or not (only those that changed are written). */
  alertsAttached: number;
  /** Open alerts of its region the scan no longer found. */
  alertsCleared: number;
  /** JSON: the rule settings in force for the scan. */
  settings: string;
  error: string | null;
  startedBy: string;
  startedAt: string;
  /** When the scan last moved: started, began a county, wrote one, ended. */
  progressedAt: string;
  finishedAt: string | null;
}

export interface MonitoringAlertTable {
  id: string;
  householdId: number;
  villageCode: string;
  riskType: string;
  status: string;
  caseId: string | null;
  /** JSON array of the rules that fired. */
  rules: string;
  /** JSON array of reasons (core MonitoringReason) as last raised. */
  reasons: string;
  firstScanId: string;
  /** The scan that last raised it: first found, found with other reasons, or found again after being cleared. */
  lastScanId: string;
  raisedAt: string;
  lastRaisedAt: string;
  /** How many times it was raised in that sense (a scan finding it unchanged does not count). */
  raisedCount: number;
  /** The scan over its region that no longer found it, and when; empty while scans still find it. */
  clearedScanId: string | null;
  clearedAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
  closeNote: string | null;
}
