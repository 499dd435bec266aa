import { ActionIcon, Alert, Button, Container, Group, Paper, PasswordInput, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { ArrowLeft, Eye, RefreshCw, Trash2 } from 'lucide-react';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectProgress } from '../../../shared/sync';
import { formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store';
import { addDatabase, insecureWarning, openForReview, reloadAll, removeDatabase, useCohort, type RowState } from './cohort-store';
import { parseDatabaseAddress, isAddress } from './database-address';

/** "Mahasiswa bimbingan": the students' project databases the supervisor reads, each with its progress. */
export function CohortScreen() {
  const { t } = useTranslation('cohort');
  const urls = useCohort((s) => s.urls);
  const rows = useCohort((s) => s.rows);
  const setOpen = useCohort((s) => s.setOpen);
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    // Rows already read this session keep their figures; the others say what they need.
    const { rows: known, urls: listed } = useCohort.getState();
    if (listed.some((u) => !known[u])) void reloadAll();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdding(true);
    setProblem(null);
    const refused = await addDatabase(url, { username: username.trim(), password });
    setAdding(false);
    setProblem(refused);
    if (!refused) setUrl('');
  };

  const parsed = url.trim() ? parseDatabaseAddress(url) : null;
  const warning = parsed && isAddress(parsed) ? insecureWarning(parsed.url) : null;

  return (
    <Container size="xl" py="lg" data-testid="cohort-screen">
      <Group justify="space-between" mb="xs">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Button variant="subtle" leftSection={<ArrowLeft size={16} />} onClick={() => setOpen(false)} data-testid="cohort-back">
          {t('back')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="md" maw={900}>
        {t('intro')}
      </Text>
      <Paper withBorder p="md" mb="md" component="form" onSubmit={(e: FormEvent) => void submit(e)}>
        <Group align="flex-end" wrap="wrap" gap="sm">
          <TextInput label={t('url')} placeholder={t('urlPlaceholder')} value={url} onChange={(e) => setUrl(e.currentTarget.value)} style={{ flex: '1 1 360px' }} data-testid="cohort-url" />
          <TextInput label={t('username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} autoComplete="username" w={170} data-testid="cohort-username" />
          <PasswordInput label={t('password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" w={170} data-testid="cohort-password" />
          <Button type="submit" loading={adding} disabled={!url.trim()} data-testid="cohort-add">
            {t('add')}
          </Button>
          <Button variant="default" leftSection={<RefreshCw size={16} />} onClick={() => void reloadAll({ username: username.trim(), password })} disabled={urls.length === 0} data-testid="cohort-reload">
            {t('reload')}
          </Button>
        </Group>
        {warning ? (
          <Text size="xs" c="orange.9" mt="xs" data-testid="cohort-insecure">
            {warning}
          </Text>
        ) : null}
        {problem ? (
          <Alert color="red" mt="sm" data-testid="cohort-problem">
            {problem}
          </Alert>
        ) : null}
      </Paper>
      {urls.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="cohort-empty">
          {t('empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder verticalSpacing="xs" data-testid="cohort-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('student')}</Table.Th>
                <Table.Th>{t('project')}</Table.Th>
                <Table.Th ta="right">{t('coded')}</Table.Th>
                <Table.Th ta="right">
                  <Tooltip label={t('summariesHint')} multiline w={260}>
                    <span>{t('summaries')}</span>
                  </Tooltip>
                </Table.Th>
                <Table.Th ta="right">
                  <Tooltip label={t('conclusionsHint')} multiline w={260}>
                    <span>{t('conclusions')}</span>
                  </Tooltip>
                </Table.Th>
                <Table.Th ta="right">{t('comments')}</Table.Th>
                <Table.Th>{t('lastActivity')}</Table.Th>
                <Table.Th>{t('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {urls.map((u) => (
                <CohortRow key={u} url={u} row={rows[u]} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Container>
  );
}

function CohortRow({ url, row }: { url: string; row: RowState | undefined }) {
  const { t } = useTranslation('cohort');
  const opening = useCohort((s) => s.opening);
  const parsed = parseDatabaseAddress(url);
  const db = isAddress(parsed) ? parsed.db : url;
  const actions = (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('reviewHint')} multiline w={260}>
        <Button size="xs" variant="light" leftSection={<Eye size={14} />} disabled={row?.status !== 'ready' || opening !== null} loading={opening === url} onClick={() => void openForReview(url)} data-testid="cohort-review">
          {t('review')}
        </Button>
      </Tooltip>
      <Tooltip label={t('remove')}>
        <ActionIcon variant="subtle" color="gray" aria-label={t('removeLabel', { db })} onClick={() => removeDatabase(url)} data-testid="cohort-remove">
          <Trash2 size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
  if (row?.status !== 'ready') {
    return (
      <Table.Tr data-testid="cohort-row" data-db={db}>
        <Table.Td colSpan={7}>
          <Text size="sm" fw={600}>
            {db}
          </Text>
          <Text size="sm" c={row?.status === 'error' ? 'red.8' : 'dimmed'} data-testid="cohort-row-status">
            {row?.status === 'error' ? row.message : t('loading')}
          </Text>
        </Table.Td>
        <Table.Td>{actions}</Table.Td>
      </Table.Tr>
    );
  }
  return <ProgressRow db={db} progress={row.progress} actions={actions} />;
}

function ProgressRow({ db, progress, actions }: { db: string; progress: ProjectProgress; actions: ReactNode }) {
  const { t } = useTranslation('cohort');
  const locale = useAppStore((s) => s.locale);
  const others = progress.coders.slice(1).filter((c) => c.codedSegments + c.summaries + c.comments > 0);
  return (
    <Table.Tr data-testid="cohort-row" data-db={db}>
      <Table.Td>
        <Text size="sm" fw={600} data-testid="cohort-student">
          {progress.researcher || '—'}
        </Text>
        <Text size="xs" c="dimmed">
          {db}
        </Text>
      </Table.Td>
      <Table.Td maw={320}>
        <Text size="sm" data-testid="cohort-title">
          {progress.title}
        </Text>
        {others.map((c) => (
          <Text key={c.coderId ?? ''} size="xs" c="dimmed">
            {t('coderShare', { name: c.name, segments: c.codedSegments, summaries: c.summaries, comments: c.comments })}
          </Text>
        ))}
      </Table.Td>
      <Table.Td ta="right" data-testid="cohort-coded">
        {progress.codedSegments}
      </Table.Td>
      <Table.Td ta="right" data-testid="cohort-summaries">
        {t('ofTotal', { done: progress.summariesWritten, total: progress.cellsWithData })}
      </Table.Td>
      <Table.Td ta="right" data-testid="cohort-conclusions">
        {t('ofTotal', { done: progress.indicatorsConcluded, total: progress.indicators })}
      </Table.Td>
      <Table.Td ta="right" data-testid="cohort-comments">
        {progress.openComments}
      </Table.Td>
      <Table.Td data-testid="cohort-last-activity">{progress.lastActivity ? formatDateTime(progress.lastActivity, locale) : '—'}</Table.Td>
      <Table.Td>{actions}</Table.Td>
    </Table.Tr>
  );
}
