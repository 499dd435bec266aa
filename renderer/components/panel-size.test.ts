import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_STEP, loadPanelSize, savePanelSize, sizeAfterDrag, sizeAfterKey, type PanelBounds, type PanelSize } from './panel-size';

const BOUNDS: PanelBounds = { initial: 280, min: 200, max: 480 };
const open = (width: number): PanelSize => ({ width, collapsed: false });

class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
}

describe('a resizable panel', () => {
  it.each<[string, string, boolean, 'left' | 'right', PanelSize, PanelSize | null]>([
    ['→ widens a panel on the left', 'ArrowRight', false, 'left', open(280), open(280 + KEY_STEP)],
    ['← narrows a panel on the left', 'ArrowLeft', false, 'left', open(280), open(280 - KEY_STEP)],
    ['← widens a panel on the right', 'ArrowLeft', false, 'right', open(280), open(280 + KEY_STEP)],
    ['Shift moves four steps', 'ArrowRight', true, 'left', open(280), open(280 + 4 * KEY_STEP)],
    ['stops at its widest', 'ArrowRight', true, 'left', open(470), open(480)],
    ['stops at its narrowest', 'ArrowLeft', false, 'left', open(205), open(200)],
    ['Home goes to the narrowest', 'Home', false, 'left', open(300), open(200)],
    ['End goes to the widest', 'End', false, 'right', open(300), open(480)],
    ['Enter collapses it', 'Enter', false, 'left', open(300), { width: 300, collapsed: true }],
    ['Enter brings it back at its width', 'Enter', false, 'left', { width: 300, collapsed: true }, open(300)],
    ['growing a collapsed panel opens it', 'ArrowRight', false, 'left', { width: 300, collapsed: true }, open(200)],
    ['other keys are not the splitter’s', 'a', false, 'left', open(300), null],
  ])('keyboard: %s', (_, key, shift, side, size, expected) => {
    expect(sizeAfterKey(size, key, shift, side, BOUNDS)).toEqual(expected);
  });

  it('follows the mouse within its bounds', () => {
    expect(sizeAfterDrag(280, 50, 'left', BOUNDS)).toBe(330);
    expect(sizeAfterDrag(280, 50, 'right', BOUNDS)).toBe(230);
    expect(sizeAfterDrag(280, -500, 'left', BOUNDS)).toBe(200);
  });

  describe('remembered', () => {
    beforeEach(() => {
      (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
    });
    afterEach(() => {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    });

    it('per panel, back within bounds, and the first width when nothing (valid) is stored', () => {
      savePanelSize('codebook', { width: 360, collapsed: true });
      expect(loadPanelSize('codebook', BOUNDS)).toEqual({ width: 360, collapsed: true });
      expect(loadPanelSize('inspector', BOUNDS)).toEqual(open(280));
      savePanelSize('inspector', { width: 9999, collapsed: false });
      expect(loadPanelSize('inspector', BOUNDS)).toEqual(open(480));
      globalThis.localStorage.setItem('pilah.panel.nav', '{"width":"wide"}');
      expect(loadPanelSize('nav', BOUNDS)).toEqual(open(280));
    });
  });
});
