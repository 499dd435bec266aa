import { Badge, Button, Group, Paper, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerMatrix, linkAnswer, linkedTurns, localized, orderedQuestions } from '../../../shared/instruments';
import { act, useAppStore } from '../../store';

const NONE = '__none__';
const clip = (text: string, length: number): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * Linking answers to questions: the researcher's turns of one interview with the guide
 * question each asks (suggested by shared words, confirmed or corrected by the student),
 * and the display question × informant built from them.
 */
export function AnswersPanel() {
  const { t } = useTranslation('instruments');
  const state = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const interviews = useMemo(
    () =>
      state
        ? Object.values(state.documents)
            .filter((d) => d.kind === 'interview' && d.turns.some((turn) => turn.role === 'researcher'))
            .sort((a, b) => a.order - b.order)
        : [],
    [state],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const document = interviews.find((d) => d.id === chosen) ?? interviews[0];
  const questions = useMemo(() => (state ? orderedQuestions(state) : []), [state]);
  const numbers = useMemo(() => new Map(questions.map((q, i) => [q.id, i + 1])), [questions]);
  const turns = useMemo(() => (state && document ? linkedTurns(state, document, questions) : []), [state, document, questions]);
  const matrix = useMemo(() => (state ? answerMatrix(state) : null), [state]);
  if (!state || !matrix) return null;
  if (!document) return <Text c="dimmed">{t('noInterviews')}</Text>;

  const options = [
    { value: NONE, label: t('noQuestion') },
    ...questions.map((q) => ({ value: q.id, label: `${numbers.get(q.id)}. ${clip(localized(q.text, locale), 90)}` })),
  ];
  const decide = (turnStart: number, value: string | null) =>
    void act('linkAnswer', (s) => linkAnswer(s, document.id, turnStart, value === NONE ? null : (value ?? undefined)));

  return (
    <Stack gap="md" data-testid="answers-panel">
      <Text size="sm" c="dimmed">
        {t('answersHint')}
      </Text>
      <Select
        label={t('transcript')}
        w={360}
        data={interviews.map((d) => ({ value: d.id, label: d.title }))}
        value={document.id}
        onChange={setChosen}
        allowDeselect={false}
        data-testid="answers-transcript"
      />
      <Paper withBorder>
        <Table striped data-testid="answers-turns">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="45%">{t('turn')}</Table.Th>
              <Table.Th>{t('matchedQuestion')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {turns.map((linked) => (
              <Table.Tr key={linked.turn.start} data-testid={`answer-turn-${linked.turn.start}`} data-decided={linked.decided}>
                <Table.Td>
                  <Text size="sm">{clip(document.text.slice(linked.turn.start, linked.turn.end), 220)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Select
                      size="xs"
                      style={{ flex: 1 }}
                      aria-label={t('matchedQuestion')}
                      data={options}
                      value={linked.questionId ?? NONE}
                      onChange={(value) => decide(linked.turn.start, value)}
                      allowDeselect={false}
                      searchable
                      data-testid="answer-question"
                    />
                    <Badge size="sm" variant={linked.decided ? 'filled' : 'light'} color={linked.decided ? 'teal' : 'gray'}>
                      {t(linked.decided ? 'confirmed' : 'suggested')}
                    </Badge>
                    {!linked.decided ? (
                      <Button size="compact-xs" variant="light" onClick={() => decide(linked.turn.start, linked.questionId ?? NONE)} data-testid="answer-confirm">
                        {t('confirm')}
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Title order={3} size="h5">
        {t('matrixTitle')}
      </Title>
      <ScrollArea>
        <Table withTableBorder withColumnBorders data-testid="answers-matrix" style={{ minWidth: 600 }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={280}>{t('matchedQuestion')}</Table.Th>
              {matrix.informants.map((informant) => (
                <Table.Th key={informant.id} title={informant.name}>
                  {informant.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.questions.map((question) => (
              <Table.Tr key={question.id}>
                <Table.Td>
                  <Text size="xs">
                    {numbers.get(question.id)}. {clip(localized(question.text, locale), 120)}
                  </Text>
                </Table.Td>
                {matrix.informants.map((informant) => {
                  const answers = matrix.answers[question.id]?.[informant.id] ?? [];
                  const text = answers.map((a) => a.text).join(' … ');
                  return (
                    <Table.Td key={informant.id} title={text} style={{ verticalAlign: 'top' }}>
                      <Text size="xs" c={answers.length ? undefined : 'dimmed'} fs={answers.some((a) => !a.decided) ? 'italic' : undefined}>
                        {answers.length ? clip(text, 160) : t('noAnswer')}
                      </Text>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}
