import { Alert, Text } from '@mantine/core';
import { BookOpen } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useReadOnlyRole } from './active-coder';

/**
 * Team sync: the server's roles let the connected user read only (an observer, or a user the
 * roles do not name). Said once above every screen, in one line, so the coding workspace
 * keeps its height; editing controls hide themselves as in review mode.
 */
export function ReadOnlyRoleBanner() {
  const { t } = useTranslation('review');
  const role = useReadOnlyRole();
  if (!role) return null;
  return (
    <Alert color="indigo" variant="light" py={6} mb="xs" icon={<BookOpen size={16} />} data-testid="read-only-role-banner" data-role={role} role="status">
      <Text size="sm">
        <Text span fw={700} size="sm" data-testid="read-only-role-title">
          {t(role === 'observer' ? 'readOnlyObserver' : 'readOnlyNoRole')}
        </Text>
        {'. '}
        {t('readOnlyHint')}
      </Text>
    </Alert>
  );
}
