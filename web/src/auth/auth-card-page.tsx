import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/language-switch.tsx';

/** The frame of the pages outside the app: sign in and the forced password change. */
export function AuthCardPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth-page">
      <header className="auth-page__bar">
        <span className="auth-page__brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="auth-page__main">
        <Card className="auth-page__card">
          <Typography.Title level={1} className="auth-page__title">{title}</Typography.Title>
          {children}
        </Card>
      </main>
    </div>
  );
}
