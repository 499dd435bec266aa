import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/model/types';
import { useAppStore } from '../store';

/** ID / EN: every screen follows at once. */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  return (
    <SegmentedControl
      size="xs"
      value={locale}
      onChange={(value) => setLocale(value as Locale)}
      aria-label={t('language')}
      data={[
        { value: 'id', label: <span data-testid="lang-id">{t('langId')}</span> },
        { value: 'en', label: <span data-testid="lang-en">{t('langEn')}</span> },
      ]}
    />
  );
}
