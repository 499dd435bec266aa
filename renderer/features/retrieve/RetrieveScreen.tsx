import { useTranslation } from 'react-i18next';

/** Retrieval: every segment of a code across transcripts. */
export function RetrieveScreen() {
  const { t } = useTranslation('retrieve');
  return <div data-testid="retrieve-screen">{t('title')}</div>;
}
