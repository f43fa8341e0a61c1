import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { useLanguage } from '../i18n/use-language.ts';

/** A loading state that holds the space the page will take, so nothing jumps when it arrives. */
export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={fullScreen ? 'page-loading page-loading--full' : 'page-loading'} role="status" aria-live="polite">
      <Spin size="large" />
      <span className="page-loading__text">{t('common.loading')}</span>
    </div>
  );
}

/** A failed load, said in the user's language, with a way to try again. */
export function LoadFailed({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Result
      status="warning"
      title={title}
      subTitle={problemMessage(error, t, language)}
      extra={onRetry ? <Button type="primary" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
