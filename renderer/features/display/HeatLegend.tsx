import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HEAT_COLORS } from './heat';
import type { HeatMeasure } from './display-settings';

/** The key of the heat map: each colour step, its name and the largest value it stands for. */
export function HeatLegend({ measure, max }: { measure: HeatMeasure; max: number }) {
  const { t } = useTranslation('displayScreen');
  const upTo = (level: number): string => {
    const value = (max * level) / 4;
    return measure === 'count' ? String(Math.floor(value)) : `${(value * 100).toFixed(1)}%`;
  };
  return (
    <Group gap="md" data-testid="heat-legend" aria-label={t('legend')}>
      <Text size="sm" fw={500}>
        {t('legend')}
      </Text>
      {HEAT_COLORS.map((color, level) => (
        <Group key={color} gap={4} wrap="nowrap">
          <span style={{ width: 16, height: 16, background: color, border: '1px solid var(--mantine-color-gray-4)', display: 'inline-block' }} aria-hidden />
          <Text size="xs">
            {level === 0
              ? t('heatNone', { name: t(`heat_${level}`) })
              : t('heatRange', { name: t(`heat_${level}`), value: upTo(level) })}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
