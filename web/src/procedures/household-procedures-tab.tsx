import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage } from '../api/problem-message.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { ProcedureTable } from './procedure-table.tsx';
import { openHouseholdExit, openIdentification, proceduresQuery, refreshProcedures } from './procedures.api.ts';
import './procedures.css';

const MAY_APPLY = new Set(['notPoor', 'applicant']);
const MAY_EXIT = new Set(['poor', 'relapsed']);

/** A household's identification and exit procedures, and opening one (by a village cadre). */
export default function HouseholdProceduresTab({ household }: { household: { id: number; povertyStatus: string } }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const thisYear = new Date().getFullYear();
  const [exitYear, setExitYear] = useState(thisYear - 1);
  const list = useQuery(proceduresQuery({ householdId: household.id, page: 1, pageSize: 50 }));
  const open = useMutation({
    mutationFn: (kind: 'identification' | 'householdExit') => (kind === 'identification' ? openIdentification(household.id) : openHouseholdExit(household.id, exitYear)),
    onSuccess: async (procedure) => {
      await refreshProcedures(queryClient);
      void navigate(`/procedures/${procedure.id}`);
    },
  });
  const canOpen = user.role === 'villageCadre' && user.permissions.includes('registry:write');
  const hasOpen = list.data?.items.some((p) => p.status === 'inProgress') ?? false;
  return (
    <div>
      {canOpen && !hasOpen && (
        <Space className="procedure-toolbar" wrap>
          {MAY_APPLY.has(household.povertyStatus) && <Button type="primary" loading={open.isPending} onClick={() => open.mutate('identification')}>{t('procedures.household.apply')}</Button>}
          {MAY_EXIT.has(household.povertyStatus) && (
            <>
              <Select aria-label={t('procedures.household.exitYear')} value={exitYear} onChange={setExitYear}
                options={Array.from({ length: 8 }, (_v, i) => thisYear - i).map((y) => ({ value: y, label: t('procedures.household.incomeYear', { year: y }) }))} />
              <Button type="primary" loading={open.isPending} onClick={() => open.mutate('householdExit')}>{t('procedures.household.exit')}</Button>
            </>
          )}
        </Space>
      )}
      {open.isError && <Alert type="error" showIcon className="procedure-alert" message={problemMessage(open.error, t, language)} />}
      <ProcedureTable items={list.data?.items ?? []} loading={list.isFetching} empty={t('procedures.household.empty')} />
    </div>
  );
}
