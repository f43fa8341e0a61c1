import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/language.ts';
import { useLanguage } from '../i18n/use-language.ts';

/** Each language is named in itself, so a reader of either can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Select
      className="language-switch"
      aria-label={t('language.label')}
      value={language}
      onChange={setLanguage}
      options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      popupMatchSelectWidth={false}
      variant="borderless"
    />
  );
}
