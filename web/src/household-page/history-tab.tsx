import { useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { Button, Empty, Skeleton, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { useCodes } from '../codes/use-codes.ts';
import { formatDate, formatDateTime } from '../format/date.ts';
import { formatFen } from '../format/money.ts';
import type { FieldKey } from '../household-form/field-label.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { zhCN } from '../i18n/messages.ts';
import { useProcedureLabels } from '../procedures/procedure-labels.ts';
import { regionQuery } from '../regions/regions.queries.ts';
import { describeChanges, type ValueText } from './history-changes.ts';
import { type HistoryEntry, historyQuery, householdQuery } from './household.queries.ts';

const FIELD_ORDER = Object.keys(zhCN.householdFields);
const FIELD_KEYS = new Set<string>(FIELD_ORDER);
const isFieldKey = (field: string): field is FieldKey => FIELD_KEYS.has(field);
const ACTIONS = ['create', 'update', 'moveOut'] as const;
const ENTITIES = ['household', 'member', 'income', 'basicNeedsCheck'] as const;

/** The names of the villages the history mentions (a household can move between villages). */
function useVillageNames(entries: readonly HistoryEntry[]): ReadonlyMap<string, string> {
  const codes = [...new Set(entries.flatMap((e) => e.changes.filter((c) => c.field === 'villageCode').flatMap((c) => [c.before, c.after]))
    .filter((c): c is string => typeof c === 'string'))];
  const regions = useQueries({ queries: codes.map((code) => regionQuery(code)) });
  return new Map(regions.flatMap((r) => (r.data ? [[r.data.code, r.data.name] as const] : [])));
}

function useValueText(villageNames: ReadonlyMap<string, string>): ValueText {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  return useMemo(() => {
    const listFormat = new Intl.ListFormat(language, { type: 'conjunction' });
    return {
      fieldLabel: (field) => (isFieldKey(field) ? t(`householdFields.${field}`) : undefined),
      codeLabel: (list, code) => codes.label(list, code),
      money: (fen) => formatFen(fen, language),
      date: (iso) => formatDate(iso, language),
      yesNo: (value) => (value ? t('common.yes') : t('common.no')),
      list: (items) => listFormat.format(items),
      mu: (value) => t('householdPage.mu', { value }),
      km: (value) => t('householdPage.km', { value }),
      regionName: (code) => villageNames.get(code) ?? code,
      order: (field) => {
        const index = FIELD_ORDER.indexOf(field);
        return index < 0 ? FIELD_ORDER.length : index;
      },
      none: t('common.none'),
    };
  }, [t, language, codes, villageNames]);
}

const PROCEDURE_SOURCE = 'procedure:';

/** Where a change came from: a record source, or the procedure whose step made it (with a way to it). */
function SourceTag({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const labels = useProcedureLabels();
  if (!entry.source) return null;
  if (!entry.source.startsWith(PROCEDURE_SOURCE)) return <Tag>{codes.label('recordSource', entry.source)}</Tag>;
  const text = t('householdPage.history.byProcedure', { procedure: labels.kind(entry.source.slice(PROCEDURE_SOURCE.length)) });
  return <Tag color="blue">{entry.sourceId ? <Link to={`/procedures/${entry.sourceId}`}>{text}</Link> : text}</Tag>;
}

function HistoryItem({ entry, subject, text }: { entry: HistoryEntry; subject: string | undefined; text: ValueText }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rows = describeChanges(entry.changes, text);
  const isFirstImage = entry.changes.every((c) => c.before === null || c.before === undefined);
  const knownAction = ACTIONS.find((a) => a === entry.action);
  const knownEntity = ENTITIES.find((e) => e === entry.entityType);
  const action = knownAction ? t(`householdPage.history.action.${knownAction}`) : entry.action;
  const entity = knownEntity ? t(`householdPage.history.entity.${knownEntity}`) : entry.entityType;
  return (
    <li className="history-item">
      <div className="history-item__head">
        <strong>{[action, entity, subject].filter(Boolean).join(' · ')}</strong>
        <SourceTag entry={entry} />
      </div>
      <div className="history-item__meta">
        {t('householdPage.history.byAt', { who: entry.actor.name, at: formatDateTime(entry.at, language) })}
      </div>
      {rows.length === 0 && <p className="history-item__none">{t('householdPage.history.noFieldChanges')}</p>}
      {rows.length > 0 && (
        <table className="history-changes">
          <thead>
            {isFirstImage
              ? <tr><th scope="col">{t('householdPage.history.field')}</th><th scope="col">{t('householdPage.history.value')}</th></tr>
              : <tr><th scope="col">{t('householdPage.history.field')}</th><th scope="col">{t('householdPage.history.before')}</th><th scope="col">{t('householdPage.history.after')}</th></tr>}
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {!isFirstImage && <td className="history-changes__before">{r.before}</td>}
                <td>{!isFirstImage && <span aria-hidden="true" className="history-changes__arrow">→ </span>}{r.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

/** Who changed what in the household and when, newest first, field by field. */
export default function HistoryTab({ householdId }: { householdId: number }) {
  const { t } = useTranslation();
  const history = useInfiniteQuery(historyQuery(householdId));
  const text = useValueText(useVillageNames(history.data?.pages.flatMap((p) => p.entries) ?? []));
  const household = useQuery(householdQuery(householdId));
  const names = useMemo(() => new Map((household.data?.members ?? []).map((m) => [m.id, m.name])), [household.data]);

  if (history.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (history.isError) return <LoadFailed title={t('householdPage.history.loadFailed')} error={history.error} onRetry={() => void history.refetch()} />;
  const entries = history.data.pages.flatMap((p) => p.entries);
  if (entries.length === 0) return <Empty description={t('householdPage.history.none')} />;
  const subjectOf = (e: HistoryEntry) => {
    if (e.entityType === 'member') {
      const named = e.changes.find((c) => c.field === 'name');
      return names.get(Number(e.entityId)) ?? (typeof named?.after === 'string' ? named.after : typeof named?.before === 'string' ? named.before : undefined);
    }
    const year = e.changes.find((c) => c.field === 'year')?.after;
    return e.entityType === 'income' && typeof year === 'number' ? t('householdPage.history.year', { year }) : undefined;
  };
  return (
    <div className="household-tab">
      <ol className="history-list">
        {entries.map((e) => <HistoryItem key={`${e.seq ?? 'created'}-${e.entityId}`} entry={e} subject={subjectOf(e)} text={text} />)}
      </ol>
      {history.hasNextPage && (
        <Button block onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>{t('householdPage.history.more')}</Button>
      )}
    </div>
  );
}
