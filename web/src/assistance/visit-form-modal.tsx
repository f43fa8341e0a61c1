import { EnvironmentOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Col, Form, Input, Modal, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../codes/use-codes.ts';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { recordVisit, refreshAssistance, uploadVisitPhoto, type VisitInput } from './assistance.api.ts';

interface VisitFormValues {
  visitDate?: string;
  purpose?: string;
  notes?: string;
  householdSigned?: boolean;
  followUp?: string;
  followUpDue?: string;
}

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

/** Records a visit: date, purpose, notes, the phone's location when the cadre allows it, a photo, a follow-up. */
export function VisitFormModal({ householdId, open, onClose }: { householdId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useCodes();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<VisitFormValues>();
  const [location, setLocation] = useState<{ latitude: number; longitude: number } | null>(null);
  const [photo, setPhoto] = useState<File | null>(null);
  const [locating, setLocating] = useState(false);

  const save = useModalSave(form, {
    save: async (values: VisitFormValues) => {
      const body: VisitInput = {
        visitDate: values.visitDate ?? '',
        purpose: (values.purpose ?? 'routine') as VisitInput['purpose'],
        notes: values.notes ?? '',
        latitude: location?.latitude ?? null,
        longitude: location?.longitude ?? null,
        householdSigned: values.householdSigned ?? false,
        followUp: blank(values.followUp),
        followUpDue: blank(values.followUpDue),
      };
      const visit = await recordVisit(householdId, body);
      return photo ? uploadVisitPhoto(visit.id, photo) : visit;
    },
    onSaved: async () => {
      await refreshAssistance(queryClient, householdId);
      void message.success(t('assistance.visit.saved'));
    },
    onClose: () => {
      setLocation(null);
      setPhoto(null);
      onClose();
    },
  });

  const locate = () => {
    if (!('geolocation' in navigator)) return;
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => { setLocation({ latitude: p.coords.latitude, longitude: p.coords.longitude }); setLocating(false); },
      () => { setLocating(false); void message.warning(t('assistance.visit.noLocation')); },
      { timeout: 10_000 },
    );
  };
  const required = (field: string) => ({ required: true, message: t('assistance.required', { field }) });

  return (
    <Modal open={open} title={t('assistance.visit.formTitle')} okText={t('common.save')} cancelText={t('common.cancel')}
      confirmLoading={save.isSaving} onOk={() => void form.submit()} onCancel={save.close} width={640} destroyOnHidden>
      <Form<VisitFormValues> form={form} name="visit" layout="vertical" preserve={false}
        initialValues={{ visitDate: new Date().toISOString().slice(0, 10), purpose: 'routine', householdSigned: false }} onFinish={save.submit}>
        {save.general && <Alert type="error" showIcon message={save.general} className="form-alert" />}
        <Row gutter={[16, 0]}>
          <Col xs={12}>
            <Form.Item name="visitDate" label={t('assistance.visit.date')} rules={[required(t('assistance.visit.date'))]}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="purpose" label={t('assistance.visit.purpose')}>
              <Select options={codes.options('visitPurpose')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="notes" label={t('assistance.visit.notes')} rules={[required(t('assistance.visit.notes'))]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Space wrap className="visit-form__extras">
              <Button icon={<EnvironmentOutlined />} onClick={locate} loading={locating}>
                {location ? t('assistance.visit.located', { lat: location.latitude.toFixed(5), lng: location.longitude.toFixed(5) }) : t('assistance.visit.locate')}
              </Button>
              <label className="visit-form__photo">
                {t('assistance.visit.photo')}
                <input type="file" accept="image/jpeg,image/png,image/webp" capture="environment"
                  onChange={(e) => setPhoto(e.target.files?.[0] ?? null)} />
              </label>
            </Space>
          </Col>
          <Col xs={24}>
            <Form.Item name="householdSigned" valuePropName="checked">
              <Checkbox>{t('assistance.visit.signed')}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="followUp" label={t('assistance.visit.followUp')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="followUpDue" label={t('assistance.visit.followUpDue')}>
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
