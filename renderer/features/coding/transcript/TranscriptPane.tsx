import { Button, Group, Kbd, Switch, Text } from '@mantine/core';
import { Search, Tags } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { useWorkspace } from '../workspace-store';
import { DocumentPicker } from './DocumentPicker';
import { TranscriptView } from './TranscriptView';
import { PictureView } from '../picture/PictureView';

/** The centre of the coding workspace: the document picker, coding tools and the transcript. */
export function TranscriptPane() {
  const { t } = useTranslation('coding');
  const document = useAppStore((s) => (s.activeDocumentId ? s.current?.documents[s.activeDocumentId] : undefined));
  const hasDocuments = useAppStore((s) => Object.keys(s.current?.documents ?? {}).length > 0);
  const selection = useWorkspace((s) => s.selection);
  const openPicker = useWorkspace((s) => s.openPicker);
  const setSearchOpen = useWorkspace((s) => s.setSearchOpen);
  const codable = !!selection && selection.documentId === document?.id;
  // With several coders, each can hide the others' codings while coding (independent coding for agreement).
  const hasCoders = useAppStore((s) => Object.keys(s.current?.coders ?? {}).length > 0);
  const showOthers = useAppStore((s) => s.showOthersCodings);
  const setShowOthers = useAppStore((s) => s.setShowOthersCodings);
  // The pane renders on every change of the text selection (and so on every coding): what does
  // not depend on it is kept, so React skips it.
  const searchButton = useMemo(
    () => (
      <Button
        size="xs"
        variant="subtle"
        leftSection={<Search size={14} />}
        rightSection={<Kbd size="xs">{t('shortcutSearch')}</Kbd>}
        onClick={() => setSearchOpen(true)}
        data-testid="open-search"
      >
        {t('search')}
      </Button>
    ),
    [t, setSearchOpen],
  );
  const hint = useMemo(
    () => (
      <Text size="xs" c="dimmed" px="xs" py={4} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        {t('keyboardHint')}
      </Text>
    ),
    [t],
  );
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      {/* Wraps when the pane is narrow (a laptop screen with the comments panel open), so the document picker and both buttons stay whole. */}
      <Group gap="xs" p="xs" wrap="wrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <DocumentPicker />
        <Button
          size="xs"
          variant="light"
          leftSection={<Tags size={14} />}
          rightSection={<Kbd size="xs">{t('shortcutPicker')}</Kbd>}
          disabled={!codable}
          onClick={() => openPicker('selection')}
          data-testid="open-code-picker"
        >
          {t('codeSelection')}
        </Button>
        {searchButton}
        {hasCoders ? (
          <Switch
            size="xs"
            checked={showOthers}
            onChange={(e) => setShowOthers(e.currentTarget.checked)}
            label={t('showOthersCodings')}
            title={t('showOthersCodingsHint')}
            data-testid="show-others-codings"
          />
        ) : null}
      </Group>
      <div style={{ flex: 1, minHeight: 0 }}>
        {document?.medium === 'picture' ? (
          <PictureView key={document.id} document={document} />
        ) : document ? (
          <TranscriptView key={document.id} document={document} />
        ) : (
          <Text c="dimmed" p="xl" ta="center">
            {hasDocuments ? t('noDocumentOpen') : t('noDocuments')}
          </Text>
        )}
      </div>
      {hint}
    </div>
  );
}
