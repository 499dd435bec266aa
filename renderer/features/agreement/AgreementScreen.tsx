import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components';

/** The agreement screen. */
export function AgreementScreen() {
  const { t } = useTranslation('agreement');
  return <ScreenHeader title={t('title')} />;
}
