import { useTranslation } from 'react-i18next';

/** The coding workspace: codebook tree, transcript and inspector. */
export function CodingScreen() {
  const { t } = useTranslation('coding');
  return <div data-testid="coding-screen">{t('title')}</div>;
}
