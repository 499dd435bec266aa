import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components';

/** The display screen. */
export function DisplayScreen() {
  const { t } = useTranslation('displayScreen');
  return <ScreenHeader title={t('title')} />;
}
