import { Button, Group, MultiSelect, Paper, Stack, Text } from '@mantine/core';
import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  addGuideProbe,
  deleteGuideItem,
  deleteGuideProbe,
  editGuideItemText,
  editGuideItemWhere,
  editGuideProbe,
  moveGuideItem,
  moveGuideProbe,
  setGuideAudience,
} from '../../../shared/instruments';
import type { GuideItem } from '../../../shared/model/types';
import { CommitTextInput, CommitTextarea, DeleteIconButton } from '../../components';
import { act, useAppStore } from '../../store';
import { MoveButtons } from './MoveButtons';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One question (with its follow-ups and who it is for), aspect or document, editable in place. */
export function GuideItemCard({ item, number, first, last }: { item: GuideItem; number: number; first: boolean; last: boolean }) {
  const { t } = useTranslation('instruments');
  const locale = useAppStore((s) => s.locale);
  const settings = useAppStore((s) => s.current?.project.settings);
  const interview = item.kind === 'interview';
  const label = t(interview ? 'question' : item.kind === 'observation' ? 'aspect' : 'document', { number });
  const placeholder = t(interview ? 'questionPlaceholder' : item.kind === 'observation' ? 'aspectPlaceholder' : 'documentPlaceholder');
  const categories = [...new Set([...(settings?.informantCategories ?? []), ...item.categories])];
  const groups = [...new Set([...(settings?.informantGroups ?? []), ...item.groups])];

  return (
    <Paper withBorder p="xs" data-testid={`guide-item-${item.id}`} data-number={number}>
      <Stack gap={6}>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <CommitTextarea
            style={{ flex: 1 }}
            label={label}
            placeholder={placeholder}
            autosize
            minRows={1}
            value={item.text[locale]}
            onCommit={(value) => void act('editGuideItem', (s) => editGuideItemText(s, item.id, locale, value))}
            data-testid="guide-item-text"
          />
          <Group gap={0} wrap="nowrap" mt={22}>
            <MoveButtons first={first} last={last} onMove={(delta) => void act('moveGuideItem', (s) => moveGuideItem(s, item.id, delta))} testId="guide-item-move" />
            <DeleteIconButton label={t('delete')} onClick={() => void act('deleteGuideItem', (s) => deleteGuideItem(s, item.id))} data-testid="guide-item-delete" />
          </Group>
        </Group>
        {!interview ? (
          <CommitTextInput
            size="xs"
            aria-label={t(`wherePlaceholder_${item.kind}`)}
            placeholder={t(`wherePlaceholder_${item.kind}`)}
            value={item.where[locale]}
            onCommit={(value) => void act('editGuideItem', (s) => editGuideItemWhere(s, item.id, locale, value))}
            data-testid="guide-item-where"
          />
        ) : (
          <>
            {item.probes.map((probe, p) => (
              <Group key={probe.id} gap="xs" wrap="nowrap" pl="lg" data-testid={`guide-probe-${p}`}>
                <Text size="sm" c="dimmed" w={16}>
                  {LETTERS[p] ?? p + 1}.
                </Text>
                <CommitTextInput
                  size="xs"
                  style={{ flex: 1 }}
                  aria-label={t('probe', { letter: LETTERS[p] ?? p + 1 })}
                  placeholder={t('probePlaceholder')}
                  value={probe.text[locale]}
                  onCommit={(value) => void act('editGuideProbe', (s) => editGuideProbe(s, item.id, probe.id, locale, value))}
                  data-testid="guide-probe-text"
                />
                <MoveButtons
                  first={p === 0}
                  last={p === item.probes.length - 1}
                  onMove={(delta) => void act('moveGuideProbe', (s) => moveGuideProbe(s, item.id, probe.id, delta))}
                  testId="guide-probe-move"
                />
                <DeleteIconButton label={t('delete')} onClick={() => void act('deleteGuideProbe', (s) => deleteGuideProbe(s, item.id, probe.id))} />
              </Group>
            ))}
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<Plus size={14} />}
                onClick={() => void act('addGuideProbe', (s) => addGuideProbe(s, item.id).changeset)}
                data-testid="guide-add-probe"
              >
                {t('addProbe')}
              </Button>
              <Group gap="xs" wrap="nowrap">
                <MultiSelect
                  size="xs"
                  w={220}
                  aria-label={`${t('audience')}: ${t('categories')}`}
                  placeholder={item.categories.length ? undefined : `${t('categories')}: ${t('audienceAll')}`}
                  data={categories}
                  value={item.categories}
                  onChange={(value) => void act('setGuideAudience', (s) => setGuideAudience(s, item.id, value, item.groups))}
                  data-testid="guide-item-categories"
                />
                <MultiSelect
                  size="xs"
                  w={200}
                  aria-label={`${t('audience')}: ${t('groups')}`}
                  placeholder={item.groups.length ? undefined : `${t('groups')}: ${t('audienceAll')}`}
                  data={groups}
                  value={item.groups}
                  onChange={(value) => void act('setGuideAudience', (s) => setGuideAudience(s, item.id, item.categories, value))}
                  data-testid="guide-item-groups"
                />
              </Group>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
