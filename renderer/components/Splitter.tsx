import { ActionIcon, Tooltip } from '@mantine/core';
import { PanelLeftClose, PanelLeftOpen, PanelRightClose, PanelRightOpen } from 'lucide-react';
import { useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { sizeAfterDrag, sizeAfterKey, type PanelBounds, type PanelSize } from './panel-size';

interface Props {
  size: PanelSize;
  onChange(size: PanelSize): void;
  bounds: PanelBounds;
  /** Where the panel it resizes is, seen from the splitter. */
  side: 'left' | 'right';
  /** The panel's name in the sentence "Resize the … panel" (already translated). */
  panel: string;
  /** The id of the panel element (aria-controls). */
  controls: string;
  testId: string;
  style?: CSSProperties;
}

/**
 * The handle between two panels: drag it, or focus it and use the arrow keys (Shift: bigger
 * steps), Home/End, Enter to hide or show the panel; the button on it does the same.
 * A WAI-ARIA window splitter (role="separator" with a value).
 */
export function Splitter({ size, onChange, bounds, side, panel, controls, testId, style }: Props) {
  const { t } = useTranslation('common');
  const drag = useRef<{ x: number; width: number } | null>(null);
  const [active, setActive] = useState(false);
  const toggle = () => onChange({ ...size, collapsed: !size.collapsed });
  const Icon = side === 'left' ? (size.collapsed ? PanelLeftOpen : PanelLeftClose) : size.collapsed ? PanelRightOpen : PanelRightClose;
  const toggleLabel = t(size.collapsed ? 'panel.show' : 'panel.hide', { panel });
  return (
    <div style={{ position: 'relative', width: 8, flex: 'none', display: 'flex', justifyContent: 'center', ...style }}>
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={t('panel.resize', { panel })}
        aria-controls={controls}
        aria-valuemin={0}
        aria-valuemax={bounds.max}
        aria-valuenow={size.collapsed ? 0 : size.width}
        tabIndex={0}
        data-testid={testId}
        data-collapsed={size.collapsed}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { x: e.clientX, width: size.collapsed ? bounds.min : size.width };
          setActive(true);
        }}
        onPointerMove={(e) => {
          if (!drag.current) return;
          onChange({ width: sizeAfterDrag(drag.current.width, e.clientX - drag.current.x, side, bounds), collapsed: false });
        }}
        onPointerUp={(e) => {
          drag.current = null;
          setActive(false);
          if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
        }}
        onDoubleClick={toggle}
        onKeyDown={(e) => {
          const next = sizeAfterKey(size, e.key, e.shiftKey, side, bounds);
          if (!next) return;
          e.preventDefault();
          onChange(next);
        }}
        style={{
          width: 8,
          height: '100%',
          cursor: 'col-resize',
          touchAction: 'none',
          outlineOffset: -2,
          background: active ? 'var(--mantine-color-indigo-2)' : undefined,
          borderLeft: '1px solid var(--mantine-color-default-border)',
        }}
      />
      <Tooltip label={toggleLabel} position={side === 'left' ? 'right' : 'left'}>
        <ActionIcon
          size="xs"
          variant="default"
          radius="xl"
          aria-label={toggleLabel}
          aria-expanded={!size.collapsed}
          aria-controls={controls}
          onClick={toggle}
          data-testid={`${testId}-toggle`}
          style={{ position: 'absolute', top: 8, zIndex: 2 }}
        >
          <Icon size={12} />
        </ActionIcon>
      </Tooltip>
    </div>
  );
}
