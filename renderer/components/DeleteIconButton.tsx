import { ActionIcon, Tooltip } from '@mantine/core';
import { Trash2 } from 'lucide-react';

/** The red bin at the end of a row: its label is both the tooltip and the accessible name. */
export function DeleteIconButton({ label, onClick, 'data-testid': testId }: { label: string; onClick(): void; 'data-testid'?: string }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick} data-testid={testId}>
        <Trash2 size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
