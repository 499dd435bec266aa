import { ColorSwatch, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { kappaBand } from '../../../shared/agreement';

const COLORS = { poor: 'var(--mantine-color-red-6)', fair: 'var(--mantine-color-yellow-6)', excellent: 'var(--mantine-color-teal-6)' } as const;

/** Fleiss's band of a coefficient, named in words beside its colour (never colour alone). */
export function KappaBadge({ value }: { value: number | null }) {
  const { t } = useTranslation('agreement');
  if (value === null) return null;
  const band = kappaBand(value);
  return (
    <Tooltip label={t('bandsNote')} multiline w={260}>
      <Group gap={6} wrap="nowrap" justify="flex-end" data-band={band}>
        <ColorSwatch color={COLORS[band]} size={10} withShadow={false} />
        <Text size="xs" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {t(`band.${band}`)}
        </Text>
      </Group>
    </Tooltip>
  );
}
