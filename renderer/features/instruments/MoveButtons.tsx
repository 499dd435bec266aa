import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** Up and down buttons: reordering by keyboard as well as by mouse. */
export function MoveButtons({ onMove, first, last, testId }: { onMove(delta: -1 | 1): void; first: boolean; last: boolean; testId: string }) {
  const { t } = useTranslation('instruments');
  return (
    <Group gap={0} wrap="nowrap">
      <Tooltip label={t('moveUp')}>
        <ActionIcon variant="subtle" aria-label={t('moveUp')} disabled={first} onClick={() => onMove(-1)} data-testid={`${testId}-up`}>
          <ArrowUp size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('moveDown')}>
        <ActionIcon variant="subtle" aria-label={t('moveDown')} disabled={last} onClick={() => onMove(1)} data-testid={`${testId}-down`}>
          <ArrowDown size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
