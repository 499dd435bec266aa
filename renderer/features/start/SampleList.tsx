import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translate } from '../../../shared/i18n';
import { useAppStore } from '../../store';
import { buildSample, SAMPLES } from './samples';

/** "Buka proyek contoh": each demo project opens as a fresh copy the student may change freely. */
export function SampleList() {
  const { t } = useTranslation('start');
  const [loading, setLoading] = useState<string | null>(null);
  if (SAMPLES.length === 0) return null;

  const open = async (slug: string) => {
    setLoading(slug);
    try {
      await useAppStore.getState().addProject(await buildSample(slug));
    } catch (err) {
      const { locale, reportError } = useAppStore.getState();
      reportError(translate(locale, 'start:sampleFailed', { detail: err instanceof Error ? err.message : String(err) }));
    } finally {
      setLoading(null);
    }
  };

  return (
    <Stack gap="xs" data-testid="sample-list">
      {SAMPLES.map((sample) => (
        <Paper key={sample.slug} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Text fw={600} size="sm">
                {sample.title}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {sample.focus}
              </Text>
              <Text size="xs" c="dimmed">
                {t('sampleCounts', { informants: sample.informants, documents: sample.documents })}
              </Text>
            </Stack>
            <Button size="xs" variant="light" style={{ flexShrink: 0 }} loading={loading === sample.slug} disabled={loading !== null} onClick={() => void open(sample.slug)} data-testid={`open-sample-${sample.slug}`}>
              {t('openSample')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
