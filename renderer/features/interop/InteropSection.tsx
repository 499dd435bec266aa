import { Alert, Button, Checkbox, Divider, Group, List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { CircleAlert, CircleCheck, FileDown, FileUp } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translate } from '../../../shared/i18n';
import { needsUtf16Choice } from '../../../shared/refi/write-qdpx';
import { EmptyCodebookError } from '../../../shared/refi/write-qdc';
import { useAppStore } from '../../store';
import { exportCodebook, exportQdpx, type CodebookFormat } from './exports';
import { importCodebookFile, type CodebookImportOutcome } from './import-codebook';

type Notice = { tone: 'ok' | 'error'; text: string; details?: string[] } | null;

/**
 * "Pertukaran data": the project as a REFI-QDA file for other programs, the codebook as
 * .qdc, CSV or Excel, and a codebook brought in from a file as one undoable step.
 */
export function InteropSection() {
  const { t } = useTranslation('interop');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const [standardOnly, setStandardOnly] = useState(false);
  const [utf16, setUtf16] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const documents = current?.documents;
  // Offered only when some text holds characters whose count differs between the two units.
  const offerUtf16 = useMemo(() => (documents ? needsUtf16Choice({ documents: Object.values(documents) }) : false), [documents]);
  const hasCodes = current ? Object.keys(current.codes).length > 0 : false;
  if (!current) return null;

  const run = async (work: () => Promise<Notice | undefined>) => {
    setBusy(true);
    setNotice(null);
    try {
      const next = await work();
      if (next !== undefined) setNotice(next);
    } catch (err) {
      const text = err instanceof EmptyCodebookError ? translate(locale, err.messageKey) : translate(locale, 'interop:export-failed', { detail: err instanceof Error ? err.message : String(err) });
      setNotice({ tone: 'error', text });
    } finally {
      setBusy(false);
    }
  };
  const saved = (file: string | null): Notice | undefined => (file ? { tone: 'ok', text: t('exported', { file }) } : undefined);
  const state = () => useAppStore.getState().current!;

  const onExportQdpx = () => run(async () => saved(await exportQdpx(state(), { standardOnly, offsets: offerUtf16 && utf16 ? 'utf16' : 'codepoints' }, locale)));
  const onExportCodebook = (format: CodebookFormat) => run(async () => saved(await exportCodebook(state(), format, locale)));
  const onImport = () => run(async () => noticeFor(await importCodebookFile(locale), t));

  return (
    <Paper withBorder p="md" data-testid="interop-section">
      <Title order={2} size="h5">
        {t('title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('hint')}
      </Text>
      <Stack gap="md">
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('qdpx-label')}
          </Text>
          <Radio.Group value={standardOnly ? 'standard' : 'extras'} onChange={(value) => setStandardOnly(value === 'standard')}>
            <Stack gap={6}>
              <Radio value="extras" label={t('qdpx-with-extras')} description={t('qdpx-with-extras-hint')} data-testid="qdpx-with-extras" />
              <Radio value="standard" label={t('qdpx-standard-only')} description={t('qdpx-standard-only-hint')} data-testid="qdpx-standard-only" />
            </Stack>
          </Radio.Group>
          {offerUtf16 ? (
            <Checkbox checked={utf16} onChange={(e) => setUtf16(e.currentTarget.checked)} label={t('utf16-label')} description={t('utf16-hint')} data-testid="qdpx-utf16" />
          ) : null}
          <Group>
            <Button leftSection={<FileDown size={16} />} onClick={() => void onExportQdpx()} loading={busy} data-testid="export-qdpx">
              {t('export-qdpx')}
            </Button>
          </Group>
        </Stack>
        <Divider />
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('export-title')}
          </Text>
          {hasCodes ? null : (
            <Text size="sm" c="dimmed">
              {t('no-codes')}
            </Text>
          )}
          <Group gap="xs">
            {(['qdc', 'csv', 'taguette', 'xlsx'] as const).map((format) => (
              <Button key={format} variant="light" leftSection={<FileDown size={16} />} disabled={!hasCodes || busy} onClick={() => void onExportCodebook(format)} data-testid={`export-codebook-${format}`}>
                {t(`export-${format}`)}
              </Button>
            ))}
          </Group>
        </Stack>
        <Divider />
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('import-title')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('import-hint')}
          </Text>
          <Group>
            <Button variant="light" leftSection={<FileUp size={16} />} onClick={() => void onImport()} disabled={busy} data-testid="import-codebook">
              {t('import-button')}
            </Button>
          </Group>
        </Stack>
        {notice ? (
          <Alert
            color={notice.tone === 'ok' ? 'teal' : 'red'}
            icon={notice.tone === 'ok' ? <CircleCheck size={16} /> : <CircleAlert size={16} />}
            withCloseButton
            onClose={() => setNotice(null)}
            data-testid="interop-notice"
          >
            <Text size="sm">{notice.text}</Text>
            {notice.details ? (
              <List size="sm" mt="xs" data-testid="interop-problems">
                {notice.details.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** What the section shows after an import: the summary, the refused rows, or why it failed. */
function noticeFor(outcome: CodebookImportOutcome, t: (key: string, values?: Record<string, unknown>) => string): Notice | undefined {
  switch (outcome.kind) {
    case 'cancelled':
      return undefined;
    case 'failed':
      return { tone: 'error', text: outcome.message };
    case 'refused':
      return { tone: 'error', text: t('import-refused', { file: outcome.file }), details: outcome.problems };
    case 'imported': {
      const { added, merged, definitionsFilled } = outcome.summary;
      const details = [...(definitionsFilled > 0 ? [t('import-done-definitions', { count: definitionsFilled })] : []), ...outcome.notes];
      const text = added === 0 && definitionsFilled === 0 ? t('import-nothing', { file: outcome.file }) : t('import-done', { file: outcome.file, added, merged });
      return { tone: 'ok', text, details: details.length > 0 ? details : undefined };
    }
  }
}
