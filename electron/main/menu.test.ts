import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../shared/model/types';
import { buildMenuTemplate, type MenuContext } from './menu';

function setup(overrides: Partial<MenuContext> = {}) {
  const context: MenuContext = {
    locale: 'id',
    isDev: false,
    isMac: false,
    send: vi.fn(),
    chooseLanguage: vi.fn(),
    ...overrides,
  };
  return { context, template: buildMenuTemplate(context) };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const find = (items: MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label)!;
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('application menu', () => {
  it.each<[Locale, string[], string[], string[]]>([
    [
      'id',
      ['Berkas', 'Sunting', 'Tampilan'],
      ['Proyek baru', 'Buka berkas proyek…', 'Simpan berkas proyek sebagai…', 'Impor data (transkrip, PDF, foto)…', 'Hubungkan ke server…', 'Keluar'],
      ['Urungkan', 'Ulangi', 'Potong', 'Salin', 'Tempel', 'Pilih semua'],
    ],
    [
      'en',
      ['File', 'Edit', 'View'],
      ['New project', 'Open project file…', 'Save project file as…', 'Import data (transcripts, PDFs, photos)…', 'Connect to a server…', 'Quit'],
      ['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select all'],
    ],
  ])('is written in %s', (locale, top, file, edit) => {
    const { template } = setup({ locale });
    expect(labels(template)).toEqual(top);
    expect(labels(submenu(template[0]))).toEqual(file);
    expect(labels(submenu(template[1]))).toEqual(edit);
  });

  it.each([
    ['Proyek baru', 'project:new'],
    ['Buka berkas proyek…', 'project:open-file'],
    ['Simpan berkas proyek sebagai…', 'project:save-file'],
    ['Impor data (transkrip, PDF, foto)…', 'transcripts:import'],
    ['Hubungkan ke server…', 'sync:connect'],
  ])('File → %s sends %s to the renderer', (label, command) => {
    const { template, context } = setup();
    click(find(submenu(template[0]), label));
    expect(context.send).toHaveBeenCalledWith(command);
  });

  it('sends undo and redo to the renderer, which owns the history', () => {
    const { template, context } = setup();
    const edit = submenu(template[1]);
    click(find(edit, 'Urungkan'));
    click(find(edit, 'Ulangi'));
    expect(vi.mocked(context.send).mock.calls).toEqual([['edit:undo'], ['edit:redo']]);
    expect(find(edit, 'Urungkan')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(find(edit, 'Ulangi')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('switches language from View → Language, with the current one checked', () => {
    const { template, context } = setup({ locale: 'id' });
    const languages = submenu(find(submenu(template[2]), 'Bahasa'));
    expect(languages.map((i) => [i.label, i.checked])).toEqual([
      ['Bahasa Indonesia', true],
      ['English', false],
    ]);
    click(languages[1]!);
    expect(context.chooseLanguage).toHaveBeenCalledWith('en');
    expect(context.send).toHaveBeenCalledWith('view:language-en');
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => submenu(setup({ isDev }).template[2]).map((i) => i.role).filter(Boolean);
    expect(roles(false)).toEqual([]);
    expect(roles(true)).toEqual(['reload', 'toggleDevTools']);
  });

  it('puts Quit in the application menu on macOS', () => {
    const { template } = setup({ isMac: true });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(submenu(template[1]).some((i) => i.role === 'quit')).toBe(false);
  });
});
