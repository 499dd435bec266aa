import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../shared/model/types';
import type { BackupStore } from '../backups';
import type { FilePort } from '../files';
import { UserError } from '../user-error';
import { createHandlers, type DialogPort } from './handlers';

/** An in-memory disk: path → bytes. */
function fakeFiles(initial: Record<string, Uint8Array> = {}) {
  const disk = new Map(Object.entries(initial));
  const files: FilePort = {
    size: async (p) => {
      const bytes = disk.get(p);
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return bytes.byteLength;
    },
    read: async (p) => disk.get(p)!,
    writeAtomic: vi.fn(async (p: string, bytes: Uint8Array) => {
      disk.set(p, bytes);
    }),
  };
  return { disk, files };
}

function fakeDialog(answer: { open?: string[]; save?: string | null; replace?: boolean } = {}) {
  const dialog: DialogPort = {
    pickFiles: vi.fn(async () => answer.open ?? []),
    pickSavePath: vi.fn(async () => answer.save ?? null),
    confirmReplace: vi.fn(async () => answer.replace ?? false),
  };
  return dialog;
}

const noBackups: BackupStore = {
  write: async () => {
    throw new Error('not used');
  },
  list: async () => [],
  read: async () => new Uint8Array(),
};

function setup(options: { open?: string[]; save?: string | null; replace?: boolean; disk?: Record<string, Uint8Array>; locale?: Locale; max?: number } = {}) {
  const { disk, files } = fakeFiles(options.disk);
  const dialog = fakeDialog(options);
  let locale: Locale = options.locale ?? 'id';
  const setLocale = vi.fn((l: Locale) => {
    locale = l;
  });
  const handlers = createHandlers({
    dialog,
    files,
    backups: noBackups,
    app: { version: '0.1.0', platform: 'linux', locale: 'id-ID' },
    language: { get: () => locale, set: setLocale },
    credentials: { save: async () => false, load: async () => null, forget: async () => undefined },
    maxFileBytes: options.max ?? 1000,
  });
  return { handlers, dialog, files, disk, setLocale };
}

const docx = new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]);
const txt = new TextEncoder().encode('P: Selamat pagi, Bu.\nI: Pagi.');

describe('transcripts:pick', () => {
  it('returns [] when the dialog is cancelled', async () => {
    const { handlers } = setup();
    expect(await handlers['transcripts:pick']()).toEqual([]);
  });

  it('returns every picked file with its bare name and exact bytes, in the order picked', async () => {
    const { handlers } = setup({
      open: ['/home/sri/data/wawancara-I1.docx', '/home/sri/data/catatan.txt'],
      disk: { '/home/sri/data/wawancara-I1.docx': docx, '/home/sri/data/catatan.txt': txt },
    });
    expect(await handlers['transcripts:pick']()).toEqual([
      { name: 'wawancara-I1.docx', bytes: docx },
      { name: 'catatan.txt', bytes: txt },
    ]);
  });

  it('asks for .docx, .txt and .pdf in the user language, several at once', async () => {
    const { handlers, dialog } = setup({ locale: 'en' });
    await handlers['transcripts:pick']();
    expect(dialog.pickFiles).toHaveBeenCalledWith({
      title: 'Import transcripts, PDF documents or fieldwork photos',
      buttonLabel: 'Import',
      filters: [
        { name: 'Transcripts, documents and photos (Word .docx, text .txt, PDF .pdf, photos .jpg/.png)', extensions: ['docx', 'txt', 'pdf', 'jpg', 'jpeg', 'png'] },
        { name: 'All files', extensions: ['*'] },
      ],
      multiple: true,
    });
  });

  it('refuses a file over the size limit with a message naming it, and returns nothing', async () => {
    const { handlers } = setup({
      open: ['/d/kecil.txt', '/d/besar.docx'],
      disk: { '/d/kecil.txt': txt, '/d/besar.docx': new Uint8Array(2 * 1024 * 1024) },
      max: 1024 * 1024,
    });
    const failure = handlers['transcripts:pick']();
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toMatchObject({
      key: 'errorFileTooLarge',
      values: { name: 'besar.docx', size: 2, limit: 1 },
    });
  });

  it('refuses a .txt over the transcript limit (20 MB) by its size, without reading it', async () => {
    const { handlers, files } = setup({ open: ['/d/rekaman.txt'], max: 200 * 1024 * 1024 });
    files.size = async () => 200 * 1024 * 1024;
    files.read = vi.fn(async () => new Uint8Array(1));
    await expect(handlers['transcripts:pick']()).rejects.toMatchObject({ key: 'errorFileTooLarge', values: { name: 'rekaman.txt', size: 200, limit: 20 } });
    expect(files.read).not.toHaveBeenCalled();
  });

  it('reports a file that vanished after picking as unreadable, by name', async () => {
    const { handlers } = setup({ open: ['/d/hilang.docx'] });
    await expect(handlers['transcripts:pick']()).rejects.toMatchObject({ key: 'errorFileUnreadable', values: { name: 'hilang.docx' } });
  });
});

