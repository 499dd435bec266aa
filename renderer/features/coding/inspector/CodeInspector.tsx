import { ColorSwatch, Group, ScrollArea, Stack, Switch, Text, UnstyledButton } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../../shared/model/types';
import { colorName, segmentsByCode, updateCode } from '../../../../shared/project';
import { act, useAppStore } from '../../../store';
import { CommentButton, MemoAuthor, useWorkLocked } from '../../review';
import { CodeName } from '../CodeName';
import { BufferedTextarea, BufferedTextInput } from './BufferedFields';

/** How many segments the code inspector lists before pointing to the retrieval screen. */
const LIST_LIMIT = 200;

/** A code's operational definition (in the current language), source, memo and segments. */
export function CodeInspector({ code }: { code: Code }) {
  const { t } = useTranslation('coding');
  const locale = useAppStore((s) => s.locale);
  const current = useAppStore((s) => s.current);
  const revealSegment = useAppStore((s) => s.revealSegment);
  const [withSubcodes, setWithSubcodes] = useState(false);
  const locked = useWorkLocked();
  const id = code.id;

  const save = useCallback(
    (kind: 'editCodeDefinition' | 'editCodeMemo' | 'updateCode', patch: Parameters<typeof updateCode>[2]) => {
      if (!useAppStore.getState().current?.codes[id]) return;
      const { locale } = useAppStore.getState();
      // A memo records who wrote it (stamped by commit); the other fields need no author.
      void act(kind, (s) => updateCode(s, id, patch, locale));
    },
    [id],
  );
  const saveDefinition = useCallback((definition: string) => save('editCodeDefinition', { definition }), [save]);
  const saveMemo = useCallback((memo: string) => save('editCodeMemo', { memo }), [save]);
  const saveSource = useCallback((source: string) => save('updateCode', { source }), [save]);

  const segments = useMemo(
    () => (current ? segmentsByCode(current, id, { includeDescendants: withSubcodes }) : []),
    [current, id, withSubcodes],
  );

  return (
    <Stack gap="sm" data-testid="code-inspector">
      <Group gap="xs" wrap="nowrap">
        <ColorSwatch color={code.color} size={18} title={colorName(code.color, locale)} />
        <CodeName code={code} labelProps={{ fw: 700 }} />
      </Group>
      <Group justify="flex-end">
        <CommentButton target={{ kind: 'code', codeId: id }} testId="code-comment" />
      </Group>
      <BufferedTextarea
        label={t('definitionLabel')}
        description={t('definitionHint')}
        autosize
        minRows={3}
        value={code.definition[locale]}
        save={saveDefinition}
        readOnly={locked}
        data-testid="code-definition"
      />
      <BufferedTextInput
        label={t('sourceLabel')}
        placeholder={t('sourcePlaceholder')}
        value={code.source}
        save={saveSource}
        readOnly={locked}
        data-testid="code-source"
      />
      <BufferedTextarea label={t('codeMemoLabel')} autosize minRows={2} value={code.memo} save={saveMemo} readOnly={locked} data-testid="code-memo" />
      <MemoAuthor row={code} />
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
