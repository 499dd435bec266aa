import { VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Splitter, usePanelSize, type PanelBounds } from '../../components';
import { useAppStore } from '../../store';
import { CodebookPanel } from './codebook/CodebookPanel';
import { CodePicker } from './code-picker/CodePicker';
import { addCodesToSegment, codeSelection } from './coding-actions';
import { Inspector } from './inspector/Inspector';
import { SearchPanel } from './search/SearchPanel';
import { TranscriptPane } from './transcript/TranscriptPane';
import { useWorkspace } from './workspace-store';

/** Wide enough by default for a framework's indicator names at 1366 px; the student can widen them. */
const CODEBOOK: PanelBounds = { initial: 300, min: 200, max: 600 };
const INSPECTOR: PanelBounds = { initial: 320, min: 260, max: 600 };

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
  const searchOpen = useWorkspace((s) => s.searchOpen);
  const { t: tc } = useTranslation('common');
  const [codebook, setCodebook] = usePanelSize('codebook', CODEBOOK);
  const [inspector, setInspector] = usePanelSize('inspector', INSPECTOR);

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

  return (
    <div
      data-testid="coding-screen"
      style={{
        display: 'flex',
        // The workspace fills the space the app gives it below the header; each pane scrolls on its own.
        height: '100%',
        background: 'var(--mantine-color-body)',
      }}
    >
      {/* The app's one main landmark holds the workspace: the panes are plain boxes inside it. */}
      <VisuallyHidden component="h1">{t('common:nav.coding')}</VisuallyHidden>
      <div
        id="coding-codebook"
        data-testid="codebook-panel"
        style={{ width: codebook.width, flex: 'none', minHeight: 0, display: codebook.collapsed ? 'none' : undefined }}
      >
        <CodebookPanel />
      </div>
      <Splitter size={codebook} onChange={setCodebook} bounds={CODEBOOK} side="left" panel={tc('panel.codebook')} controls="coding-codebook" testId="codebook-splitter" />
      <div style={{ flex: 1, minWidth: 0, minHeight: 0 }}>
        <TranscriptPane />
      </div>
      <Splitter size={inspector} onChange={setInspector} bounds={INSPECTOR} side="right" panel={tc('panel.inspector')} controls="coding-inspector" testId="inspector-splitter" />
      <div
        id="coding-inspector"
        data-testid="inspector-panel"
        style={{
          width: inspector.width,
          flex: 'none',
          minHeight: 0,
          padding: searchOpen ? 'var(--mantine-spacing-xs)' : 0,
          display: inspector.collapsed ? 'none' : undefined,
        }}
      >
        {searchOpen ? <SearchPanel /> : <Inspector />}
      </div>
      <WorkspacePicker />
    </div>
  );
}

/**
 * The code picker over the workspace. It follows the selected segment itself, and only while
 * open for it, so selecting a segment (as every coding does) renders neither the workspace
 * nor the closed picker.
 */
function WorkspacePicker() {
  const { t } = useTranslation('coding');
  const picker = useWorkspace((s) => s.picker);
  const closePicker = useWorkspace((s) => s.closePicker);
  // Read only while the picker is open for the segment: a coding selects its new segment.
  const selectedSegment = useAppStore((s) => (picker === 'segment' && s.selectedSegmentId ? s.current?.segments[s.selectedSegmentId] : undefined));
  const apply = (codeIds: string[]) => {
    if (picker === 'selection') void codeSelection(codeIds);
    else if (picker === 'segment' && selectedSegment) void addCodesToSegment(selectedSegment.id, codeIds);
  };
  return (
    <CodePicker
      opened={picker !== null}
      onClose={closePicker}
      onApply={apply}
      present={picker === 'segment' ? selectedSegment?.codeIds : undefined}
      title={picker === 'segment' ? t('pickerTitleSegment') : t('pickerTitleSelection')}
    />
  );
}
