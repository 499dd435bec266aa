import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { Redo2, Undo2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** Undo and redo, naming the action in the tooltip ("Urungkan terapkan kode"). */
export function UndoRedoButtons() {
  const { t } = useTranslation('common');
  const undoKey = useAppStore((s) => s.undoLabelKey);
  const redoKey = useAppStore((s) => s.redoLabelKey);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const tip = (verb: string, key: string | null, nothing: string, shortcut: string) => `${key ? `${verb} ${t(key)}` : nothing} (${shortcut})`;
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={tip(t('undo'), undoKey, t('nothingToUndo'), 'Ctrl+Z')}>
        <ActionIcon variant="subtle" color="gray" disabled={!undoKey} onClick={() => void undo()} aria-label={t('undo')} data-testid="undo">
          <Undo2 size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={tip(t('redo'), redoKey, t('nothingToRedo'), 'Ctrl+Shift+Z')}>
        <ActionIcon variant="subtle" color="gray" disabled={!redoKey} onClick={() => void redo()} aria-label={t('redo')} data-testid="redo">
          <Redo2 size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
