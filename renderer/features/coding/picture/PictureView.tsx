import { Badge, Button, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { Tags } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document } from '../../../../shared/model/types';
import { codeLabel, updatePicture, wholePicture, type PicturePatch } from '../../../../shared/project';
import { CommitTextInput } from '../../../components';
import { act, useAppStore } from '../../../store';
import { useWorkspace } from '../workspace-store';
import { pictureUrl } from '../../../lib/picture-url';

/**
 * A fieldwork photo in the coding workspace: the picture, its caption, date and place (edited
 * as undoable actions), and its codings. A photo is coded as a whole: it is always selected,
 * so the code picker (button or Ctrl+K) codes all of it; a coding opens in the inspector for its memo.
 */
export function PictureView({ document }: { document: Document }) {
  const { t } = useTranslation('pictures');
  const url = pictureUrl(document);
  const locale = useAppStore((s) => s.locale);
  const codes = useAppStore((s) => s.current?.codes);
  const segmentsById = useAppStore((s) => s.current?.segments);
  const selectedSegmentId = useAppStore((s) => s.selectedSegmentId);
  const selectSegment = useAppStore((s) => s.selectSegment);
  const selection = useWorkspace((s) => s.selection);
  const setSelection = useWorkspace((s) => s.setSelection);
  const openPicker = useWorkspace((s) => s.openPicker);
  const picture = document.picture;
  const codings = useMemo(() => Object.values(segmentsById ?? {}).filter((s) => s.documentId === document.id), [segmentsById, document.id]);

  // The whole photo is always the selection, so "Code selection" and Ctrl+K code it (again after
  // each coding, which clears the selection); it follows the caption's length.
  const whole = wholePicture(document);
  useEffect(() => {
    if (selection?.documentId !== document.id || selection.start !== whole.start || selection.end !== whole.end) {
      setSelection({ documentId: document.id, ...whole });
    }
  }, [selection, document.id, whole.start, whole.end, setSelection]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => setSelection(null), [setSelection]);

  const edit = (patch: PicturePatch) => void act('updatePicture', (state) => updatePicture(state, document.id, patch));

  return (
    <ScrollArea h="100%" data-testid="picture-view">
      <Stack gap="sm" p="md" maw={900} mx="auto">
        <Paper withBorder p="xs" style={{ display: 'flex', justifyContent: 'center', background: 'var(--mantine-color-gray-0)' }}>
          {url ? (
            <img src={url} alt={picture?.caption ?? document.title} data-testid="picture-image" style={{ maxWidth: '100%', maxHeight: '55vh', objectFit: 'contain' }} />
          ) : (
            <Text c="dimmed">{t('noImage')}</Text>
          )}
        </Paper>
        <CommitTextInput label={t('caption')} value={picture?.caption ?? document.text} onCommit={(caption) => edit({ caption })} data-testid="picture-caption" />
        <Group grow align="flex-start">
          <CommitTextInput label={t('date')} description={t('dateHint')} value={picture?.date ?? ''} onCommit={(date) => edit({ date })} data-testid="picture-date" />
          <CommitTextInput label={t('place')} value={picture?.place ?? ''} onCommit={(place) => edit({ place })} data-testid="picture-place" />
        </Group>
        <Group justify="space-between">
          <Text fw={500} size="sm">
            {t('codingsTitle')}
          </Text>
          <Button size="xs" variant="light" leftSection={<Tags size={14} />} onClick={() => openPicker('selection')} data-testid="picture-code">
            {t('codeWhole')}
          </Button>
        </Group>
        {codings.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noCodings')}
          </Text>
        ) : (
          codings.map((segment) => (
            <Paper
              key={segment.id}
              withBorder
              p="xs"
              role="button"
              tabIndex={0}
              aria-pressed={segment.id === selectedSegmentId}
              onClick={() => selectSegment(segment.id)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && selectSegment(segment.id)}
              style={{ cursor: 'pointer', borderColor: segment.id === selectedSegmentId ? 'var(--mantine-color-indigo-5)' : undefined }}
              data-testid="picture-coding"
            >
              <Group gap={4}>
                {segment.codeIds.map((id) => {
                  const code = codes?.[id];
                  return (
                    <Badge key={id} variant="light" color="gray" leftSection={<span style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: code?.color }} />}>
                      {code ? codeLabel(code, locale) : '?'}
                    </Badge>
                  );
                })}
              </Group>
              {segment.memo ? (
                <Text size="sm" mt={4} lineClamp={3}>
                  {segment.memo}
                </Text>
              ) : null}
            </Paper>
          ))
        )}
      </Stack>
    </ScrollArea>
  );
}
