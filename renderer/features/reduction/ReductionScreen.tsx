import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components';

/** The reduction screen. */
export function ReductionScreen() {
  const { t } = useTranslation('reduction');
  return <ScreenHeader title={t('title')} />;
}
