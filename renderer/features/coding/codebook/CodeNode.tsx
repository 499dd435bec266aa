import { ActionIcon, Badge, ColorSwatch, Menu, Text, TextInput } from '@mantine/core';
import { ChevronDown, ChevronRight, MessageSquarePlus, MoreHorizontal } from 'lucide-react';
import { memo, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { codeLabel, colorName } from '../../../../shared/project';
import { LazyTooltip } from '../../../components';
import { useAppStore } from '../../../store';
import type { CodeDialog } from './code-dialog-state';
import type { TreeRow } from './tree-rows';

/** The drag payload type of a code being moved in the tree. */
export const CODE_DRAG_TYPE = 'application/x-pilah-code';

export interface CodeNodeProps {
  row: TreeRow;
  count: number;
  pinnedNumber: number | undefined;
  selected: boolean;
  renaming: boolean;
  onToggle(): void;
  onSelect(): void;
  onStartRename(): void;
  onRename(label: string | null): void;
  onAddChild(): void;
  onDialog(dialog: CodeDialog): void;
  onDropCode(draggedId: string): void;
  /** Text dragged from the transcript was dropped here: code the selection with this code. */
  onDropText(): void;
}

/**
 * One code in the codebook tree, with its colour, count, pinned key and actions. Drawn again
 * only when what it shows changes: coding a segment in a 50,000-coding project re-rendered
 * every node of the tree (each with its tooltips and menu) before the new coding was painted.
 * Its callbacks are left out of the comparison: the panel's reach the newest handlers by ref.
 */
export const CodeNode = memo(
  CodeNodeView,
  (a, b) => a.row === b.row && a.count === b.count && a.pinnedNumber === b.pinnedNumber && a.selected === b.selected && a.renaming === b.renaming,
);

function CodeNodeView(props: CodeNodeProps) {
  const { t } = useTranslation('codebook');
  const locale = useAppStore((s) => s.locale);
  const { row, count, pinnedNumber, selected } = props;
  const { code } = row;
  const label = codeLabel(code, locale);
  const [dropping, setDropping] = useState(false);
  // The node renders again when its count changes (every coding with its code or a sub-code);
  // its chevron, colour swatch, pinned key and menu (floating tooltips and a dropdown) are kept
  // as they were and reach the newest callbacks through this ref.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const swatch = useMemo(
    () => (
      <LazyTooltip label={colorName(code.color, locale)} openDelay={300}>
        <ColorSwatch
          color={code.color}
          size={12}
          style={{ flex: '0 0 auto', cursor: 'pointer' }}
          aria-label={colorName(code.color, locale)}
          data-testid={`code-color-${code.id}`}
          onClick={(e) => {
            e.stopPropagation();
            latest.current.onDialog({ kind: 'color', codeId: code.id });
          }}
        />
      </LazyTooltip>
    ),
    [code.color, code.id, locale],
  );
  const chevron = useMemo(
    () => (
      <ActionIcon
        size="xs"
        variant="transparent"
        color="gray"
        aria-label={row.expanded ? t('collapse') : t('expand')}
        onClick={(e) => {
          e.stopPropagation();
          latest.current.onToggle();
        }}
        style={{ visibility: row.hasChildren ? 'visible' : 'hidden' }}
        tabIndex={-1}
      >
        {row.expanded ? <ChevronDown size={14} /> : <ChevronRight size={14} />}
      </ActionIcon>
    ),
    [t, row.expanded, row.hasChildren],
  );
  const pin = useMemo(
    () =>
      pinnedNumber === undefined ? null : (
        <LazyTooltip label={t('pinnedKey', { key: pinnedNumber })}>
          <Badge size="xs" variant="outline" color="gray" radius="sm" data-testid={`code-pin-${code.id}`}>
            {pinnedNumber}
          </Badge>
        </LazyTooltip>
      ),
    [t, pinnedNumber, code.id],
  );
  // The menu (a floating dropdown with its own hooks) is set up on its button's first click,
  // opened: drawing one per code made the first screen wait for a hundred menus nobody opened.
  const [menuUsed, setMenuUsed] = useState(false);
  // Focus must stay in the rename or new-code box the chosen action opens.
  const menu = useMemo(
    () =>
      !menuUsed ? (
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          aria-label={t('actions', { code: label })}
          aria-haspopup="menu"
          aria-expanded={false}
          data-testid={`code-menu-${code.id}`}
          onClick={(e) => {
            e.stopPropagation();
            setMenuUsed(true);
          }}
        >
          <MoreHorizontal size={14} />
        </ActionIcon>
      ) : (
        <Menu position="bottom-end" withinPortal returnFocus={false} defaultOpened>
          <Menu.Target>
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('actions', { code: label })} data-testid={`code-menu-${code.id}`} onClick={(e) => e.stopPropagation()}>
              <MoreHorizontal size={14} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown onClick={(e) => e.stopPropagation()}>
            <CodeMenuItems
              codeId={code.id}
              onAddChild={() => latest.current.onAddChild()}
              onStartRename={() => latest.current.onStartRename()}
              onDialog={(dialog) => latest.current.onDialog(dialog)}
            />
          </Menu.Dropdown>
        </Menu>
      ),
    [t, label, code.id, menuUsed],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelect();
    } else if (e.key === 'F2') {
      e.preventDefault();
      props.onStartRename();
    } else if (e.key === 'Delete') {
      e.preventDefault();
      props.onDialog({ kind: 'delete', codeId: code.id });
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
      if (next instanceof HTMLElement && next.getAttribute('role') === 'treeitem') next.focus();
    } else if ((e.key === 'ArrowRight' && row.hasChildren && !row.expanded) || (e.key === 'ArrowLeft' && row.expanded)) {
      e.preventDefault();
      props.onToggle();
    }
  };
  const isCode = (e: DragEvent) => e.dataTransfer.types.includes(CODE_DRAG_TYPE);
  const accepts = (e: DragEvent) => isCode(e) || e.dataTransfer.types.includes('text/plain');

  return (
    <div
      role="treeitem"
      aria-selected={selected}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-level={row.depth + 1}
      tabIndex={0}
      data-testid={`code-node-${code.id}`}
      draggable={!props.renaming}
      onDragStart={(e) => {
        e.dataTransfer.setData(CODE_DRAG_TYPE, code.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = isCode(e) ? 'move' : 'copy';
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        setDropping(false);
        e.preventDefault();
        e.stopPropagation();
        if (!isCode(e)) return props.onDropText();
        const dragged = e.dataTransfer.getData(CODE_DRAG_TYPE);
        if (dragged && dragged !== code.id) props.onDropCode(dragged);
      }}
      onClick={props.onSelect}
      onDoubleClick={props.onStartRename}
      onKeyDown={onKeyDown}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 4,
        paddingLeft: 4 + row.depth * 16,
        paddingRight: 4,
        minHeight: 30,
        borderRadius: 4,
        cursor: 'pointer',
        background: dropping ? 'var(--mantine-color-blue-light-hover)' : selected ? 'var(--mantine-color-blue-light)' : undefined,
        outline: dropping ? '1px dashed var(--mantine-color-blue-6)' : undefined,
        opacity: row.match ? 1 : 0.6,
      }}
    >
      {chevron}
      {swatch}
      {props.renaming ? (
        <TextInput
          size="xs"
          autoFocus
          defaultValue={label}
          aria-label={t('renameLabel')}
          data-testid={`code-rename-${code.id}`}
          style={{ flex: 1 }}
          onClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') props.onRename(e.currentTarget.value);
            if (e.key === 'Escape') props.onRename(null);
          }}
          onBlur={(e) => props.onRename(e.currentTarget.value)}
        />
      ) : (
        // A long indicator name wraps onto a second line rather than being cut off ("Sosialisasi pr…").
        <Text size="sm" lh={1.3} py={3} style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }} title={label}>
          {label}
        </Text>
      )}
      {pin}
      <LazyTooltip label={t('countTooltip', { count })}>
        <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`code-count-${code.id}`}>
          {count}
        </Text>
      </LazyTooltip>
      {menu}
    </div>
  );
}