describe('project:open-file', () => {
  it('returns null when cancelled', async () => {
    const { handlers } = setup();
    expect(await handlers['project:open-file']()).toBeNull();
  });

  it('returns the chosen project file and offers only .qdpx', async () => {
    const qdpx = new Uint8Array([0x50, 0x4b, 5, 6]);
    const { handlers, dialog } = setup({ open: ['/d/skripsi.qdpx'], disk: { '/d/skripsi.qdpx': qdpx } });
    expect(await handlers['project:open-file']()).toEqual({ name: 'skripsi.qdpx', bytes: qdpx });
    expect(dialog.pickFiles).toHaveBeenCalledWith(
      expect.objectContaining({ multiple: false, filters: [{ name: 'Berkas proyek (REFI-QDA .qdpx)', extensions: ['qdpx'] }] }),
    );
  });
});

describe('project:save-file', () => {
  it('returns null and writes nothing when cancelled', async () => {
    const { handlers, files } = setup({ save: null });
    expect(await handlers['project:save-file']({ suggestedName: 'Skripsi', bytes: docx })).toBeNull();
    expect(files.writeAtomic).not.toHaveBeenCalled();
  });

  it('suggests a clean name, writes the bytes atomically and returns the file name', async () => {
    const { handlers, dialog, files, disk } = setup({ save: '/home/sri/Pemberdayaan UMKM.qdpx' });
    const bytes = new Uint8Array([1, 2, 3, 4]);
    expect(await handlers['project:save-file']({ suggestedName: 'Pemberdayaan: UMKM?', bytes })).toBe('Pemberdayaan UMKM.qdpx');
    expect(dialog.pickSavePath).toHaveBeenCalledWith(expect.objectContaining({ defaultName: 'Pemberdayaan UMKM.qdpx' }));
    expect(files.writeAtomic).toHaveBeenCalledWith('/home/sri/Pemberdayaan UMKM.qdpx', bytes);
    expect(disk.get('/home/sri/Pemberdayaan UMKM.qdpx')).toEqual(bytes);
  });

  it('adds .qdpx when the user typed a name without it', async () => {
    const { handlers, disk } = setup({ save: '/home/sri/skripsi' });
    expect(await handlers['project:save-file']({ suggestedName: 'x', bytes: docx })).toBe('skripsi.qdpx');
    expect(disk.has('/home/sri/skripsi.qdpx')).toBe(true);
  });

  it('asks before replacing a file that has the name only once Pilah added .qdpx, and keeps it when told no', async () => {
    const old = new Uint8Array([9, 9, 9]);
    const { handlers, dialog, files, disk } = setup({ save: '/home/sri/skripsi', replace: false, disk: { '/home/sri/skripsi.qdpx': old }, locale: 'en' });
    expect(await handlers['project:save-file']({ suggestedName: 'x', bytes: docx })).toBeNull();
    expect(dialog.confirmReplace).toHaveBeenCalledWith({
      message: '"skripsi.qdpx" already exists. Replace it?',
      detail: 'Pilah added .qdpx to the name you typed, and a file with that name already exists in the folder "/home/sri". Replacing it overwrites its contents.',
      replaceLabel: 'Replace',
      cancelLabel: 'Cancel',
    });
    expect(files.writeAtomic).not.toHaveBeenCalled();
    expect(disk.get('/home/sri/skripsi.qdpx')).toEqual(old);
  });

  it('replaces it when the user confirms', async () => {
    const { handlers, disk } = setup({ save: '/home/sri/skripsi', replace: true, disk: { '/home/sri/skripsi.qdpx': new Uint8Array([9]) } });
    expect(await handlers['project:save-file']({ suggestedName: 'x', bytes: docx })).toBe('skripsi.qdpx');
    expect(disk.get('/home/sri/skripsi.qdpx')).toEqual(docx);
  });

  it('does not ask again when the name chosen already had the extension (the save dialog asked)', async () => {
    const { handlers, dialog, disk } = setup({ save: '/home/sri/skripsi.qdpx', disk: { '/home/sri/skripsi.qdpx': new Uint8Array([9]) } });
    expect(await handlers['project:save-file']({ suggestedName: 'x', bytes: docx })).toBe('skripsi.qdpx');
    expect(dialog.confirmReplace).not.toHaveBeenCalled();
    expect(disk.get('/home/sri/skripsi.qdpx')).toEqual(docx);
  });

  it('does not ask when nothing has the name', async () => {
    const { handlers, dialog } = setup({ save: '/home/sri/baru' });
    expect(await handlers['project:save-file']({ suggestedName: 'x', bytes: docx })).toBe('baru.qdpx');
    expect(dialog.confirmReplace).not.toHaveBeenCalled();
  });

  it('turns a failed write into a message naming the file', async () => {
    const { handlers, files } = setup({ save: '/ro/skripsi.qdpx' });
    vi.mocked(files.writeAtomic).mockRejectedValueOnce(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    await expect(handlers['project:save-file']({ suggestedName: 'x', bytes: docx })).rejects.toMatchObject({
      key: 'errorFileNotWritten',
      values: { name: 'skripsi.qdpx' },
    });
  });
});

describe('file:open and file:save', () => {
  it('offers a codebook dialog with .qdc, .csv and .xlsx and returns the file', async () => {
    const csv = new Uint8Array([0x6e, 0x61]);
    const { handlers, dialog } = setup({ open: ['/d/kode.csv'], disk: { '/d/kode.csv': csv } });
    expect(await handlers['file:open']({ kind: 'codebook' })).toEqual({ name: 'kode.csv', bytes: csv });
    expect(dialog.pickFiles).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'Buku kode (.qdc, .csv, .xlsx)', extensions: ['qdc', 'csv', 'xlsx'] }] }),
    );
  });

  it('offers a format profile dialog with .json only and returns the file', async () => {
    const json = new Uint8Array([0x7b, 0x7d]);
    const { handlers, dialog } = setup({ open: ['/d/fia-2024.json'], disk: { '/d/fia-2024.json': json } });
    expect(await handlers['file:open']({ kind: 'formatProfile' })).toEqual({ name: 'fia-2024.json', bytes: json });
    expect(dialog.pickFiles).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'Profil format Pilah (.json)', extensions: ['json'] }] }));
  });

  it.each([
    ['docx', '/home/sri/lampiran', 'lampiran.docx', 'Dokumen Word (.docx)'],
    ['xlsx', '/home/sri/matriks.xlsx', 'matriks.xlsx', 'Buku kerja Excel (.xlsx)'],
    ['qdc', '/home/sri/buku kode', 'buku kode.qdc', 'Buku kode REFI-QDA (.qdc)'],
    ['json', '/home/sri/Klasik', 'Klasik.json', 'Profil format Pilah (.json)'],
  ] as const)('saves a .%s export with its extension and filter', async (kind, chosen, written, filterName) => {
    const { handlers, dialog, disk } = setup({ save: chosen });
    const bytes = new Uint8Array([9, 8, 7]);
    expect(await handlers['file:save']({ kind, suggestedName: 'Lampiran: Skripsi', bytes })).toBe(written);
    expect(dialog.pickSavePath).toHaveBeenCalledWith(
      expect.objectContaining({ defaultName: `Lampiran Skripsi.${kind}`, filters: [{ name: filterName, extensions: [kind] }] }),
    );
    expect(disk.get(`/home/sri/${written}`)).toEqual(bytes);
  });

  it('asks before an export replaces a file Pilah named by adding the extension', async () => {
    const old = new Uint8Array([7]);
    const { handlers, dialog, disk } = setup({ save: '/home/sri/lampiran', replace: false, disk: { '/home/sri/lampiran.docx': old } });
    expect(await handlers['file:save']({ kind: 'docx', suggestedName: 'Lampiran', bytes: docx })).toBeNull();
    expect(vi.mocked(dialog.confirmReplace).mock.calls[0]![0].message).toBe('Berkas "lampiran.docx" sudah ada. Ganti?');
    expect(disk.get('/home/sri/lampiran.docx')).toEqual(old);
  });

  it('writes nothing when the export dialog is cancelled', async () => {
    const { handlers, files } = setup({ save: null });
    expect(await handlers['file:save']({ kind: 'docx', suggestedName: 'x', bytes: docx })).toBeNull();
    expect(files.writeAtomic).not.toHaveBeenCalled();
  });
});

describe('app', () => {
  it('reports version, platform and OS language', async () => {
    const { handlers } = setup();
    expect(await handlers['app:info']()).toEqual({ version: '0.1.0', platform: 'linux', locale: 'id-ID' });
  });

  it('switches the language used for dialog titles', async () => {
    const { handlers, dialog, setLocale } = setup({ locale: 'id' });
    await handlers['app:set-locale']({ locale: 'en' });
    expect(setLocale).toHaveBeenCalledWith('en');
    await handlers['project:open-file']();
    expect(dialog.pickFiles).toHaveBeenCalledWith(expect.objectContaining({ title: 'Open project file' }));
  });
});
