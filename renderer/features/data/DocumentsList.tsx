import { Button, Group, Paper, ScrollArea, Select, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, DocumentKind } from '../../../shared/model/types';
import { deleteDocument, updateDocument } from '../../../shared/project';
import { CommitTextInput, ConfirmDialog, DeleteIconButton, usePendingConfirm, useRowsInSteps } from '../../components';
import { countWords } from '../../lib/format';
import { act, useAppStore } from '../../store';

const KINDS: DocumentKind[] = ['interview', 'observation', 'document'];

/** The project's transcripts and notes: type and informant editable, each one click from coding. */
export function DocumentsList() {
  const { t } = useTranslation('data');
  const documentsById = useAppStore((s) => s.current?.documents);
  const informantsById = useAppStore((s) => s.current?.informants);
  const segmentsById = useAppStore((s) => s.current?.segments);
  const locale = useAppStore((s) => s.locale);
  const confirmDelete = usePendingConfirm<Document>(
    (doc) => void act('deleteDocument', (state) => deleteDocument(state, doc.id)),
  );
  const pendingDelete = confirmDelete.pending;

  const documents = useMemo(
    () => Object.values(documentsById ?? {}).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, undefined, { numeric: true })),
    [documentsById],
  );
  // Words are counted once per document list, not on every keystroke elsewhere.
  const words = useMemo(() => new Map(documents.map((d) => [d.id, countWords(d.text)])), [documents]);
  const segmentCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of Object.values(segmentsById ?? {})) counts.set(s.documentId, (counts.get(s.documentId) ?? 0) + 1);
    return counts;
  }, [segmentsById]);
  const informantOptions = useMemo(
    () =>
      Object.values(informantsById ?? {})
        .sort((a, b) => a.order - b.order)
        .map((i) => ({ value: i.id, label: i.name ? `${i.label} — ${i.name}` : i.label })),
    [informantsById],
  );
  // What a laptop screen shows below the import panel first; the rest a step per frame.
  const shown = useRowsInSteps(documents.length, 10);
  const kindOptions = KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }));

  const edit = (id: string, patch: Parameters<typeof updateDocument>[2]) =>
    void act('updateDocument', (state) => updateDocument(state, id, patch));
  const open = (id: string) => {
    const { openDocument, setScreen } = useAppStore.getState();
    openDocument(id);
    setScreen('coding');
  };

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="sm">
        {t('documentsTitle')}
      </Title>
      <ScrollArea>
        <Table striped highlightOnHover verticalSpacing={4} data-testid="documents-list" miw={960}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={200}>{t('document.title')}</Table.Th>
              <Table.Th w={190}>{t('document.kind')}</Table.Th>
              <Table.Th w={290}>{t('document.informant')}</Table.Th>
              <Table.Th ta="right">{t('document.words')}</Table.Th>
              <Table.Th ta="right">{t('document.segments')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common:actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.slice(0, shown).map((doc) => (
              <Table.Tr key={doc.id} data-testid="document-row">
                <Table.Td>
                  <CommitTextInput
                    size="xs"
                    variant="unstyled"
                    value={doc.title}
                    onCommit={(title) => edit(doc.id, { title })}
                    aria-label={t('document.title')}
                    title={doc.sourceFileName}
                    data-testid="document-title"
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    variant="unstyled"
                    data={kindOptions}
                    value={doc.kind}
                    allowDeselect={false}
                    onChange={(kind) => kind && edit(doc.id, { kind: kind as DocumentKind })}
                    aria-label={t('document.kind')}
                    data-testid="document-kind"
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    variant="unstyled"
                    data={informantOptions}
                    value={doc.informantId}
                    title={informantOptions.find((o) => o.value === doc.informantId)?.label}
                    placeholder={t('document.noInformant')}
                    clearable
                    onChange={(informantId) => edit(doc.id, { informantId })}
                    aria-label={t('document.informant')}
                    data-testid="document-informant"
                  />
                </Table.Td>
                <Table.Td ta="right" data-testid="document-words">
                  {(words.get(doc.id) ?? 0).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB')}
                </Table.Td>
                <Table.Td ta="right">{segmentCounts.get(doc.id) ?? 0}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-xs" variant="light" onClick={() => open(doc.id)} data-testid="document-open">
                      {t('openForCoding')}
                    </Button>
                    <DeleteIconButton label={t('deleteDocument')} onClick={() => confirmDelete.ask(doc)} data-testid="document-delete" />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t('documentsEmpty')}
        </Text>
      ) : null}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title={t('deleteDocumentTitle')}
        message={t('deleteDocumentMessage', { title: pendingDelete?.title ?? '', count: pendingDelete ? (segmentCounts.get(pendingDelete.id) ?? 0) : 0 })}
        confirmLabel={t('deleteDocument')}
        danger
      />
    </Paper>
  );
}
