import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Conclusion } from '../../../shared/model/types';
import { retrieveSegment } from '../../../shared/project/queries';
import { useAppStore } from '../../store';
import { unlinkConclusionEvidence } from './conclusion-actions';

const QUOTE_PREVIEW = 220;

/**
 * The segments a conclusion rests on, each as "I1 · baris 12": a click opens the transcript
 * at the segment, the cross unlinks it. A link to a segment deleted since stays visible
 * (and removable) so the student sees the evidence is gone. Read-only (a supervisor
 * reviewing), the chips still open the transcript but offer no cross.
 */
export function EvidenceChips({ conclusion, readOnly = false }: { conclusion: Conclusion | undefined; readOnly?: boolean }) {
  const { t } = useTranslation('conclusions');
  const state = useAppStore((s) => s.current);
  const revealSegment = useAppStore((s) => s.revealSegment);
  if (!state || !conclusion || conclusion.evidenceSegmentIds.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('noEvidence')}
      </Text>
    );
  }
  return (
    <Group gap={6}>
      {conclusion.evidenceSegmentIds.map((segmentId) => {
        const segment = state.segments[segmentId];
        const retrieved = segment ? retrieveSegment(state, segment) : null;
        const label = retrieved
          ? t('evidenceChip', { informant: retrieved.informant?.label.trim() || retrieved.document.title, line: retrieved.line })
          : t('evidenceGone');
        const quote = retrieved ? (retrieved.text.length > QUOTE_PREVIEW ? `${retrieved.text.slice(0, QUOTE_PREVIEW)}…` : retrieved.text) : '';
        return (
          <Group key={segmentId} gap={0} wrap="nowrap" data-testid={`evidence-chip-${segmentId}`}>
            <Tooltip label={quote ? t('openEvidence', { quote }) : label} multiline maw={420}>
              <Button
                size="compact-sm"
                variant="light"
                color={retrieved ? 'blue' : 'red'}
                disabled={!retrieved}
                onClick={() => revealSegment(segmentId)}
                data-testid={`evidence-open-${segmentId}`}
                style={readOnly ? undefined : { borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
              >
                {label}
              </Button>
            </Tooltip>
            {readOnly ? null : (
              <ActionIcon
                size={22}
                variant="light"
                color={retrieved ? 'blue' : 'red'}
                aria-label={t('removeEvidence', { label })}
                onClick={() => void unlinkConclusionEvidence(conclusion.id, segmentId)}
                data-testid={`evidence-remove-${segmentId}`}
                style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0 }}
              >
                <X size={14} />
              </ActionIcon>
            )}
          </Group>
        );
      })}
    </Group>
  );
}
