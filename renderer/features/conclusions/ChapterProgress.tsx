import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BuildProgress } from '../export';

/** The BAB IV draft being built: the step, a progress bar and a cancel button, as for the appendix. */
export function ChapterProgress({ progress, onCancel }: { progress: BuildProgress; onCancel(): void }) {
  const { t } = useTranslation('exporting');
  const step = t(`step.${progress.step}`);
  return (
    <Stack gap={6} data-testid="chapter-progress">
      <Group justify="space-between">
        <Text size="sm" data-testid="chapter-progress-step">
          {t('stepOf', { step, done: progress.done, total: progress.total })}
        </Text>
        <Button size="compact-sm" variant="default" onClick={onCancel} data-testid="chapter-cancel">
          {t('cancel')}
        </Button>
      </Group>
      <Progress value={Math.round((progress.done / progress.total) * 100)} animated striped size="lg" aria-label={t('building')} />
    </Stack>
  );
}
