import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleAsEdits, verdictUsage, type VerdictLevelEdit } from '../../../shared/conclusions';
import { DEFAULT_VERDICT_SCALE } from '../../../shared/model/defaults';
import { useAppStore } from '../../store';
import { saveVerdictScale } from './conclusion-actions';

/** Swaps a level with its neighbour. */
function moved(levels: VerdictLevelEdit[], index: number, by: -1 | 1): VerdictLevelEdit[] {
  const next = [...levels];
  const other = index + by;
  if (other < 0 || other >= next.length) return levels;
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}

/**
 * The verdict scale in a small editor: rename, add, remove and reorder levels, saved as one
 * undoable action. Each level says how many conclusions use it, so a removal is never a surprise.
 */
export function VerdictScaleModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('conclusions');
  const { t: tc } = useTranslation('common');
  const state = useAppStore((s) => s.current);
  const [levels, setLevels] = useState<VerdictLevelEdit[]>([]);
  const [wasOpen, setWasOpen] = useState(false);
  // Start from the stored scale each time the editor opens.
  if (opened !== wasOpen) {
    setWasOpen(opened);
    if (opened && state) setLevels(scaleAsEdits(state));
  }
  if (!state) return null;
  const usage = verdictUsage(state);
  const scale = state.project.settings.verdictScale;

  const rename = (index: number, name: string) => setLevels((list) => list.map((level, i) => (i === index ? { ...level, name } : level)));
  const reset = () => setLevels(DEFAULT_VERDICT_SCALE.map((name) => ({ name, from: scale.includes(name) ? name : null })));
  const save = async () => {
    if (await saveVerdictScale(levels)) onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('scale.title')} size="md">
      <Stack gap="sm" data-testid="verdict-scale-editor">
        <Text size="sm" c="dimmed">
          {t('scale.hint')}
        </Text>
        {levels.map((level, i) => {
          const name = level.name.trim() || t('scale.level', { n: i + 1 });
          return (
            <Group key={i} gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('scale.level', { n: i + 1 })}
                value={level.name}
                onChange={(e) => rename(i, e.currentTarget.value)}
                data-testid={`scale-level-${i}`}
              />
              <Text size="xs" c="dimmed" w={90} data-testid={`scale-used-${i}`}>
                {level.from && usage.get(level.from) ? t('scale.used', { count: usage.get(level.from) }) : ''}
              </Text>
              <ActionIcon variant="subtle" aria-label={t('scale.up', { name })} disabled={i === 0} onClick={() => setLevels((l) => moved(l, i, -1))}>
                <ArrowUp size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" aria-label={t('scale.down', { name })} disabled={i === levels.length - 1} onClick={() => setLevels((l) => moved(l, i, 1))}>
                <ArrowDown size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={t('scale.remove', { name })} onClick={() => setLevels((l) => l.filter((_, j) => j !== i))} data-testid={`scale-remove-${i}`}>
                <Trash2 size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <Group justify="space-between">
          <Group gap="xs">
            <Button variant="light" leftSection={<Plus size={16} />} onClick={() => setLevels((l) => [...l, { name: '', from: null }])} data-testid="scale-add">
              {t('scale.add')}
            </Button>
            <Button variant="subtle" onClick={reset}>
              {t('scale.reset')}
            </Button>
          </Group>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {tc('cancel')}
            </Button>
            <Button onClick={() => void save()} data-testid="scale-save">
              {t('scale.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
