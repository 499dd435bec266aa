import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components';
import { formatDateTime } from '../../lib/format';
import { useAppStore, type ProjectSummary } from '../../store';
import { deleteProjectUnlessOpenElsewhere } from '../writer-lock';

/** Recent projects, newest first: click to open, with delete (asks first). */
export function ProjectList() {
  const { t } = useTranslation('start');
  const projects = useAppStore((s) => s.projects);
  const locale = useAppStore((s) => s.locale);
  const openProject = useAppStore((s) => s.openProject);
  const [pending, setPending] = useState<ProjectSummary | null>(null);

  if (projects.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="projects-empty">
        {t('noProjects')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="project-list">
      {projects.map((p) => (
        <Paper key={p.id} withBorder p="sm" data-testid="project-item">
          <Group justify="space-between" wrap="nowrap">
            <UnstyledButton onClick={() => void openProject(p.id)} style={{ flex: 1 }} data-testid="project-open">
              <Text fw={600}>{p.title}</Text>
              <Group gap="xs" mt={2}>
                {p.researcher ? (
                  <Text size="xs" c="dimmed">
                    {p.researcher}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {t('modified', { date: formatDateTime(p.modifiedAt, locale) })}
                </Text>
                <Badge size="xs" variant="light" color="gray" tt="none">
                  {t('documentCount', { count: p.documents })}
                </Badge>
                <Badge size="xs" variant="light" color="gray" tt="none">
                  {t('segmentCount', { count: p.segments })}
                </Badge>
              </Group>
            </UnstyledButton>
            <Tooltip label={t('deleteProject')}>
              <ActionIcon variant="subtle" color="red" aria-label={t('deleteProject')} onClick={() => setPending(p)} data-testid="project-delete">
                <Trash2 size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Paper>
      ))}
      <ConfirmDialog
        opened={pending !== null}
        title={t('deleteProjectTitle')}
        message={t('deleteProjectMessage', { title: pending?.title ?? '', documents: pending?.documents ?? 0, segments: pending?.segments ?? 0 })}
        confirmLabel={t('deleteProject')}
        danger
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const id = pending!.id;
          setPending(null);
          // Refused, in words, while another tab has the project open.
          void deleteProjectUnlessOpenElsewhere(id);
        }}
      />
    </Stack>
  );
}
