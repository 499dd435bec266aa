import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { heatRange } from '../../../shared/display';
import { HEAT_COLORS } from './heat';
import type { HeatMeasure } from './display-settings';

/** The key of the heat map: each colour step, its name and the largest value it stands for. */
export function HeatLegend({ measure, max }: { measure: HeatMeasure; max: number }) {
  const { t } = useTranslation('displayScreen');
  // Counts are whole numbers: a step shows the whole numbers it holds (none when it is narrower than 1).
  const range = (level: 1 | 2 | 3 | 4): string => {
    const { above, upTo } = heatRange(level, max);
    if (measure === 'coverage') return t('upTo', { value: `${(upTo * 100).toFixed(1)}%` });
    const low = Math.floor(above) + 1;
    const high = Math.floor(upTo);
    return low > high ? '—' : low === high ? String(low) : `${low}–${high}`;
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
            {t('heatStep', { name: t(`heat_${level}`), range: level === 0 ? '0' : range(level as 1 | 2 | 3 | 4) })}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
