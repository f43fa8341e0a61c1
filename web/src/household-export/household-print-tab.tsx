import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { householdPrintHref, type PrintDocument } from './print-href.ts';

/** The household's handbook and card, each opened in a new tab to print (ID numbers masked; the server audits it). */
export default function HouseholdPrintTab({ householdId }: { householdId: number }) {
  const { t } = useTranslation();
  const card = (document: PrintDocument) => (
    <Col xs={24} md={12} key={document}>
      <Card title={t(`exportMenu.${document}`)} className={`household-print__${document}`}>
        <Typography.Paragraph type="secondary">{t(document === 'card' ? 'exportMenu.cardHint' : 'exportMenu.handbookHint')}</Typography.Paragraph>
        <Button type="primary" icon={<PrinterOutlined />} href={householdPrintHref(householdId, document)} target="_blank" rel="noopener noreferrer">
          {t('exportMenu.open')}
        </Button>
      </Card>
    </Col>
  );
  return (
    <>
      <Typography.Paragraph type="secondary">{t('exportMenu.printHint')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>{(['handbook', 'card'] as const).map(card)}</Row>
    </>
  );
}
