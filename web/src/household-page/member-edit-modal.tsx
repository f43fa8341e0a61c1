import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/api-client.ts';
import { emptyMember, type MemberFormValues, memberToFormValues, toMemberInput, toMemberPatch } from '../household-form/member-form-values.ts';
import { MemberFields } from '../household-form/member-fields.tsx';
import { findCompositionIssues } from '../household-form/relation-rules.ts';
import { type Household, type Member, refreshHousehold } from './household.queries.ts';
import { useModalSave } from './use-modal-save.ts';

/** Adding a member (member undefined) or changing one of a household's current members. */
export interface MemberEditTarget {
  member?: Member;
}

/** The relation this member may have, seen against the household's other current members. */
function relationRule(household: Household, member: Member | undefined, read: () => Partial<MemberFormValues>, t: TFunction): FormRule {
  return {
    validator: async () => {
      const others = household.members.filter((m) => m.id !== member?.id);
      const own = read();
      const rows = [...others, { relationToHead: own.relationToHead, isDeceased: own.isDeceased }];
      const issues = findCompositionIssues(rows);
      const issue = issues.rows.get(rows.length - 1) ?? (issues.isHeadMissing ? 'noHead' : undefined);
      if (issue) throw new Error(t(`householdForm.relation.${issue}`));
    },
  };
}

export function MemberEditModal({ household, target, onClose }: { household: Household; target: MemberEditTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MemberFormValues>();
  const member = target?.member;
  const save = useModalSave(form, {
    save: async (values: MemberFormValues) => (member
      ? unwrap(api.PATCH('/api/v1/members/{id}', { params: { path: { id: member.id } }, body: toMemberPatch(member, values, 'entry') }))
      : unwrap(api.POST('/api/v1/households/{id}/members', { params: { path: { id: household.id } }, body: { ...toMemberInput(values), source: 'entry' } }))),
    onSaved: async () => {
      await refreshHousehold(queryClient, household.id);
      void message.success(member ? t('householdPage.memberSaved') : t('householdPage.memberAdded'));
    },
    onClose,
  });
  const { general, close } = save;

  return (
    <Modal
      open={target !== null}
      title={member ? t('householdPage.editMemberTitle', { name: member.name }) : t('householdPage.addMemberTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isSaving}
      onOk={() => void form.submit()}
      onCancel={close}
      width={960}
      destroyOnHidden
    >
      <Form<MemberFormValues> form={form} name="member" layout="vertical" preserve={false}
        initialValues={member ? memberToFormValues(member) : emptyMember()}
        onValuesChange={(changed: Partial<MemberFormValues>) => {
          if ('isDeceased' in changed) void form.validateFields(['relationToHead']).catch(() => undefined);
        }}
        onFinish={save.submit}>
        <MemberFields form={form} path={[]} itemPath={[]} isIdOptional={member !== undefined}
          idPlaceholder={member ? t('householdPage.keepIdNumber', { masked: member.idNumberMasked }) : undefined}
          relationRule={relationRule(household, member, () => form.getFieldsValue(['relationToHead', 'isDeceased']), t)} />
      </Form>
      {general && <Alert type="error" showIcon role="alert" title={general} />}
    </Modal>
  );
}
