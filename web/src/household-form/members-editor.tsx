import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { normalizeIdNumber } from '@fupin/core';
import { Button, Card, Form, Tag } from 'antd';
import type { FormInstance, FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { emptyMember, type MemberFormValues } from './member-form-values.ts';
import { MemberFields } from './member-fields.tsx';
import { findCompositionIssues, findRepeatedIdNumbers } from './relation-rules.ts';

export const MAX_MEMBERS = 30;

const readMembers = (form: FormInstance): (Partial<MemberFormValues> | undefined)[] => form.getFieldValue('members') ?? [];

/** The relation rule of the member at an index, seen against all the rows. */
export function relationRuleAt(form: FormInstance, index: number, t: TFunction): FormRule {
  return {
    validator: async () => {
      const issue = findCompositionIssues(readMembers(form)).rows.get(index);
      if (issue) throw new Error(t(`householdForm.relation.${issue}`));
    },
  };
}

function repeatedIdRuleAt(form: FormInstance, index: number, t: TFunction): FormRule {
  return {
    validator: async () => {
      const earlier = findRepeatedIdNumbers(readMembers(form).map((m) => m?.idNumber), normalizeIdNumber).get(index);
      if (earlier !== undefined) throw new Error(t('householdForm.id.repeated', { n: earlier + 1 }));
    },
  };
}

/** The household has exactly one head (said on the list as a whole). */
function headRule(t: TFunction) {
  return {
    validator: async (_rule: unknown, members: (MemberFormValues | undefined)[] | undefined) => {
      if (findCompositionIssues(members ?? []).isHeadMissing) throw new Error(t('householdForm.relation.noHead'));
    },
  };
}

/** Re-checks the rules that compare rows once any row's relation, life or ID number changes. */
export function revalidateMemberRows(form: FormInstance): void {
  const count = readMembers(form).length;
  const names = Array.from({ length: count }, (_v, i) => [['members', i, 'relationToHead'], ['members', i, 'idNumber']]).flat();
  const touched = names.filter((n) => form.isFieldTouched(n));
  void form.validateFields([...touched, 'members']).catch(() => undefined);
}

/** "Member 2", marked as the head when the row says so. */
function MemberCardTitle({ form, index, name }: { form: FormInstance; index: number; name: number }) {
  const { t } = useTranslation();
  const relation = Form.useWatch<string | undefined>(['members', name, 'relationToHead'], form);
  const memberName = Form.useWatch<string | undefined>(['members', name, 'name'], form);
  return (
    <span>
      {t('householdForm.memberN', { n: index + 1 })}{memberName ? ` · ${memberName}` : ''}
      {relation === 'self' && <Tag color="red" className="members-editor__head">{t('householdForm.head')}</Tag>}
    </span>
  );
}

/** The members of a household being registered: one card each, the head first. */
export function MembersEditor({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  return (
    <Form.List name="members" rules={[headRule(t)]}>
      {(fields, { add, remove }, { errors }) => (
        <div className="members-editor">
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              className="members-editor__card"
              role="group"
              aria-label={t('householdForm.memberN', { n: index + 1 })}
              title={<MemberCardTitle form={form} index={index} name={field.name} />}
              extra={fields.length > 1 && (
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => { remove(field.name); revalidateMemberRows(form); }}
                  aria-label={t('householdForm.removeMemberN', { n: index + 1 })}>{t('householdForm.removeMember')}</Button>
              )}
            >
              <MemberFields form={form} path={['members', field.name]} itemPath={[field.name]}
                relationRule={relationRuleAt(form, field.name, t)} extraIdRules={[repeatedIdRuleAt(form, field.name, t)]} />
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} disabled={fields.length >= MAX_MEMBERS}
            onClick={() => add(emptyMember(readMembers(form).some((m) => m?.relationToHead === 'self') ? undefined : 'self'))}>
            {t('householdForm.addMember')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
