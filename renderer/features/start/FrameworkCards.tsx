import { Badge, Card, Checkbox, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FRAMEWORKS } from '../../../shared/frameworks';
import type { FrameworkId, LocalizedText } from '../../../shared/model/types';
import { useAppStore } from '../../store';

interface Props {
  selected: FrameworkId[];
  onChange(selected: FrameworkId[]): void;
}

/** The built-in frameworks as cards: several may be chosen; none means starting empty. */
export function FrameworkCards({ selected, onChange }: Props) {
  const { t } = useTranslation('start');
  const locale = useAppStore((s) => s.locale);
  const text = (value: LocalizedText) => value[locale] || value.id || value.en;
  const toggle = (id: FrameworkId) =>
    // Keep the catalogue's order: the first chosen framework becomes the active one.
    onChange(FRAMEWORKS.map((f) => f.id).filter((f) => (f === id ? !selected.includes(f) : selected.includes(f))));

  const card = (key: string, checked: boolean, onClick: () => void, title: string, description: string, source?: string) => (
    <UnstyledButton key={key} onClick={onClick} data-testid={`framework-card-${key}`} aria-pressed={checked}>
      <Card withBorder padding="sm" h="100%" style={{ borderColor: checked ? 'var(--mantine-color-indigo-6)' : undefined, background: checked ? 'var(--mantine-color-indigo-0)' : undefined }}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {title}
            </Text>
            <Text size="xs" c="dimmed">
              {description}
            </Text>
            {source ? (
              <Badge variant="light" color="gray" size="xs" radius="sm" tt="none">
                {source}
              </Badge>
            ) : null}
          </Stack>
          <Checkbox checked={checked} readOnly tabIndex={-1} aria-hidden />
        </Group>
      </Card>
    </UnstyledButton>
  );

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {FRAMEWORKS.map((f) => card(f.id, selected.includes(f.id), () => toggle(f.id), text(f.label), text(f.description), f.source))}
      {card('none', selected.length === 0, () => onChange([]), t('startEmpty'), t('startEmptyHint'))}
    </SimpleGrid>
  );
}
