import { Anchor, Badge, Group, List, Paper, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { AlertTriangle } from 'lucide-react';
import { useId, useState } from 'react';
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
        return t('warnings.question-never-asked', { category: warning.category, count: warning.questionIds.length });
    }
  };
}

/** "3. Bagaimana …": each question with its number in the guide. */
function useQuestionList() {
  const state = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  return (ids: readonly string[]): { id: string; text: string }[] => {
    const questions = state ? orderedQuestions(state) : [];
    return ids.map((id) => {
      const at = questions.findIndex((q) => q.id === id);
      return { id, text: at < 0 ? id : `${at + 1}. ${localized(questions[at]!.text, locale)}` };
    });
  };
}

/**
 * A category's never-asked questions as a count, the questions themselves folded away: listed
 * in full, three categories of a dozen questions would fill the panel at 1366 × 768.
 */
function NeverAskedWarning({ warning, text, target }: { warning: Extract<ConclusionWarning, { kind: 'question-never-asked' }>; text: string; target: { hint: string; open(): void } }) {
  const { t } = useTranslation('conclusions');
  const [open, setOpen] = useState(false);
  const questions = useQuestionList()(warning.questionIds);
  const id = useId();
  return (
    <Stack gap={2} data-testid={`warning-question-never-asked-${warning.category}`}>
      <Tooltip label={target.hint} position="left" openDelay={400}>
        <UnstyledButton onClick={target.open} style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
          {text}
        </UnstyledButton>
      </Tooltip>
      <Anchor component="button" type="button" size="xs" ta="left" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen((o) => !o)} data-testid="never-asked-toggle">
        {open ? t('warnings.questions.hide') : t('warnings.questions.show')}
      </Anchor>
      {open ? (
        <List id={id} size="xs" spacing={2} listStyleType="none" aria-label={t('warnings.questions.label', { category: warning.category })} data-testid="never-asked-questions">
          {questions.map((q) => (
            <List.Item key={q.id}>{q.text}</List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
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
                if (warning.kind === 'question-never-asked') return <NeverAskedWarning key={keyOf(warning)} warning={warning} text={textOf(warning)} target={target} />;
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
