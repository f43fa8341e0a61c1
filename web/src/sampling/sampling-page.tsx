import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Col, Form, Input, InputNumber, Row, Table, Typography, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { drawExercise, exercisesQuery, type ExerciseSummary, SAMPLING_KEY } from './sampling.api.ts';
import { useStratumLabel } from './stratum-label.ts';
import './sampling.css';

interface DrawValues { year: number; sampleSize: number; seed?: string; exitedWithLabour: number; nonRegistered: number; exitedWithoutLabour: number }

/** Sampling exercises for third-party checks: draw one for the chosen region, open one to record findings. */
export default function SamplingPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { regionCode } = useChosenRegion();
  const stratumLabel = useStratumLabel();
  const exercises = useQuery(exercisesQuery());
  const [form] = Form.useForm<DrawValues>();
  const canDraw = user.permissions.includes('inspection:write');
  const draw = useModalSave(form, {
    save: (v: DrawValues) => drawExercise({
      regionCode, year: v.year, sampleSize: v.sampleSize, ...(v.seed?.trim() ? { seed: v.seed.trim() } : {}),
      ratios: { exitedWithLabour: v.exitedWithLabour, nonRegistered: v.nonRegistered, exitedWithoutLabour: v.exitedWithoutLabour },
      thresholds: { wrongExitRate: 2, missedRate: 2, approvalRate: 90, compositeIncidence: 2 },
    }),
    onSaved: async (exercise) => {
      await queryClient.invalidateQueries({ queryKey: SAMPLING_KEY });
      void navigate(`/sampling/${exercise.id}`);
    },
    onClose: () => undefined,
  });
  return (
    <section className="page" aria-labelledby="sampling-title">
      <div className="page__header">
        <Typography.Title level={1} id="sampling-title" className="page__title">{t('sampling.title')}</Typography.Title>
      </div>
      {canDraw && (
        <Card className="sampling-card" title={t('sampling.draw.title')}>
          {draw.general && <Alert type="error" showIcon message={draw.general} className="sampling-alert" />}
          <Form<DrawValues> form={form} name="sampling" layout="vertical" onFinish={draw.submit}
            initialValues={{ year: new Date().getFullYear() - 1, sampleSize: 100, exitedWithLabour: 5, nonRegistered: 3, exitedWithoutLabour: 2 }}>
            <Row gutter={16}>
              <Col xs={12} md={4}><Form.Item name="year" label={t('sampling.draw.year')} rules={[{ required: true }]}><InputNumber min={2013} max={2100} precision={0} className="full-width" /></Form.Item></Col>
              <Col xs={12} md={4}><Form.Item name="sampleSize" label={t('sampling.draw.size')} rules={[{ required: true }]}><InputNumber min={1} max={10000} precision={0} className="full-width" /></Form.Item></Col>
              <Col xs={8} md={3}><Form.Item name="exitedWithLabour" label={stratumLabel('exitedWithLabour')}><InputNumber min={0} max={100} className="full-width" /></Form.Item></Col>
              <Col xs={8} md={3}><Form.Item name="nonRegistered" label={stratumLabel('nonRegistered')}><InputNumber min={0} max={100} className="full-width" /></Form.Item></Col>
              <Col xs={8} md={3}><Form.Item name="exitedWithoutLabour" label={stratumLabel('exitedWithoutLabour')}><InputNumber min={0} max={100} className="full-width" /></Form.Item></Col>
              <Col xs={24} md={7}><Form.Item name="seed" label={t('sampling.draw.seed')} extra={t('sampling.draw.seedHelp')}><Input maxLength={100} /></Form.Item></Col>
            </Row>
            <Button type="primary" htmlType="submit" loading={draw.isSaving}>{t('sampling.draw.submit')}</Button>
          </Form>
        </Card>
      )}
      {exercises.isError ? (
        <LoadFailed title={t('sampling.loadFailed')} error={exercises.error} onRetry={() => void exercises.refetch()} />
      ) : (
        <Table<ExerciseSummary>
          rowKey="id" size="middle" loading={exercises.isFetching} dataSource={exercises.data ?? []} scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('sampling.empty') }}
          columns={[
            { key: 'region', title: t('sampling.columns.region'), render: (_v, e) => <Link to={`/sampling/${e.id}`}>{e.regionName ?? e.regionCode}</Link> },
            { key: 'year', title: t('sampling.draw.year'), dataIndex: 'year' },
            { key: 'size', title: t('sampling.draw.size'), dataIndex: 'sampleSize' },
            { key: 'seed', title: t('sampling.draw.seed'), dataIndex: 'seed' },
            { key: 'by', title: t('sampling.columns.createdBy'), render: (_v, e) => `${e.createdByName} · ${e.createdAt.slice(0, 10)}` },
          ]}
        />
      )}
    </section>
  );
}
