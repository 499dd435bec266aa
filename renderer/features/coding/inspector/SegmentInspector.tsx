import { Badge, Blockquote, Button, CloseButton, ColorSwatch, Group, Stack, Text } from '@mantine/core';
import { Plus, Trash2 } from 'lucide-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/model/types';
import { codeLabel, deleteSegment, removeCodeFromSegment, updateSegment, type SegmentPatch } from '../../../../shared/project';
import { lineOfOffset, lineStarts } from '../../../../shared/text/lines';
import { coderName } from '../../../../shared/review';
import { act, useAppStore } from '../../../store';
import { CommentButton, useWorkLocked } from '../../review';
import { useWorkspace } from '../workspace-store';
import { BufferedTextarea } from './BufferedFields';

/** How much of a long quote the inspector shows. */
const QUOTE_CHARS = 400;

/** A segment's quote, lines, codes, reduced statement, memo and history. */
export function SegmentInspector({ segment }: { segment: Segment }) {
  const { t } = useTranslation('coding');
  const locale = useAppStore((s) => s.locale);
  const codes = useAppStore((s) => s.current?.codes);
  const document = useAppStore((s) => s.current?.documents[segment.documentId]);
  const author = useAppStore((s) => (s.current ? coderName(s.current, segment.coderId, s.locale) : ''));
  const locked = useWorkLocked();
  const selectSegment = useAppStore((s) => s.selectSegment);
  const openPicker = useWorkspace((s) => s.openPicker);
  const starts = useMemo(() => (document ? lineStarts(document.text) : [0]), [document]);
  const id = segment.id;

  const save = useCallback(
    (kind: 'editSegmentMemo' | 'editReduced', patch: SegmentPatch) => {
      if (useAppStore.getState().current?.segments[id]) void act(kind, (s) => updateSegment(s, id, patch));
    },
    [id],
  );
  const saveMemo = useCallback((memo: string) => save('editSegmentMemo', { memo }), [save]);
  const saveReduced = useCallback((reduced: string) => save('editReduced', { reduced }), [save]);

  const quote = document?.text.slice(segment.start, segment.end) ?? '';
  const firstLine = lineOfOffset(starts, segment.start);
  const lastLine = lineOfOffset(starts, Math.max(segment.start, segment.end - 1));
  const when = (iso: string) => new Date(iso).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Stack gap="sm" data-testid="segment-inspector">
      <Text size="xs" c="dimmed">
        {firstLine === lastLine ? t('lineSingle', { line: firstLine }) : t('lineRange', { from: firstLine, to: lastLine })}
        {document ? ` · ${document.title}` : ''}
      </Text>
      <Blockquote p="xs" style={{ fontSize: 14, whiteSpace: 'pre-wrap' }} data-testid="segment-quote">
        {quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote}
      </Blockquote>
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('segmentCodes')}
        </Text>
        <Group gap={6}>
          {segment.codeIds.map((codeId) => {
            const code = codes?.[codeId];
            const label = code ? codeLabel(code, locale) : t('unknownCode');
            return (
              <Badge
                key={codeId}
                variant="light"
                color="gray"
                data-testid={`segment-code-chip-${codeId}`}
                leftSection={<ColorSwatch color={code?.color ?? '#999999'} size={10} />}
                rightSection={
                  locked ? null : (
                    <CloseButton
                      size="xs"
                      aria-label={t('removeCode', { code: label })}
                      data-testid={`remove-code-${codeId}`}
                      onClick={() => void act('removeCode', (s) => removeCodeFromSegment(s, id, codeId))}
                    />
                  )
                }
                style={{ textTransform: 'none' }}
              >
                {label}
              </Badge>
            );
          })}
          {locked ? null : (
            <Button size="compact-xs" variant="subtle" leftSection={<Plus size={12} />} onClick={() => openPicker('segment')} data-testid="segment-add-code">
              {t('addCode')}
            </Button>
          )}
        </Group>
        {segment.codeIds.length === 1 && !locked && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('lastCodeHint')}
          </Text>
        )}
      </div>
      <BufferedTextarea
        label={t('reducedLabel')}
        description={t('reducedHint')}
        autosize
        minRows={3}
        value={segment.reduced}
        save={saveReduced}
        readOnly={locked}
        data-testid="segment-reduced"
      />
      <BufferedTextarea label={t('memoLabel')} autosize minRows={2} value={segment.memo} save={saveMemo} readOnly={locked} data-testid="segment-memo" />
      <Text size="xs" c="dimmed">
        {t('segmentHistory', {
          created: when(segment.createdAt),
          modified: when(segment.modifiedAt),
          coder: author,
        })}
      </Text>
      <Group justify="space-between">
        <CommentButton target={{ kind: 'segment', segmentId: id }} testId="segment-comment" />
        {locked ? null : (
          <Button
            size="xs"
            color="red"
            variant="subtle"
            leftSection={<Trash2 size={14} />}
            data-testid="segment-delete"
            onClick={async () => {
              if (await act('deleteSegment', (s) => deleteSegment(s, id))) selectSegment(null);
            }}
          >
            {t('deleteSegment')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
