import { Alert, Button, Checkbox, CloseButton, Group, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { Tags } from 'lucide-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeAllHits, searchText } from '../../../../shared/project';
import { act, useAppStore } from '../../../store';
import { CodePicker } from '../code-picker/CodePicker';
import { useWorkspace } from '../workspace-store';

/** Hits listed at once; coding all hits still codes every hit found. */
const SHOWN_HITS = 300;

/** Text search across transcripts (Ctrl+F): hits in context, a click away, and "code all hits". */
export function SearchPanel() {
  const { t } = useTranslation('coding');
  const current = useAppStore((s) => s.current);
  const activeDocumentId = useAppStore((s) => s.activeDocumentId);
  const openDocument = useAppStore((s) => s.openDocument);
  const setSearchOpen = useWorkspace((s) => s.setSearchOpen);
  const selectRange = useWorkspace((s) => s.selectRange);
  const [query, setQuery] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [onlyThis, setOnlyThis] = useState(false);
  const [picking, setPicking] = useState(false);
  const [codedCount, setCodedCount] = useState<number | null>(null);
  const deferredQuery = useDeferredValue(query);

  const documents = current?.documents;
  const result = useMemo(() => {
    if (!current) return { hits: [], truncated: false };
    return searchText(current, deferredQuery, {
      caseSensitive,
      wholeWord,
      ...(onlyThis && activeDocumentId ? { documentIds: [activeDocumentId] } : {}),
    });
    // Texts never change after import: only the documents table matters, not codings.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documents, deferredQuery, caseSensitive, wholeWord, onlyThis, activeDocumentId]);

  const codeAll = async (codeIds: string[]) => {
    const codeId = codeIds[0];
    if (!codeId || result.hits.length === 0) return;
    const hits = result.hits;
    if (await act('codeAllHits', (s, by) => codeAllHits(s, hits, codeId, by.now, by.coderId))) setCodedCount(hits.length);
  };

  return (
    <Stack gap="xs" data-testid="search-panel" style={{ height: '100%', minHeight: 0 }}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h5">{t('searchTitle')}</Title>
        <CloseButton aria-label={t('closeSearch')} onClick={() => setSearchOpen(false)} data-testid="search-close" />
      </Group>
      <TextInput
        autoFocus
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setCodedCount(null);
        }}
        onKeyDown={(e) => e.key === 'Escape' && setSearchOpen(false)}
        data-testid="search-input"
      />
      <Group gap="md">
        <Checkbox size="xs" label={t('matchCase')} checked={caseSensitive} onChange={(e) => setCaseSensitive(e.currentTarget.checked)} data-testid="search-case" />
        <Checkbox size="xs" label={t('wholeWord')} checked={wholeWord} onChange={(e) => setWholeWord(e.currentTarget.checked)} data-testid="search-whole-word" />
        <Checkbox size="xs" label={t('onlyThisDocument')} checked={onlyThis} disabled={!activeDocumentId} onChange={(e) => setOnlyThis(e.currentTarget.checked)} />
      </Group>
      {deferredQuery.trim() && (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" data-testid="search-count">
            {t('hitCount', { count: result.hits.length })}
          </Text>
          <Button size="compact-xs" leftSection={<Tags size={12} />} disabled={result.hits.length === 0} onClick={() => setPicking(true)} data-testid="search-code-all">
            {t('codeAllHits')}
          </Button>
        </Group>
      )}
      {result.truncated && (
        <Alert color="yellow" p="xs" data-testid="search-truncated">
          {t('searchTruncated', { count: result.hits.length })}
        </Alert>
      )}
      {codedCount !== null && (
        <Alert color="green" p="xs" data-testid="search-coded">
          {t('hitsCoded', { count: codedCount })}
        </Alert>
      )}
      <div style={{ flex: 1, overflow: 'auto', minHeight: 0 }} data-testid="search-results">
        {result.hits.slice(0, SHOWN_HITS).map((hit) => {
          const document = current?.documents[hit.documentId];
          const informant = document?.informantId ? current?.informants[document.informantId] : undefined;
          return (
            <UnstyledButton
              key={`${hit.documentId}:${hit.start}`}
              display="block"
              w="100%"
              p={6}
              style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
              onClick={() => {
                if (useAppStore.getState().activeDocumentId !== hit.documentId) openDocument(hit.documentId);
                selectRange({ documentId: hit.documentId, start: hit.start, end: hit.end });
              }}
              data-testid="search-hit"
            >
              <Text size="xs" c="dimmed">
                {t('hitPlace', { informant: informant?.label ?? '—', document: document?.title ?? '', line: hit.line })}
              </Text>
              <Text size="sm">
                {hit.before}
                <mark>{hit.match}</mark>
                {hit.after}
              </Text>
            </UnstyledButton>
          );
        })}
        {result.hits.length > SHOWN_HITS && (
          <Text size="xs" c="dimmed" p="xs">
            {t('moreHits', { count: result.hits.length - SHOWN_HITS })}
          </Text>
        )}
      </div>
      <CodePicker opened={picking} onClose={() => setPicking(false)} onApply={(ids) => void codeAll(ids.slice(0, 1))} title={t('codeAllHitsWith', { count: result.hits.length })} />
    </Stack>
  );
}
