import { Button, Drawer, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { MessageSquare } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { cellSegments, type DisplayMatrix } from '../../../shared/display';
import { useAppStore } from '../../store';

export interface OpenCell {
  matrix: DisplayMatrix;
  row: number;
  column: number;
}

/**
 * The segments behind one display cell — quote, informant, document and line — each
 * opening the transcript at its place; with the cell's summary and, for an informant's
 * cell, a way to comment on it.
 */
export function CellDrawer({ open, onClose }: { open: OpenCell | null; onClose(): void }) {
  const { t } = useTranslation('displayScreen');
  const state = useAppStore((s) => s.current);
  const revealSegment = useAppStore((s) => s.revealSegment);
  const openComments = useAppStore((s) => s.openComments);
  const row = open?.matrix.rows[open.row];
  const column = open?.matrix.columns[open.column];
  const cell = open?.matrix.cells[open.row]?.[open.column];
  const found = open && state ? cellSegments(state, open.matrix, open.row, open.column) : [];
  const informantId = column && column.informantIds.length === 1 && column.informantIds[0] === column.key ? column.key : null;

  return (
    <Drawer
      opened={open !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={row && column ? t('cellTitle', { row: row.label, column: column.label }) : ''}
      data-testid="display-cell-drawer"
    >
      <Stack gap="sm">
        {cell?.summary ? (
          <Paper withBorder p="sm" bg="gray.0">
            <Text size="xs" fw={700} c="dimmed">
              {t('summary')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="display-cell-summary">
              {cell.summary}
            </Text>
          </Paper>
        ) : null}
        {row && informantId ? (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<MessageSquare size={14} aria-hidden />}
            onClick={() => {
              // The drawer's overlay would cover the comments panel it opens beside the screen.
              onClose();
              openComments({ kind: 'cell', codeId: row.codeId, informantId });
            }}
            style={{ alignSelf: 'flex-start' }}
            data-testid="display-cell-comment"
          >
            {t('comment')}
          </Button>
        ) : null}
        {found.length === 0 ? <Text c="dimmed">{t('cellEmpty')}</Text> : null}
        {found.map((item) => (
          <UnstyledButton key={item.segment.id} onClick={() => revealSegment(item.segment.id)} data-testid={`display-segment-${item.segment.id}`}>
            <Paper withBorder p="sm">
              <Text size="xs" c="dimmed">
                {item.informant ? (item.informant.name ? `${item.informant.label} · ${item.informant.name}` : item.informant.label) : t('noInformant')}
                {' — '}
                {t('openAt', { document: item.document.title, line: item.line })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                “{item.text}”
              </Text>
              {item.segment.reduced.trim() ? (
                <Text size="sm" fs="italic" mt={4}>
                  {item.segment.reduced}
                </Text>
              ) : null}
            </Paper>
          </UnstyledButton>
        ))}
      </Stack>
    </Drawer>
  );
}
