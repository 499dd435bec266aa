import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components';

/** The conclusions screen. */
export function ConclusionsScreen() {
  const { t } = useTranslation('conclusions');
  return <ScreenHeader title={t('title')} />;
}
