import { ActionIcon, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AppendixPartInfo, Orientation } from '../../../shared/appendix';
import { movePart, type PartChoice } from './export-choices';

interface Props {
  parts: PartChoice[];
  registry: readonly AppendixPartInfo[];
  onChange(parts: PartChoice[]): void;
}

/** The appendix parts as a checklist the student orders with arrow buttons. */
export function PartsChecklist({ parts, registry, onChange }: Props) {
  const { t } = useTranslation('exporting');
  const info = new Map(registry.map((part) => [part.id, part]));
  const update = (index: number, patch: Partial<PartChoice>) => onChange(parts.map((part, i) => (i === index ? { ...part, ...patch } : part)));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb={4}>
        <Title order={2} size="h5">
          {t('partsTitle')}
        </Title>
        <Group gap={4}>
          <Button size="compact-xs" variant="subtle" onClick={() => onChange(parts.map((p) => ({ ...p, included: true })))}>
            {t('selectAll')}
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={() => onChange(parts.map((p) => ({ ...p, included: false })))} data-testid="export-parts-none">
            {t('selectNone')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('partsHint')}
      </Text>
      <Stack gap="xs" data-testid="export-parts">
        {parts.map((part, i) => {
          const about = info.get(part.id);
          const label = about?.label ?? part.id;
          // A part the project has no data for is left out, and the list says why.
          const empty = about ? !about.hasData : false;
          return (
            <Group key={part.id} gap="xs" wrap="nowrap" align="flex-start" data-testid={`export-part-${part.id}`} data-position={i}>
              <Stack gap={0}>
                <ActionIcon size="sm" variant="subtle" aria-label={t('partUp', { part: label })} disabled={i === 0} onClick={() => onChange(movePart(parts, i, -1))} data-testid={`export-part-up-${part.id}`}>
                  <ArrowUp size={14} />
                </ActionIcon>
                <ActionIcon size="sm" variant="subtle" aria-label={t('partDown', { part: label })} disabled={i === parts.length - 1} onClick={() => onChange(movePart(parts, i, 1))} data-testid={`export-part-down-${part.id}`}>
                  <ArrowDown size={14} />
                </ActionIcon>
              </Stack>
              <Checkbox
                style={{ flex: 1 }}
                checked={part.included && !empty}
                disabled={empty}
                onChange={(e) => update(i, { included: e.currentTarget.checked })}
                label={label}
                description={empty ? t('partEmpty', { reason: about!.emptyNote }) : about?.description}
                data-empty={empty ? 'true' : undefined}
                data-testid={`export-part-check-${part.id}`}
              />
              {about?.canTurn && !empty ? (
                <SegmentedControl
                  size="xs"
                  aria-label={t('orientation', { part: label })}
                  value={part.orientation ?? about.orientation}
                  onChange={(value) => update(i, { orientation: value as Orientation })}
                  data={[
                    { value: 'portrait', label: t('portrait') },
                    { value: 'landscape', label: t('landscape') },
                  ]}
                />
              ) : null}
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
