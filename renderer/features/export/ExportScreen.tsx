import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components';

/** The export screen. */
export function ExportScreen() {
  const { t } = useTranslation('exporting');
  return <ScreenHeader title={t('title')} />;
}
