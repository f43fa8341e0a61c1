import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Result, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../api/api-client.ts';
import { ApiProblem } from '../api/problem.ts';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { usePermission } from '../household-page/use-permission.ts';
import { householdQuery, refreshHousehold } from '../household-page/household.queries.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { HouseholdFields } from './household-fields.tsx';
import { emptyHousehold, type Household, type HouseholdFormValues, householdToFormValues, isEmptyPatch, toHouseholdInput, toHouseholdPatch } from './household-form-values.ts';
import { MembersEditor, revalidateMemberRows } from './members-editor.tsx';
import type { PlacedProblem } from './server-errors.ts';
import { showProblemOnForm } from './show-problem.ts';
import './household-form.css';

const VILLAGE_CODE_LENGTH = 12;
const ROW_RULE_FIELDS = new Set(['relationToHead', 'isDeceased', 'idNumber']);

/** Whether a change touched a field that rows are compared on (one head, one spouse, no repeated ID). */
function touchesRowRules(changed: Partial<HouseholdFormValues>): boolean {
  return (changed.members ?? []).some((m) => m && Object.keys(m).some((k) => ROW_RULE_FIELDS.has(k)));
}

interface SaveFailure extends PlacedProblem {
  isConflict: boolean;
}

function HouseholdForm({ household }: { household?: Household }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { regionCode } = useChosenRegion();
  const [form] = Form.useForm<HouseholdFormValues>();
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const initialValues = useMemo(() => (household ? householdToFormValues(household)
    : emptyHousehold(regionCode.length === VILLAGE_CODE_LENGTH ? regionCode : undefined)), [household, regionCode]);

  const save = useMutation({
    mutationFn: async (values: HouseholdFormValues): Promise<number> => {
      if (!household) return (await unwrap(api.POST('/api/v1/households', { body: toHouseholdInput(values) }))).id;
      const patch = toHouseholdPatch(household, values);
      if (isEmptyPatch(patch)) return household.id;
      return (await unwrap(api.PATCH('/api/v1/households/{id}', { params: { path: { id: household.id } }, body: patch }))).id;
    },
    onSuccess: async (id) => {
      await refreshHousehold(queryClient, id);
      void navigate(`/households/${id}`);
    },
    onError: (error) => {
      const placed = showProblemOnForm(form, error, t, language);
      const first = placed.fields[0];
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      setFailure({ ...placed, isConflict: error instanceof ApiProblem && error.code === 'VERSION_CONFLICT' });
    },
  });

  const reload = async () => {
    if (!household) return;
    const fresh = await queryClient.fetchQuery({ ...householdQuery(household.id), staleTime: 0 });
    form.setFieldsValue(householdToFormValues(fresh));
    setFailure(null);
  };
  const cancelTo = household ? `/households/${household.id}` : '/households';

  return (
    <Form<HouseholdFormValues> form={form} name="household" layout="vertical" initialValues={initialValues} className="household-form"
      scrollToFirstError={{ block: 'center', focus: true }}
      onFinish={(values) => { setFailure(null); save.mutate(values); }}
      onValuesChange={(changed: Partial<HouseholdFormValues>) => { if (touchesRowRules(changed)) revalidateMemberRows(form); }}>
      <HouseholdFields form={form} bankAccountOnFile={household?.bankAccountMasked} />
      <fieldset className="form-section">
        <legend className="form-section__title">{t('householdForm.sections.members')}</legend>
        {household ? (
          <p className="form-section__note">
            {t('householdForm.membersOnPage')} <Link to={`/households/${household.id}`}>{t('householdForm.openMembers')}</Link>
          </p>
        ) : <MembersEditor form={form} />}
      </fieldset>
      {failure?.general && (
        <Alert className="household-form__alert" type="error" showIcon role="alert" title={failure.isConflict ? t('householdForm.conflict') : failure.general}
          description={failure.duplicate && (
            <Link to={`/households/${failure.duplicate.householdId}`}>{t('householdForm.openDuplicate', { householdNo: failure.duplicate.householdNo })}</Link>
          )}
          action={failure.isConflict ? <Button onClick={() => void reload()}>{t('householdForm.reload')}</Button> : undefined} />
      )}
      <div className="household-form__actions">
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>{household ? t('householdForm.saveChanges') : t('householdForm.register')}</Button>
          <Button onClick={() => void navigate(cancelTo)}>{t('common.cancel')}</Button>
        </Space>
      </div>
    </Form>
  );
}

/** Registers a household with its members (/households/new) or changes one (/households/:id/edit). */
export default function HouseholdFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const household = useQuery({ ...householdQuery(Number(id)), enabled: id !== undefined, staleTime: 0 });
  const title = id === undefined ? t('householdForm.newTitle')
    : household.data ? t('householdForm.editTitleOf', { head: household.data.headName, householdNo: household.data.householdNo }) : t('householdForm.editTitle');
  const canWrite = usePermission('registry:write');
  let body: React.ReactNode;
  // The server refuses the save anyway; a user who may only read is told before filling in a form.
  if (!canWrite) body = <Result status="403" title={t('errors.FORBIDDEN')} />;
  else if (id === undefined) body = <HouseholdForm />;
  else if (household.isPending) body = <PageLoading />;
  else if (household.isError) body = <LoadFailed title={t('householdPage.loadFailed')} error={household.error} onRetry={() => void household.refetch()} />;
  else body = <HouseholdForm key={household.data.id} household={household.data} />;
  return (
    <section className="page" aria-labelledby="household-form-title">
      <div className="page__header">
        <Typography.Title level={1} id="household-form-title" className="page__title">
          {title}
        </Typography.Title>
      </div>
      {body}
    </section>
  );
}
