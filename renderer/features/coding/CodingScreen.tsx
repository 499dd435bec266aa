import { VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { CodebookPanel } from './codebook/CodebookPanel';
import { CodePicker } from './code-picker/CodePicker';
import { addCodesToSegment, codeSelection } from './coding-actions';
import { Inspector } from './inspector/Inspector';
import { SearchPanel } from './search/SearchPanel';
import { TranscriptPane } from './transcript/TranscriptPane';
import { useWorkspace } from './workspace-store';

const border = '1px solid var(--mantine-color-default-border)';

/** The coding workspace: codebook tree, transcript and inspector (or search), side by side. */
export function CodingScreen() {
  const { t } = useTranslation('coding');
  const hasProject = useAppStore((s) => s.current !== null);
  const activeDocumentId = useAppStore((s) => s.activeDocumentId);
  const openDocument = useAppStore((s) => s.openDocument);
  const firstDocumentId = useAppStore((s) => {
    const docs = Object.values(s.current?.documents ?? {});
    return docs.length ? docs.reduce((a, b) => (b.order < a.order ? b : a)).id : null;
  });
  const selectedSegment = useAppStore((s) => (s.selectedSegmentId ? s.current?.segments[s.selectedSegmentId] : undefined));
  const picker = useWorkspace((s) => s.picker);
  const closePicker = useWorkspace((s) => s.closePicker);
  const searchOpen = useWorkspace((s) => s.searchOpen);

  // Coming to the workspace with nothing open: open the first transcript.
  useEffect(() => {
    if (!activeDocumentId && firstDocumentId) openDocument(firstDocumentId);
  }, [activeDocumentId, firstDocumentId, openDocument]);

  // Ctrl+K and Ctrl+F work anywhere in the workspace.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const ws = useWorkspace.getState();
      if (key === 'k') {
        e.preventDefault();
        const docId = useAppStore.getState().activeDocumentId;
        if (ws.selection && ws.selection.documentId === docId) ws.openPicker('selection');
        else if (useAppStore.getState().selectedSegmentId) ws.openPicker('segment');
      } else if (key === 'f') {
        e.preventDefault();
        ws.setSearchOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!hasProject) return null;

  const apply = (codeIds: string[]) => {
    if (picker === 'selection') void codeSelection(codeIds);
    else if (picker === 'segment' && selectedSegment) void addCodesToSegment(selectedSegment.id, codeIds);
  };

  return (
    <div
      data-testid="coding-screen"
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(220px, 22%) minmax(0, 1fr) minmax(280px, 26%)',
        // The workspace fills the space the app gives it below the header; each pane scrolls on its own.
        height: '100%',
        background: 'var(--mantine-color-body)',
      }}
    >
      {/* The app's one main landmark holds the workspace: the panes are plain boxes inside it. */}
      <VisuallyHidden component="h1">{t('common:nav.coding')}</VisuallyHidden>
      <div style={{ borderRight: border, minHeight: 0 }}>
        <CodebookPanel />
      </div>
      <div style={{ minWidth: 0, minHeight: 0 }}>
        <TranscriptPane />
      </div>
      <div style={{ borderLeft: border, minHeight: 0, padding: searchOpen ? 'var(--mantine-spacing-xs)' : 0 }}>{searchOpen ? <SearchPanel /> : <Inspector />}</div>
      <CodePicker
        opened={picker !== null}
        onClose={closePicker}
        onApply={apply}
        present={picker === 'segment' ? selectedSegment?.codeIds : undefined}
        title={picker === 'segment' ? t('pickerTitleSegment') : t('pickerTitleSelection')}
      />
    </div>
  );
}
