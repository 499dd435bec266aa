import { Box, Button, Paper, Stack, Text } from '@mantine/core';
import { Eye, EyeOff } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorDraft, type DraftLine } from '../../../shared/chapter';
import { useAppStore } from '../../store';

/** One line of the draft as the Word file shows it: placeholders highlighted, quotes indented. */
function PreviewLine({ line }: { line: DraftLine }) {
  switch (line.kind) {
    case 'placeholder':
      return (
        <Text size="sm" fs="italic">
          <mark style={{ background: 'var(--mantine-color-yellow-2)' }}>{line.text}</mark>
        </Text>
      );
    case 'quote':
      return (
        <Text size="sm" mx="lg">
          <i>“{line.words}”</i> {line.citation}
        </Text>
      );
    case 'heading':
    case 'title':
      return (
        <Text size="sm" fw={700}>
          {line.text}
        </Text>
      );
    case 'figure':
      return <Text size="sm">{line.caption}</Text>;
    default:
      return <Text size="sm">{line.text}</Text>;
  }
}

/**
 * What the Bab IV draft will say for this indicator (or this dimension's or framework's own
 * conclusion): the same builder as the Word file, shown as text, computed only while open.
 */
export function ChapterPreview({ codeId }: { codeId: string }) {
  const { t } = useTranslation('conclusions');
  const [open, setOpen] = useState(false);
  const state = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const lines = useMemo(
    () => (open && state ? indicatorDraft(state, codeId, { locale, format: state.project.settings.formatProfile?.settings }) : []),
    [open, state, codeId, locale],
  );
  return (
    <Box>
      <Button size="compact-xs" variant="subtle" leftSection={open ? <EyeOff size={14} /> : <Eye size={14} />} onClick={() => setOpen((o) => !o)} data-testid={`chapter-preview-toggle-${codeId}`}>
        {open ? t('previewHide') : t('preview')}
      </Button>
      {open ? (
        <Paper withBorder p="xs" mt={4} bg="var(--mantine-color-gray-0)" data-testid={`chapter-preview-${codeId}`}>
          <Stack gap={6}>
            {lines.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('previewEmpty')}
              </Text>
            ) : null}
            {lines.map((line, i) => (
              <PreviewLine key={i} line={line} />
            ))}
          </Stack>
        </Paper>
      ) : null}
    </Box>
  );
}
