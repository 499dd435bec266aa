import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ReviewHeaderControls } from '../features/review';
import { SyncStatus } from '../features/sync';
import { useAppStore } from '../store';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveIndicator } from './SaveIndicator';
import { UndoRedoButtons } from './UndoRedoButtons';

/** App name, the open project's title, save/backup state, undo/redo and the language. */
export function AppHeader() {
  const { t } = useTranslation('common');
  const title = useAppStore((s) => s.current?.project.title);
  const closeProject = useAppStore((s) => s.closeProject);
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Text fw={700} c="indigo.8">
          {t('appName')}
        </Text>
        {title ? (
          <>
            <Text c="dimmed">/</Text>
            <Text fw={500} truncate="end" data-testid="project-title-header" maw={420}>
              {title}
            </Text>
            <Tooltip label={t('closeProject')}>
              <ActionIcon variant="subtle" color="gray" size="sm" onClick={closeProject} aria-label={t('closeProject')} data-testid="close-project">
                <X size={14} />
              </ActionIcon>
            </Tooltip>
          </>
        ) : null}
      </Group>
      <Group gap="lg" wrap="nowrap">
        {title ? (
          <>
            <SaveIndicator />
            <SyncStatus />
            <UndoRedoButtons />
            <ReviewHeaderControls />
          </>
        ) : null}
        <LanguageSwitch />
      </Group>
    </Group>
  );
}
