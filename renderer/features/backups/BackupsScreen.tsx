import { Alert, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Download, History, Info } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/ipc-contract';
import { ConfirmDialog, ScreenHeader } from '../../components';
import { api, isDesktop } from '../../lib/api';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store';
import { InteropSection } from '../interop';
import { restoreBackup, saveProjectFileAs } from './project-file';

/** The project's automatic backups, each restorable as a copy, and "Save project file as…". */
export function BackupsScreen() {
  const { t } = useTranslation('backup');
  const projectId = useAppStore((s) => s.current?.project.id);
  const lastBackupAt = useAppStore((s) => s.lastBackupAt);
  const locale = useAppStore((s) => s.locale);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [pending, setPending] = useState<BackupInfo | null>(null);

  // Reload whenever a new automatic backup was written.
  useEffect(() => {
    if (!projectId) return;
    let live = true;
    api.backupList({ projectId }).then(
      (list) => live && setBackups(list),
      () => live && setBackups([]),
    );
    return () => {
      live = false;
    };
  }, [projectId, lastBackupAt]);

  if (!projectId) return null;
  return (
    <Stack gap="md" data-testid="backups-screen">
      <ScreenHeader
        title={t('title')}
        hint={t('hint')}
        actions={
          <Button leftSection={<Download size={16} />} onClick={() => void saveProjectFileAs()} data-testid="save-project-file">
            {t('saveAs')}
          </Button>
        }
      />
      <Alert variant="light" color="gray" icon={<Info size={16} />}>
        {isDesktop ? t('whereDesktop') : t('whereBrowser')}
      </Alert>
      <Paper withBorder p="md">
        <Title order={2} size="h5" mb="sm">
          {t('listTitle')}
        </Title>
        {backups !== null && backups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('empty')}
          </Text>
        ) : (
          <Table striped verticalSpacing="xs" data-testid="backups-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('createdAt')}</Table.Th>
                <Table.Th ta="right">{t('size')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common:actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(backups ?? []).map((backup) => (
                <Table.Tr key={backup.id} data-testid="backup-row">
                  <Table.Td>{formatDateTime(backup.createdAt, locale)}</Table.Td>
                  <Table.Td ta="right">{formatBytes(backup.size, locale)}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Button size="compact-sm" variant="light" leftSection={<History size={14} />} onClick={() => setPending(backup)} data-testid="backup-restore">
                        {t('restore')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <InteropSection />
      <ConfirmDialog
        opened={pending !== null}
        title={t('restoreTitle')}
        message={t('restoreMessage', { date: pending ? formatDateTime(pending.createdAt, locale) : '' })}
        confirmLabel={t('restore')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const backup = pending!;
          setPending(null);
          void restoreBackup(projectId, backup);
        }}
      />
    </Stack>
  );
}
