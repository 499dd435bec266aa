import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppendixPartInfo } from '../../../shared/appendix';
import type { ExportStatus } from './use-appendix-export';

interface Props {
  status: ExportStatus;
  registry: readonly AppendixPartInfo[];
  onCancel(): void;
  onSaveAgain(): void;
}

/** The progress bar with its cancel button while the appendix is built, then what became of it. */
export function ExportProgress({ status, registry, onCancel, onSaveAgain }: Props) {
  const { t } = useTranslation('exporting');
  if (status.kind === 'building') {
    const progress = status.progress;
    const percent = progress ? Math.round((progress.done / progress.total) * 100) : 0;
    const step = progress ? (progress.step === 'pack' ? t('step.pack') : (registry.find((p) => p.id === progress.step)?.label ?? progress.step)) : t('building');
    return (
      <Stack gap={6} data-testid="export-progress">
        <Group justify="space-between">
          <Text size="sm" data-testid="export-progress-step">
            {progress ? t('stepOf', { step, done: progress.done, total: progress.total }) : step}
          </Text>
          <Button size="compact-sm" variant="default" onClick={onCancel} data-testid="export-cancel">
            {t('cancel')}
          </Button>
        </Group>
        <Progress value={percent} animated striped size="lg" aria-label={t('building')} data-testid="export-progress-bar" />
      </Stack>
    );
  }
  if (status.kind === 'saved') {
    return (
      <Alert color="teal" data-testid="export-saved">
        <Group justify="space-between">
          <Text size="sm">{t('saved', { name: status.fileName })}</Text>
          <Button size="compact-sm" variant="light" onClick={onSaveAgain}>
            {t('saveAgain')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (status.kind === 'cancelled') {
    return (
      <Alert color="gray" data-testid="export-cancelled">
        {t('cancelled')}
      </Alert>
    );
  }
  if (status.kind === 'failed') {
    return (
      <Alert color="red" data-testid="export-failed">
        {t('failed', { detail: status.detail })}
      </Alert>
    );
  }
  return null;
}
