import { Button, Drawer, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Check, FileText } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listDisagreements, type AgreementReport, type Disagreement, type Side } from '../../../shared/agreement';
import type { Segment } from '../../../shared/model/types';
import { lineOfOffset, lineStarts } from '../../../shared/text/lines';
import { useAppStore } from '../../store';
import { acceptSide } from './agreement-actions';
import { CodedText } from './CodedText';

/**
 * Where the two coders differ on one code, passage by passage: the text as each coder
 * coded it, side by side, with "accept A" / "accept B" (undoable) and a way to the transcript.
 */
export function DisagreementView({ report, codeId, onClose }: { report: AgreementReport; codeId: string | null; onClose(): void }) {
  const { t } = useTranslation('agreement');
  const current = useAppStore((s) => s.current);
  const code = report.codes.find((c) => c.id === codeId);
  const documentIds = useMemo(() => report.documents.map((d) => d.id), [report.documents]);
  const list = useMemo(
    () => (current && codeId ? listDisagreements(current, report.coderA.id, report.coderB.id, codeId, { documentIds }) : []),
    [current, codeId, report.coderA.id, report.coderB.id, documentIds],
  );

  return (
    <Drawer
      opened={codeId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={code ? t('differencesTitle', { code: code.path }) : ''}
      data-testid="agreement-differences"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('differencesHint')}
        </Text>
        <Text size="sm" fw={600} data-testid="agreement-differences-count">
          {list.length ? t('differencesCount', { count: list.length }) : t('differencesNone')}
        </Text>
        {code
          ? list.map((d) => <DisagreementCard key={`${d.documentId}:${d.start}:${d.end}`} disagreement={d} report={report} color={code.color} />)
          : null}
      </Stack>
    </Drawer>
  );
}

function DisagreementCard({ disagreement: d, report, color }: { disagreement: Disagreement; report: AgreementReport; color: string }) {
  const { t } = useTranslation('agreement');
  const document = useAppStore((s) => s.current?.documents[d.documentId]);
  const revealSegment = useAppStore((s) => s.revealSegment);
  const starts = useMemo(() => (document ? lineStarts(document.text) : [0]), [document]);
  if (!document) return null;
  const from = lineOfOffset(starts, d.start);
  const to = lineOfOffset(starts, Math.max(d.start, d.end - 1));
  const first = d.segmentsA[0] ?? d.segmentsB[0];
  const accept = (side: Side) => void acceptSide(d, report.coderA.id, report.coderB.id, side);

  const column = (side: Side, name: string, segments: Segment[], differs: Disagreement['onlyA']) => (
    <Paper withBorder p="sm" data-testid={`agreement-side-${side}`}>
      <Stack gap="xs">
        <Text size="xs" fw={700} c="dimmed">
          {side === 'a' ? t('coderA') : t('coderB')} · {name}
        </Text>
        {segments.length ? (
          <CodedText text={document.text} start={d.start} end={d.end} coded={segments} differs={differs} color={color} />
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            {t('notCoded')}
          </Text>
        )}
        <Button
          size="xs"
          variant="light"
          leftSection={<Check size={14} aria-hidden />}
          onClick={() => accept(side)}
          style={{ alignSelf: 'flex-start' }}
          data-testid={`agreement-accept-${side}`}
        >
          {side === 'a' ? t('acceptA') : t('acceptB')}
        </Button>
      </Stack>
    </Paper>
  );

  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="agreement-difference">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {from === to ? t('locationLine', { document: document.title, line: from }) : t('locationLines', { document: document.title, from, to })}
          </Text>
          {first ? (
            <Button size="xs" variant="subtle" leftSection={<FileText size={14} aria-hidden />} onClick={() => revealSegment(first.id)} data-testid="agreement-open-transcript">
              {t('openTranscript')}
            </Button>
          ) : null}
        </Group>
        <SimpleGrid cols={2} spacing="sm">
          {column('a', report.coderA.name, d.segmentsA, d.onlyA)}
          {column('b', report.coderB.name, d.segmentsB, d.onlyB)}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
