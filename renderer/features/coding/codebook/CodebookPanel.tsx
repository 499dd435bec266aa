import { ActionIcon, Group, Select, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { FolderPlus, Search } from 'lucide-react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCode, codeCountsWithDescendants, codeLabel, moveCode, updateCode, updateProject } from '../../../../shared/project';
import { act, useAppStore } from '../../../store';
import { refuseInReviewMode } from '../../review';
import { codeSelection } from '../coding-actions';
import { pinnedNumbers } from '../pinned-codes';
import type { CodeDialog } from './code-dialog-state';
import { CodeDialogs } from './CodeDialogs';
import { CODE_DRAG_TYPE, CodeNode } from './CodeNode';
import { treeRows } from './tree-rows';

const NONE = '__none__';

/** What a node of the tree can ask the panel to do, for the code with the given id. */
interface NodeHandlers {
  toggle(id: string): void;
  select(id: string): void;
  startRename(id: string): void;
  rename(id: string, label: string | null): void;
  addChild(id: string): void;
  dialog(dialog: CodeDialog): void;
  move(draggedId: string, parentId: string | null): void;
}
const NO_HANDLERS: NodeHandlers = { toggle() {}, select() {}, startRename() {}, rename() {}, addChild() {}, dialog() {}, move() {} };

/** The framework whose codes the number keys apply (a supervisor reviewing is told why not). */
function choosePinned(value: string | null) {
  if (refuseInReviewMode()) return;
  const id = !value || value === NONE ? null : value;
  void act('updateSettings', (s) => updateProject(s, { settings: { ...s.project.settings, activeFrameworkCodeId: id } }));
}

/** The left pane: the codebook tree with counts, filter, pinned keys and every codebook action. */
export function CodebookPanel() {
  const { t } = useTranslation('codebook');
  const current = useAppStore((s) => s.current);
  const locale = useAppStore((s) => s.locale);
  const selectedCodeId = useAppStore((s) => s.selectedCodeId);
  const selectCode = useAppStore((s) => s.selectCode);
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [adding, setAdding] = useState<{ parentId: string | null } | null>(null);
  const [dialog, setDialog] = useState<CodeDialog>(null);
  const latest = useRef<NodeHandlers>(NO_HANDLERS);

  const codes = current?.codes;
  const segments = current?.segments;
  const activeId = current?.project.settings.activeFrameworkCodeId ?? null;
  const rows = useMemo(() => treeRows(Object.values(codes ?? {}), collapsed, filter), [codes, collapsed, filter]);
  // Counts change only with the codes or segments tables, not with every other project edit.
  const counts = useMemo(
    () => (codes && segments && current ? codeCountsWithDescendants(current) : {}),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [codes, segments],
  );
  const pins = useMemo(
    () => (current ? pinnedNumbers(current, activeId) : new Map<string, number>()),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [codes, activeId],
  );
  const pinOptions = useMemo(() => {
    if (!current) return [];
    return treeRows(Object.values(current.codes), new Set())
      .filter((r) => r.hasChildren)
      .map((r) => ({ value: r.code.id, label: `${'— '.repeat(r.depth)}${codeLabel(r.code, locale)}` }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [codes, locale]);

  // The panel renders again on every coding (the counts change); what around the tree does not
  // change with them is kept, so React skips it: the pinned-framework select with its options,
  // the filter and the dialogs.
  const addTop = useCallback(() => {
    if (!refuseInReviewMode()) setAdding({ parentId: null });
  }, []);
  const top = useMemo(
    () => (
      <>
        <Group justify="space-between" p="xs" pb={4} wrap="nowrap">
          <Title order={2} size="h5">{t('title')}</Title>
          <Tooltip label={t('addTopLevel')}>
            <ActionIcon variant="subtle" aria-label={t('addTopLevel')} onClick={addTop} data-testid="code-add-top">
              <FolderPlus size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <div style={{ padding: '0 var(--mantine-spacing-xs)' }}>
          <Select
            size="xs"
            label={t('pinnedFor')}
            description={t('pinnedHint')}
            data={[{ value: NONE, label: t('pinnedNone') }, ...pinOptions]}
            value={activeId ?? NONE}
            onChange={choosePinned}
            allowDeselect={false}
            data-testid="pinned-framework"
          />
        </div>
      </>
    ),
    [t, addTop, pinOptions, activeId],
  );
  const filterBox = useMemo(
    () => (
      <TextInput
        mt="xs"
        size="xs"
        leftSection={<Search size={12} />}
        placeholder={t('filterPlaceholder')}
        aria-label={t('filterPlaceholder')}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        data-testid="code-filter"
      />
    ),
    [t, filter],
  );
  const closeDialog = useCallback(() => setDialog(null), []);
  const dialogs = useMemo(() => <CodeDialogs dialog={dialog} onClose={closeDialog} />, [dialog, closeDialog]);

  // Assigned below once the project is known; the nodes read the newest through `latest`.
  let handlers: NodeHandlers | null = null;
  useLayoutEffect(() => {
    if (handlers) latest.current = handlers;
  });

  if (!current) return null;

  // A supervisor reviewing comments on the codebook; every edit says why it is not made.
  const unlessReviewing =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      if (!refuseInReviewMode()) action(...args);
    };

  const toggle = (id: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submitNew = async (label: string) => {
    if (!adding) return;
    const parentId = adding.parentId;
    setAdding(null);
    if (!label.trim()) return;
    let codeId: string | null = null;
    const done = await act('addCode', (s) => {
      const result = addCode(s, { parentId, label, locale });
      codeId = result.codeId;
      return result.changeset;
    });
    if (done && codeId) selectCode(codeId);
  };

  const rename = (codeId: string, label: string | null) => {
    setRenamingId(null);
    const code = current.codes[codeId];
    if (label === null || !code || label.trim() === codeLabel(code, locale)) return;
    void act('renameCode', (s) => updateCode(s, codeId, { label }, locale));
  };

  const move = unlessReviewing((codeId: string, parentId: string | null) => void act('moveCode', (s) => moveCode(s, codeId, parentId)));

  const addingUnder = adding?.parentId ? current.codes[adding.parentId] : undefined;

  // What the tree's nodes do, as of this render. A node re-renders only when what it shows
  // changes (CodeNode is memoised), so its callbacks reach these through a ref rather than
  // keeping the closures of the render that last drew it.
  handlers = {
    toggle,
    select: selectCode,
    startRename: unlessReviewing((id: string) => setRenamingId(id)),
    rename,
    addChild: unlessReviewing((id: string) => {
      setAdding({ parentId: id });
      setCollapsed((c) => new Set([...c].filter((other) => other !== id)));
    }),
    dialog: unlessReviewing(setDialog),
    move,
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      {top}
      <div style={{ padding: '0 var(--mantine-spacing-xs)' }}>
        {adding && (
          <TextInput
            mt="xs"
            size="xs"
            autoFocus
            label={addingUnder ? t('newCodeUnder', { parent: codeLabel(addingUnder, locale) }) : t('newTopLevelCode')}
            placeholder={t('newCodePlaceholder')}
            data-testid="code-new-label"
            onKeyDown={(e) => {
              if (e.key === 'Enter') void submitNew(e.currentTarget.value);
              if (e.key === 'Escape') setAdding(null);
            }}
            onBlur={(e) => void submitNew(e.currentTarget.value)}
          />
        )}
        {filterBox}
      </div>
      <div
        role="tree"
        aria-label={t('title')}
        data-testid="codebook-tree"
        style={{ flex: 1, overflow: 'auto', padding: 'var(--mantine-spacing-xs)' }}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes(CODE_DRAG_TYPE)) e.preventDefault();
        }}
        onDrop={(e) => {
          // Dropped beside the codes rather than on one: the code goes to the top level.
          const dragged = e.dataTransfer.getData(CODE_DRAG_TYPE);
          if (dragged) move(dragged, null);
        }}
      >
        {rows.length === 0 && (
          <Text size="sm" c="dimmed" p="xs">
            {filter ? t('filterNoMatch') : t('empty')}
          </Text>
        )}
        {rows.map((row) => (
          <CodeNode
            key={row.code.id}
            row={row}
            count={counts[row.code.id] ?? 0}
            pinnedNumber={pins.get(row.code.id)}
            selected={row.code.id === selectedCodeId}
            renaming={row.code.id === renamingId}
            onToggle={() => latest.current.toggle(row.code.id)}
            onSelect={() => latest.current.select(row.code.id)}
            onStartRename={() => latest.current.startRename(row.code.id)}
            onRename={(label) => latest.current.rename(row.code.id, label)}
            onAddChild={() => latest.current.addChild(row.code.id)}
            onDialog={(d) => latest.current.dialog(d)}
            onDropCode={(dragged) => latest.current.move(dragged, row.code.id)}
            onDropText={() => void codeSelection([row.code.id])}
          />
        ))}
      </div>
      {dialogs}
    </div>
  );
}
