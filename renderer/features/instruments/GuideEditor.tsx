import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Plus } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addGuideItem, guideOutline } from '../../../shared/instruments';
import type { GuideItem, InstrumentKind } from '../../../shared/model/types';
import { codeLabel } from '../../../shared/project';
import { act, useAppStore } from '../../store';
import { GuideItemCard } from './GuideItemCard';

const ADD_LABEL: Record<InstrumentKind, string> = { interview: 'addQuestion', observation: 'addAspect', documentation: 'addDocument' };

function ItemList({ items, numbers, codeId, kind }: { items: GuideItem[]; numbers: Map<string, number>; codeId: string | null; kind: InstrumentKind }) {
  const { t } = useTranslation('instruments');
  return (
    <Stack gap={6}>
      {items.map((item, i) => (
        <GuideItemCard key={item.id} item={item} number={numbers.get(item.id) ?? i + 1} first={i === 0} last={i === items.length - 1} />
      ))}
      <Group>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<Plus size={14} />}
          onClick={() => void act('addGuideItem', (s) => addGuideItem(s, kind, codeId).changeset)}
          data-testid={`guide-add-${codeId ?? 'general'}`}
        >
          {t(ADD_LABEL[kind])}
        </Button>
      </Group>
    </Stack>
  );
}

/** One instrument, laid out as the framework is: dimension → indicator → items. */
export function GuideEditor({ kind }: { kind: InstrumentKind }) {
  const { t } = useTranslation('instruments');
  const state = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const outline = useMemo(() => (state ? guideOutline(state, kind) : null), [state, kind]);
  if (!outline) return null;
  return (
    <Stack gap="lg" data-testid={`guide-editor-${kind}`}>
      {outline.frameworks.map((framework) => (
        <Stack key={framework.root.id} gap="md">
          {outline.frameworks.length > 1 ? <Title order={3} size="h4">{codeLabel(framework.root, locale)}</Title> : null}
          {framework.sections.map((section, s) => (
            <Stack key={section.dimension.id} gap="sm">
              <Title order={4} size="h5" style={{ borderBottom: `3px solid ${section.dimension.color}` }}>
                {String.fromCharCode(65 + (s % 26))}. {codeLabel(section.dimension, locale)}
              </Title>
              {section.groups.map((group) => (
                <Stack key={group.code.id} gap={4} pl="sm" data-testid={`guide-group-${group.code.id}`}>
                  {group.code.id !== section.dimension.id ? (
                    <Text fw={600} size="sm" fs="italic">
                      {codeLabel(group.code, locale)}
                    </Text>
                  ) : null}
                  <ItemList items={group.items} numbers={outline.numbers} codeId={group.code.id} kind={kind} />
                </Stack>
              ))}
            </Stack>
          ))}
        </Stack>
      ))}
      {kind === 'interview' || outline.general.length > 0 ? (
        <Stack gap="sm">
          <Title order={4} size="h5">
            {t('closingTitle')}
          </Title>
          <ItemList items={outline.general} numbers={outline.numbers} codeId={null} kind={kind} />
        </Stack>
      ) : null}
    </Stack>
  );
}
