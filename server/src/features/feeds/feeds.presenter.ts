import { feedKinds, type FeedKind } from '@fupin/core';
import type { FeedBatchRow } from './feeds.repository.ts';
import type { FeedBatchSummaryView, FeedBatchView, FeedIssue } from './feeds.schemas.ts';

const asKind = (kind: string): FeedKind => (feedKinds.has(kind) ? kind : 'medicalCosts');
const asVia = (via: string): FeedBatchSummaryView['via'] => (via === 'token' || via === 'cli' ? via : 'session');

export function presentFeedBatchSummary(row: FeedBatchRow): FeedBatchSummaryView {
  return {
    id: row.id, kind: asKind(row.kind), fileName: row.fileName, checksum: row.checksum, regionCode: row.regionCode,
    department: row.department, via: asVia(row.via), submittedByName: row.submittedByName, submittedAt: row.submittedAt,
    rows: {
      total: row.rowsTotal, invalid: row.rowsInvalid, unmatched: row.rowsUnmatched,
      inserted: row.rowsInserted, updated: row.rowsUpdated, unchanged: row.rowsUnchanged,
    },
    issueCount: row.issueCount,
  };
}

export function presentFeedBatch(row: FeedBatchRow, isRepeat: boolean): FeedBatchView {
  return { ...presentFeedBatchSummary(row), issues: JSON.parse(row.issues) as FeedIssue[], isRepeat };
}
