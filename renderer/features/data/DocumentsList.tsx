import { Button, Group, Paper, ScrollArea, Select, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, DocumentKind, DocumentSourceInfo } from '../../../shared/model/types';
import { deleteDocument, updateDocument, updateDocumentSource } from '../../../shared/project';
import { CommitTextInput, ConfirmDialog, DeleteIconButton, usePendingConfirm, useRowsInSteps } from '../../components';
import { countWords } from '../../lib/format';
import { act, useAppStore } from '../../store';
import { PictureThumbnail } from './PictureThumbnail';

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
  const editSource = (id: string, patch: Parameters<typeof updateDocumentSource>[2]) =>
    void act('editDocumentSource', (state) => updateDocumentSource(state, id, patch));
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
              <Fragment key={doc.id}>
                <Table.Tr data-testid="document-row" data-medium={doc.medium ?? 'text'}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {doc.medium === 'picture' ? <PictureThumbnail document={doc} /> : null}
                      <CommitTextInput
                        size="xs"
                        variant="unstyled"
                        value={doc.title}
                        onCommit={(title) => edit(doc.id, { title })}
                        aria-label={t('document.title')}
                        title={doc.sourceFileName}
                        data-testid="document-title"
                        style={{ flex: 1 }}
                      />
                    </Group>
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
                    {/* A photo has a caption, not words to count. */}
                    {doc.medium === 'picture' ? t('pictures:medium') : (words.get(doc.id) ?? 0).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB')}
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
                {/* Issuer, date and number for a documentation source (a photo has its caption, date and place instead). */}
                {doc.kind === 'document' && doc.medium !== 'picture' ? <DocumentSourceRow doc={doc} onCommit={(patch) => editSource(doc.id, patch)} /> : null}
              </Fragment>
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

const SOURCE_FIELDS = ['issuer', 'date', 'number'] as const;

/**
 * Under a documentation source (a report, a regulation): what identifies it — issuer, date,
 * number — guessed from a PDF's metadata on import and corrected here; and a PDF's page count.
 */
function DocumentSourceRow({ doc, onCommit }: { doc: Document; onCommit(patch: Partial<DocumentSourceInfo>): void }) {
  const { t } = useTranslation('data');
  const info = doc.sourceInfo ?? { issuer: '', date: '', number: '' };
  return (
    <Table.Tr data-testid="document-source">
      <Table.Td colSpan={6} pt={0}>
        <Group gap="xs" wrap="nowrap" pl="sm">
          {SOURCE_FIELDS.map((field) => (
            <Group key={field} gap={6} wrap="nowrap" style={{ flex: field === 'issuer' ? 2 : 1 }}>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} aria-hidden>
                {t(`document.source.${field}Label`)}
              </Text>
              <CommitTextInput
                size="xs"
                value={info[field]}
                onCommit={(value) => onCommit({ [field]: value })}
                placeholder={t(`document.source.${field}`)}
                aria-label={t(`document.source.${field}Label`)}
                data-testid={`document-source-${field}`}
                style={{ flex: 1 }}
              />
            </Group>
          ))}
          {doc.pages ? (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="document-pages">
              {t('document.pdfPages', { count: doc.pages.length })}
            </Text>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
