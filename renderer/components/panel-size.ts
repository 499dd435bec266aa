/**
 * The width of a resizable panel (the codebook, the inspector, the method navigation): kept
 * within its bounds, moved by keyboard as by mouse, collapsed and brought back, and
 * remembered in localStorage per panel.
 */

export interface PanelBounds {
  /** Width on first use, in CSS pixels. */
  initial: number;
  min: number;
  max: number;
}

export interface PanelSize {
  width: number;
  collapsed: boolean;
}

const PREFIX = 'pilah.panel.';
/** One arrow press moves the splitter this far; with Shift, four times as far. */
export const KEY_STEP = 16;

export const clampWidth = (width: number, { min, max }: PanelBounds): number => Math.round(Math.min(max, Math.max(min, width)));

/**
 * What a key on the splitter does to the panel: arrows move it (toward the panel's side
 * shrinks it), Home and End go to the narrowest and widest, Enter collapses or brings it
 * back. `side` is where the panel is, seen from the splitter. Null: the key is not the splitter's.
 */
export function sizeAfterKey(
  size: PanelSize,
  key: string,
  shift: boolean,
  side: 'left' | 'right',
  bounds: PanelBounds,
): PanelSize | null {
  const step = shift ? KEY_STEP * 4 : KEY_STEP;
  const grow = side === 'left' ? 'ArrowRight' : 'ArrowLeft';
  const shrink = side === 'left' ? 'ArrowLeft' : 'ArrowRight';
  switch (key) {
    case grow:
      return { width: clampWidth((size.collapsed ? bounds.min : size.width) + (size.collapsed ? 0 : step), bounds), collapsed: false };
    case shrink:
      return size.collapsed ? size : { width: clampWidth(size.width - step, bounds), collapsed: false };
    case 'Home':
      return { width: bounds.min, collapsed: false };
    case 'End':
      return { width: bounds.max, collapsed: false };
    case 'Enter':
      return { ...size, collapsed: !size.collapsed };
    default:
      return null;
  }
}

/** The width after dragging the splitter `dx` pixels from where the drag began at `startWidth`. */
export function sizeAfterDrag(startWidth: number, dx: number, side: 'left' | 'right', bounds: PanelBounds): number {
  return clampWidth(side === 'left' ? startWidth + dx : startWidth - dx, bounds);
}

export function loadPanelSize(key: string, bounds: PanelBounds): PanelSize {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(PREFIX + key) ?? 'null');
    if (value && typeof value === 'object') {
      const { width, collapsed } = value as Record<string, unknown>;
      if (typeof width === 'number' && Number.isFinite(width)) return { width: clampWidth(width, bounds), collapsed: collapsed === true };
    }
  } catch {
    // fall through to the panel's first width
  }
  return { width: bounds.initial, collapsed: false };
}

export function savePanelSize(key: string, size: PanelSize): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(size));
  } catch {
    // Not remembering a width is no reason to interrupt the student.
  }
}
