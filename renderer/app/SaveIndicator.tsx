import { Group, Loader, Text, Tooltip } from '@mantine/core';
import { CircleAlert, CircleCheck, Archive } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime } from '../lib/format';
import { useAppStore } from '../store';

/** A quiet "Tersimpan 14.02" / "Menyimpan…" and the time of the last automatic backup. */
export function SaveIndicator() {
  const { t } = useTranslation('common');
  const status = useAppStore((s) => s.saveStatus);
  const lastSavedAt = useAppStore((s) => s.lastSavedAt);
  const lastBackupAt = useAppStore((s) => s.lastBackupAt);
  const locale = useAppStore((s) => s.locale);

  const save =
    status === 'saving' ? (
      <>
        <Loader size={12} />
        <Text size="xs" c="dimmed">
          {t('saving')}
        </Text>
      </>
    ) : status === 'error' ? (
      <>
        <CircleAlert size={14} color="var(--mantine-color-red-6)" />
        <Text size="xs" c="red">
          {t('notSaved')}
        </Text>
      </>
    ) : (
      <>
        <CircleCheck size={14} color="var(--mantine-color-teal-6)" />
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {lastSavedAt ? t('savedAt', { time: formatTime(lastSavedAt, locale) }) : t('saved')}
        </Text>
      </>
    );

  // The backup's time changes only with a backup: kept as it is while each action is saved.
  const backup = useMemo(
    () => (
      <Tooltip label={lastBackupAt ? t('lastBackup', { time: formatDateTime(lastBackupAt, locale) }) : t('noBackupYet')}>
        <Group gap={4} wrap="nowrap" data-testid="backup-status">
          <Archive size={14} color="var(--mantine-color-gray-6)" />
          {/* On a laptop screen (1366 px) the header has no room for it: the icon and its tooltip stay. */}
          <Text size="xs" c="dimmed" visibleFrom="xl" style={{ whiteSpace: 'nowrap' }}>
            {lastBackupAt ? t('lastBackup', { time: formatTime(lastBackupAt, locale) }) : t('noBackupYet')}
          </Text>
        </Group>
      </Tooltip>
    ),
    [t, lastBackupAt, locale],
  );

  return (
    <Group gap="md" wrap="nowrap">
      <Tooltip label={t('savedHint')}>
        <Group gap={4} wrap="nowrap" data-testid="save-status" data-status={status}>
          {save}
        </Group>
      </Tooltip>
      {backup}
    </Group>
  );
}
