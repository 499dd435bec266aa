import { Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { updateProject } from '../../../shared/project';
import { CommitTextInput, CommitTextarea, ScreenHeader, UndoableTextarea, useTextDraft } from '../../components';
import { formatDateTime } from '../../lib/format';
import { act, useAppStore } from '../../store';

type ProjectField = 'title' | 'researcher' | 'institution' | 'focus';

/** The project's own page: its particulars and the research journal (the project memo). */
export function JournalScreen() {
  const { t } = useTranslation('project');
  const project = useAppStore((s) => s.current?.project);
  const locale = useAppStore((s) => s.locale);
  const journal = useTextDraft(
    project?.journal ?? '',
    (text) => void act('editJournal', (state) => updateProject(state, { journal: text })),
    { delayMs: 1000 },
  );
  if (!project) return null;
  // An empty title is refused by updateProject, and the banner says why.
  const edit = (key: ProjectField, value: string) => void act('updateProject', (state) => updateProject(state, { [key]: value }));
  const words = journal.draft.match(/\S+/g)?.length ?? 0;

  return (
    <Stack gap="md" data-testid="journal-screen">
      <ScreenHeader title={t('journalScreenTitle')} hint={t('journalScreenHint')} />
      <Paper withBorder p="md">
        <Title order={2} size="h5" mb="sm">
          {t('detailsTitle')}
        </Title>
        <Stack gap="sm">
          <CommitTextInput label={t('title')} value={project.title} onCommit={(v) => edit('title', v)} data-testid="project-title" required />
          <Group grow>
            <CommitTextInput label={t('researcher')} value={project.researcher} onCommit={(v) => edit('researcher', v)} data-testid="project-researcher" />
            <CommitTextInput label={t('institution')} value={project.institution} onCommit={(v) => edit('institution', v)} data-testid="project-institution" />
          </Group>
          <CommitTextarea label={t('focus')} autosize minRows={2} value={project.focus} onCommit={(v) => edit('focus', v)} data-testid="project-focus" />
          <Group grow>
            <TextInput label={t('createdAt')} value={formatDateTime(project.createdAt, locale)} readOnly variant="filled" />
            <TextInput label={t('modifiedAt')} value={formatDateTime(project.modifiedAt, locale)} readOnly variant="filled" />
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h5">
            {t('journal')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('journalWords', { count: words })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed" mb="xs">
          {t('journalHint')}
        </Text>
        <UndoableTextarea
          autosize
          minRows={14}
          value={journal.draft}
          onChange={(e) => journal.setDraft(e.currentTarget.value)}
          onBlur={journal.flush}
          placeholder={t('journalPlaceholder')}
          data-testid="journal-text"
          styles={{ input: { fontFamily: 'inherit', lineHeight: 1.6 } }}
        />
      </Paper>
    </Stack>
  );
}
