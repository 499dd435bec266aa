import { ActionIcon, Button, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { Plus, Settings2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_VERDICT_SCALE } from '../../../shared/model/defaults';
import type { Conclusion } from '../../../shared/model/types';
import { CommitTextarea, DeleteIconButton } from '../../components';
import { useAppStore } from '../../store';
import { CommentButton, useWorkLocked } from '../review';
import { EvidenceChips } from './EvidenceChips';
import { removeConclusion, saveConclusionText, setConclusionVerdict, type ConclusionTarget } from './conclusion-actions';

interface Props {
  codeId: string;
  codeName: string;
  /** The conclusion shown, or undefined for the empty fields of a card not concluded yet. */
  conclusion: Conclusion | undefined;
  /** Suffix of the test ids when a code carries more than one conclusion. */
  index: number;
  onPickEvidence(target: ConclusionTarget): void;
  onEditScale(): void;
}

/** One conclusion's text, verdict, evidence and comment button (read-only while a supervisor reviews). */
export function ConclusionFields({ codeId, codeName, conclusion, index, onPickEvidence, onEditScale }: Props) {
  const { t } = useTranslation('conclusions');
  const scale = useAppStore((s) => s.current?.project.settings.verdictScale ?? []);
  // A supervisor reads and comments; the fields stay the student's.
  const locked = useWorkLocked();
  const target: ConclusionTarget = { codeId, conclusionId: conclusion?.id ?? null };
  const suffix = index === 0 ? codeId : `${codeId}-${index}`;
  const verdict = conclusion?.verdict ?? '';
  // A verdict from an imported file that is not on the scale is still shown, not silently dropped.
  const options = verdict && !scale.includes(verdict) ? [...scale, verdict] : scale;
  // The default scale is stored in Indonesian; in English its words read as the appendix prints them.
  const defaultWords = t('defaultVerdicts').split(',');
  const levels = options.map((level) => ({ value: level, label: defaultWords[DEFAULT_VERDICT_SCALE.indexOf(level.trim())] ?? level }));

  return (
    <Stack gap="xs">
      <CommitTextarea
        aria-label={t('textLabel')}
        placeholder={t('textPlaceholder', { code: codeName })}
        autosize
        minRows={2}
        value={conclusion?.text ?? ''}
        readOnly={locked}
        onCommit={(text) => void saveConclusionText(target, text)}
        data-testid={`conclusion-text-${suffix}`}
      />
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          label={t('verdictLabel')}
          placeholder={t('verdictPlaceholder')}
          data={levels}
          value={verdict || null}
          onChange={(value) => void setConclusionVerdict(target, value ?? '')}
          clearable={!locked}
          disabled={locked}
          allowDeselect
          w={220}
          size="xs"
          data-testid={`conclusion-verdict-${suffix}`}
        />
        <Tooltip label={t('editScale')}>
          <ActionIcon disabled={locked} variant="subtle" aria-label={t('editScale')} onClick={onEditScale} mb={2} data-testid={`edit-scale-${suffix}`}>
            <Settings2 size={16} />
          </ActionIcon>
        </Tooltip>
        <Group gap="xs" ml="auto" wrap="nowrap">
          {conclusion ? (
            <CommentButton target={{ kind: 'conclusion', conclusionId: conclusion.id }} testId={`conclusion-comment-${suffix}`} />
          ) : (
            <Text size="xs" c="dimmed">
              {t('commentHint')}
            </Text>
          )}
          {conclusion && !locked ? (
            <DeleteIconButton label={t('deleteConclusion')} onClick={() => void removeConclusion(conclusion.id)} data-testid={`conclusion-delete-${suffix}`} />
          ) : null}
        </Group>
      </Group>
      <Stack gap={4}>
        <Text size="xs" fw={600} c="dimmed">
          {t('evidenceLabel')}
        </Text>
        <Group gap="xs" align="center">
          <EvidenceChips conclusion={conclusion} readOnly={locked} />
          {locked ? null : (
            <Button size="compact-sm" variant="subtle" leftSection={<Plus size={14} />} onClick={() => onPickEvidence(target)} data-testid={`evidence-add-${suffix}`}>
              {t('addEvidence')}
            </Button>
          )}
        </Group>
      </Stack>
    </Stack>
  );
}
