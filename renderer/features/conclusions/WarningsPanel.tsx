import { Badge, Group, Paper, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { countWarnings, WARNING_KINDS, type ConclusionWarning } from '../../../shared/conclusions';
import { localized, orderedQuestions } from '../../../shared/instruments';
import { codeLabel } from '../../../shared/project';
import { useAppStore } from '../../store';

/** Warnings listed per kind before "… and N more". */
const LISTED = 25;

/** Where a warning leads: the conclusion card, the transcript, the data screen or the code. */
function useWarningTarget(onOpenCard: (codeId: string) => void) {
  const { t } = useTranslation('conclusions');
  const store = useAppStore.getState;
  return (warning: ConclusionWarning): { hint: string; open(): void } => {
    switch (warning.kind) {
      case 'no-evidence':
      case 'one-group':
        return { hint: t('warnings.open.card'), open: () => onOpenCard(warning.codeId) };
      case 'informant-never-quoted': {
        const [documentId] = warning.documentIds;
        if (!documentId) return { hint: t('warnings.open.data'), open: () => store().setScreen('data') };
        return {
          hint: t('warnings.open.transcript'),
          open: () => {
            store().openDocument(documentId);
            store().setScreen('coding');
          },
        };
      }
      case 'question-never-asked':
        return { hint: t('warnings.open.instruments'), open: () => store().setScreen('instruments') };
      case 'code-never-used':
        return {
          hint: t('warnings.open.code'),
          open: () => {
            store().selectCode(warning.codeId);
            store().setScreen('coding');
          },
        };
    }
  };
}

/** The sentence of one warning, naming its code, group or informant. */
function useWarningText() {
  const { t } = useTranslation('conclusions');
  const state = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const code = (id: string) => (state?.codes[id] ? codeLabel(state.codes[id], locale) : id);
  // "3. Bagaimana …; 7. Apakah …", the guide's numbers, the first few only.
  const questionList = (ids: string[]): string => {
    const questions = state ? orderedQuestions(state) : [];
    const shown = ids.slice(0, 4).map((id) => {
      const at = questions.findIndex((q) => q.id === id);
      return at < 0 ? id : `${at + 1}. ${localized(questions[at]!.text, locale)}`;
    });
    return ids.length > shown.length ? `${shown.join('; ')}; …` : shown.join('; ');
  };
  return (warning: ConclusionWarning): string => {
    switch (warning.kind) {
      case 'no-evidence':
        return t('warnings.no-evidence', { code: code(warning.codeId) });
      case 'one-group':
        return t('warnings.one-group', { code: code(warning.codeId), group: warning.group, count: warning.segmentIds.length });
      case 'informant-never-quoted': {
        const informant = state?.informants[warning.informantId];
        const name = informant ? [informant.label, informant.name].filter((s) => s.trim()).join(' · ') : warning.informantId;
        return t(warning.documentIds.length ? 'warnings.informant-never-quoted' : 'warnings.informant-no-transcript', { informant: name });
      }
      case 'code-never-used':
        return t('warnings.code-never-used', { code: code(warning.codeId) });
      case 'question-never-asked':
        return t('warnings.question-never-asked', { category: warning.category, count: warning.questionIds.length, questions: questionList(warning.questionIds) });
    }
  };
}

const keyOf = (w: ConclusionWarning): string =>
  w.kind === 'no-evidence' ? w.conclusionId : w.kind === 'informant-never-quoted' ? w.informantId : w.kind === 'question-never-asked' ? w.category : w.codeId;

/** The supervisor's warnings with a count per kind; each warning opens what it is about. */
export function WarningsPanel({ warnings, onOpenCard }: { warnings: ConclusionWarning[]; onOpenCard(codeId: string): void }) {
  const { t } = useTranslation('conclusions');
  const targetOf = useWarningTarget(onOpenCard);
  const textOf = useWarningText();
  const counts = countWarnings(warnings);
  return (
    <Paper withBorder p="sm" data-testid="warnings-panel">
      <Group gap="xs" mb="sm">
        <AlertTriangle size={18} />
        <Title order={2} size="h5">
          {t('warnings.title')}
        </Title>
        <Badge color={warnings.length ? 'orange' : 'teal'} data-testid="warnings-total">
          {warnings.length}
        </Badge>
      </Group>
      {warnings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('warnings.none')}
        </Text>
      ) : null}
      <Stack gap="md">
        {WARNING_KINDS.filter((kind) => counts[kind] > 0).map((kind) => {
          const ofKind = warnings.filter((w) => w.kind === kind);
          return (
            <Stack key={kind} gap={4} data-testid={`warnings-${kind}`}>
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {t(`warnings.kind.${kind}`)}
                </Text>
                <Badge variant="light" color="orange" data-testid={`warnings-count-${kind}`}>
                  {counts[kind]}
                </Badge>
              </Group>
              {ofKind.slice(0, LISTED).map((warning) => {
                const target = targetOf(warning);
                return (
                  <Tooltip key={keyOf(warning)} label={target.hint} position="left" openDelay={400}>
                    <UnstyledButton onClick={target.open} data-testid={`warning-${kind}-${keyOf(warning)}`} style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
                      {textOf(warning)}
                    </UnstyledButton>
                  </Tooltip>
                );
              })}
              {ofKind.length > LISTED ? (
                <Text size="xs" c="dimmed">
                  {t('warnings.more', { count: ofKind.length - LISTED })}
                </Text>
              ) : null}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
