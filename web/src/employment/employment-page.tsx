import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { YearSelect } from '../programmes/year-select.tsx';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { EmploymentReportTab } from './employment-report-tab.tsx';
import { LabourTab } from './labour-tab.tsx';
import { JobsTab, PostsTab, TrainingTab } from './records-tabs.tsx';
import { AssistanceWorkshopsTab } from './assistance-workshops-tab.tsx';
import { ProgrammeNav } from '../programmes/programme-nav.tsx';
import '../programmes/programmes.css';

/** Employment assistance for the chosen region and year: labour force, jobs, posts, workshops, training, report. */
export default function EmploymentPage() {
  const { t } = useTranslation();
  const { regionCode } = useChosenRegion();
  const [year, setYear] = useState(new Date().getFullYear());
  const props = { regionCode, year };
  return (
    <section className="page" aria-labelledby="employment-title">
      <ProgrammeNav />
      <div className="page__header">
        <Typography.Title level={1} id="employment-title" className="page__title">{t('employment.title')}</Typography.Title>
        <YearSelect value={year} onChange={setYear} />
      </div>
      <Tabs destroyOnHidden items={[
        { key: 'labour', label: t('employment.tabs.labour'), children: <LabourTab {...props} /> },
        { key: 'jobs', label: t('employment.tabs.jobs'), children: <JobsTab {...props} /> },
        { key: 'posts', label: t('employment.tabs.posts'), children: <PostsTab {...props} /> },
        { key: 'assistanceWorkshops', label: t('employment.tabs.assistanceWorkshops'), children: <AssistanceWorkshopsTab {...props} /> },
        { key: 'training', label: t('employment.tabs.training'), children: <TrainingTab {...props} /> },
        { key: 'report', label: t('employment.tabs.report'), children: <EmploymentReportTab {...props} /> },
      ]} />
    </section>
  );
}
