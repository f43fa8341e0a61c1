import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function CrashNotice() {
  const { t } = useTranslation();
  return (
    <Result status="error" title={t('crash.title')} subTitle={t('crash.subtitle')}
      extra={<Button type="primary" onClick={() => window.location.reload()}>{t('common.reload')}</Button>} />
  );
}

/**
 * A render error shows a notice with a way out instead of a blank page. A failed chunk load
 * (a new release replaced the files) lands here too, and reloading fixes it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { hasFailed: boolean }> {
  override state = { hasFailed: false };

  static getDerivedStateFromError(): { hasFailed: boolean } {
    return { hasFailed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    return this.state.hasFailed ? <CrashNotice /> : this.props.children;
  }
}
