import { Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language.ts';
import type { ProcedureStep } from './procedures.api.ts';
import { DECISION_COLORS, useProcedureLabels } from './procedure-labels.ts';

/** Every step of the procedure: who decided, when, what and why; a waiting step shows its deadline. */
export function ProcedureTimeline({ steps }: { steps: readonly ProcedureStep[] }) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const isZh = useLanguage().language === 'zh-CN';
  return (
    <Timeline
      className="procedure-timeline"
      items={steps.map((s) => ({
        key: s.id,
        color: s.decision ? (s.decision === 'approved' ? 'green' : s.decision === 'rejected' ? 'red' : 'orange') : 'blue',
        children: (
          <div>
            <Typography.Text strong>{labels.step(s.step)}</Typography.Text>{' '}
            {s.decision ? <Tag color={DECISION_COLORS[s.decision]}>{labels.decision(s.decision)}</Tag> : <Tag color="processing">{t('procedures.timeline.waiting')}</Tag>}
            <div className="procedure-muted">
              {s.decision
                ? t('procedures.timeline.decided', { on: s.decidedOn ?? '', who: s.actorName ?? '', role: labels.role(s.actorRole) })
                : t('procedures.timeline.owner', { role: labels.role(s.ownerRole), started: s.startedOn, due: s.dueOn })}
            </div>
            {s.noticeStartsOn && <div>{t('procedures.timeline.noticePeriod', { from: s.noticeStartsOn, to: s.noticeEndsOn ?? '' })}</div>}
            {s.reason && <div>{t('procedures.timeline.reason', { reason: s.reason })}</div>}
            {s.evaluation && (
              <div>
                {t('procedures.timeline.evaluation', { year: s.evaluation.year, summary: isZh ? s.evaluation.summary.zh : s.evaluation.summary.en })}
                <ul className="procedure-reasons">{s.evaluation.reasons.map((r) => <li key={r.rule}>{isZh ? r.zh : r.en}</li>)}</ul>
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}
