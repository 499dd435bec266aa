import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeDenialReason } from '../../../shared/sync';
import { useAppStore } from '../../store';
import { describeDoc } from './describe-doc';
import { useSyncStore } from './sync-store';

/** What the server refused (and was put back), and deletions an edit on another computer overruled. */
export function SyncNotices() {
  const { t } = useTranslation('teamSync');
  const locale = useAppStore((s) => s.locale);
  const denials = useSyncStore((s) => s.denials);
  const raced = useSyncStore((s) => s.racedDeletions);
  if (denials.length === 0 && raced.length === 0) return null;
  return (
    <Stack gap="xs" px="md" pt="xs">
      {denials.length > 0 ? (
        <Alert color="red" title={t('deniedTitle', { count: denials.length })} withCloseButton closeButtonLabel={t('dismiss')} onClose={() => useSyncStore.setState({ denials: [] })} data-testid="sync-denied">
          {denials.map((d) => (
            <Text key={d.id} size="sm">
              {t('deniedItem', { what: describeDoc(t, locale, d.id), reason: describeDenialReason(d.reason, locale) })}
            </Text>
          ))}
        </Alert>
      ) : null}
      {raced.length > 0 ? (
        <Alert color="yellow" title={t('racedTitle')} withCloseButton closeButtonLabel={t('dismiss')} onClose={() => useSyncStore.setState({ racedDeletions: [] })} data-testid="sync-raced">
          {raced.map((r) => (
            <Text key={r.id} size="sm">
              {t('racedItem', { what: describeDoc(t, locale, r.id) })}
            </Text>
          ))}
        </Alert>
      ) : null}
    </Stack>
  );
}
