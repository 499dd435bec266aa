import { Alert } from '@mantine/core';
import { CircleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** The last failed action, in words; the project itself was left unchanged. */
export function ErrorBanner() {
  const { t } = useTranslation('errors');
  const message = useAppStore((s) => s.lastError);
  const clear = useAppStore((s) => s.clearError);
  if (!message) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<CircleAlert size={18} />}
      title={t('title')}
      withCloseButton
      closeButtonLabel={t('dismiss')}
      onClose={clear}
      mb="md"
      data-testid="error-banner"
      role="alert"
    >
      {message}
    </Alert>
  );
}