/**
 * The actions of a code's menu, built only when the menu opens: their labels were translated
 * for every code of the codebook each time the tree was drawn.
 */
function CodeMenuItems({ codeId, onAddChild, onStartRename, onDialog }: { codeId: string } & Pick<CodeNodeProps, 'onAddChild' | 'onStartRename' | 'onDialog'>) {
  const { t } = useTranslation('codebook');
  const { t: tReview } = useTranslation('review');
  const openComments = useAppStore((s) => s.openComments);
  return (
    <>
      <Menu.Item onClick={onAddChild} data-testid="code-action-add-child">
        {t('addChild')}
      </Menu.Item>
      <Menu.Item onClick={onStartRename} data-testid="code-action-rename">
        {t('rename')}
      </Menu.Item>
      <Menu.Item onClick={() => onDialog({ kind: 'color', codeId })} data-testid="code-action-recolor">
        {t('recolor')}
      </Menu.Item>
      <Menu.Item onClick={() => onDialog({ kind: 'move', codeId })} data-testid="code-action-move">
        {t('moveTo')}
      </Menu.Item>
      <Menu.Item onClick={() => onDialog({ kind: 'merge', codeId })} data-testid="code-action-merge">
        {t('mergeInto')}
      </Menu.Item>
      <Menu.Item leftSection={<MessageSquarePlus size={14} />} onClick={() => openComments({ kind: 'code', codeId })} data-testid="code-action-comment">
        {tReview('commentOn')}
      </Menu.Item>
      <Menu.Divider />
      <Menu.Item color="red" onClick={() => onDialog({ kind: 'delete', codeId })} data-testid="code-action-delete">
        {t('delete')}
      </Menu.Item>
    </>
  );
}
