import { CheckCircleFilled, CloseCircleFilled, InfoCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language.ts';
import type { Decision, DecisionReason } from './evaluations.api.ts';

const OUTCOME_COLOR: Readonly<Record<string, string>> = {
  eligible: 'green', above: 'green', secured: 'green', entitled: 'blue', poorVillage: 'orange',
  notEligible: 'red', notAbove: 'red', notSecured: 'red', notPoorVillage: 'default', insufficientData: 'gold', none: 'default',
};
const ICON = {
  pass: <CheckCircleFilled className="reason__icon reason__icon--pass" />,
  fail: <CloseCircleFilled className="reason__icon reason__icon--fail" />,
  info: <InfoCircleFilled className="reason__icon reason__icon--info" />,
  missing: <QuestionCircleFilled className="reason__icon reason__icon--missing" />,
} as const;

export function OutcomeTag({ outcome }: { outcome: string }) {
  const { t } = useTranslation();
  const key = `evaluations.outcome.${outcome}`;
  const label = t(key, { defaultValue: outcome });
  return <Tag color={OUTCOME_COLOR[outcome] ?? 'default'}>{label}</Tag>;
}

/** One reason in plain words, with the policy value it rests on and where that comes from. */
export function ReasonItem({ reason }: { reason: DecisionReason }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <li className={`reason reason--${reason.outcome}`}>
      <span className="reason__head">
        {ICON[reason.outcome]}
        <span className="visually-hidden">{t(`evaluations.reason.${reason.outcome}`)}</span>
        <span className="reason__text">{language === 'zh-CN' ? reason.text.zh : reason.text.en}</span>
      </span>
      {reason.policy.map((p) => (
        <span key={p.parameter} className="reason__basis">
          {t('evaluations.basis', { parameter: p.parameter, region: p.regionCode === '' ? t('evaluations.national') : p.regionCode, source: p.source })}
        </span>
      ))}
    </li>
  );
}

/** A decision: its outcome and the reasons that led to it. */
export function DecisionView({ decision, title }: { decision: Decision; title: string }) {
  const { language } = useLanguage();
  return (
    <section className="decision" aria-label={title}>
      <h3 className="decision__title">{title} <OutcomeTag outcome={decision.outcome} /></h3>
      <p className="decision__summary">{language === 'zh-CN' ? decision.text.zh : decision.text.en}</p>
      <ul className="decision__reasons">{decision.reasons.map((r, i) => <ReasonItem key={`${r.rule}-${i}`} reason={r} />)}</ul>
    </section>
  );
}
