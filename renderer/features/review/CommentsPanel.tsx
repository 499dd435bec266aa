import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components';

/** The review comments panel beside every screen. */
export function CommentsPanel() {
  const { t } = useTranslation('review');
  return <ScreenHeader title={t('title')} />;
}
