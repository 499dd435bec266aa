import { ColorSwatch, Group, ScrollArea, Stack, Switch, Text, TextInput, Textarea, UnstyledButton } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../../shared/model/types';
import { codeLabel, codePath, colorName, COMMAND_LABELS, segmentsByCode, updateCode } from '../../../../shared/project';
import { useAppStore } from '../../../store';
import { runCommand } from '../run-command';
import { useBufferedField } from './use-buffered-field';

/** How many segments the code inspector lists before pointing to the retrieval screen. */
const LIST_LIMIT = 200;

/** A code's operational definition (in the current language), source, memo and segments. */
export function CodeInspector({ code }: { code: Code }) {
  const { t } = useTranslation('coding');
  const locale = useAppStore((s) => s.locale);
  const current = useAppStore((s) => s.current);
  const revealSegment = useAppStore((s) => s.revealSegment);
  const [withSubcodes, setWithSubcodes] = useState(false);
  const id = code.id;

  const save = useCallback(
    (label: typeof COMMAND_LABELS.editCodeDefinition | typeof COMMAND_LABELS.editCodeMemo | typeof COMMAND_LABELS.updateCode, patch: Parameters<typeof updateCode>[2]) => {
      if (!useAppStore.getState().current?.codes[id]) return;
      void runCommand(label, (s) => updateCode(s, id, patch, useAppStore.getState().locale));
    },
    [id],
  );
  const saveDefinition = useCallback((definition: string) => save(COMMAND_LABELS.editCodeDefinition, { definition }), [save]);
  const saveMemo = useCallback((memo: string) => save(COMMAND_LABELS.editCodeMemo, { memo }), [save]);
  const saveSource = useCallback((source: string) => save(COMMAND_LABELS.updateCode, { source }), [save]);
  const definition = useBufferedField(code.definition[locale], saveDefinition);
  const memo = useBufferedField(code.memo, saveMemo);
  const source = useBufferedField(code.source, saveSource);

  const segments = useMemo(
    () => (current ? segmentsByCode(current, id, { includeDescendants: withSubcodes }) : []),
    [current, id, withSubcodes],
  );

  return (
    <Stack gap="sm" data-testid="code-inspector">
      <Group gap="xs" wrap="nowrap">
        <ColorSwatch color={code.color} size={18} title={colorName(code.color, locale)} />
        <div style={{ minWidth: 0 }}>
          <Text fw={700} truncate>
            {codeLabel(code, locale)}
          </Text>
          {current && code.parentId && (
            <Text size="xs" c="dimmed" truncate>
              {codePath(current, code.parentId, locale)}
            </Text>
          )}
        </div>
      </Group>
      <Textarea
        label={t('definitionLabel')}
        description={t('definitionHint')}
        autosize
        minRows={3}
        value={definition.value}
        onChange={(e) => definition.onChange(e.currentTarget.value)}
        onBlur={definition.onBlur}
        data-testid="code-definition"
      />
      <TextInput
        label={t('sourceLabel')}
        placeholder={t('sourcePlaceholder')}
        value={source.value}
        onChange={(e) => source.onChange(e.currentTarget.value)}
        onBlur={source.onBlur}
        data-testid="code-source"
      />
      <Textarea
        label={t('codeMemoLabel')}
        autosize
        minRows={2}
        value={memo.value}
        onChange={(e) => memo.onChange(e.currentTarget.value)}
        onBlur={memo.onBlur}
        data-testid="code-memo"
      />
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('codeSegments', { count: segments.length })}
        </Text>
        <Switch size="xs" label={t('includeSubcodes')} checked={withSubcodes} onChange={(e) => setWithSubcodes(e.currentTarget.checked)} />
      </Group>
      <ScrollArea.Autosize mah={320}>
        <Stack gap={4} data-testid="code-segments">
          {segments.slice(0, LIST_LIMIT).map((r) => (
            <UnstyledButton
              key={r.segment.id}
              onClick={() => revealSegment(r.segment.id)}
              style={{ padding: 6, borderRadius: 4, border: '1px solid var(--mantine-color-default-border)' }}
              data-testid={`code-segment-${r.segment.id}`}
            >
              <Text size="xs" c="dimmed">
                {t('segmentPlace', { informant: r.informant?.label ?? '—', document: r.document.title, line: r.line })}
              </Text>
              <Text size="sm" lineClamp={3}>
                {r.text}
              </Text>
            </UnstyledButton>
          ))}
          {segments.length > LIST_LIMIT && (
            <Text size="xs" c="dimmed">
              {t('moreInRetrieval', { count: segments.length - LIST_LIMIT })}
            </Text>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
