import { defineStrings } from '../define';

export default defineStrings({
  id: {
    appName: 'Pilah',
    tagline: 'Pengodean kualitatif untuk penelitian pemberdayaan dan kebijakan publik',
    save: 'Simpan',
    cancel: 'Batal',
    close: 'Tutup',
    delete: 'Hapus',
    edit: 'Ubah',
    add: 'Tambah',
    undo: 'Urungkan',
    redo: 'Ulangi',
    language: 'Bahasa',
    saved: 'Tersimpan',
    saving: 'Menyimpan…',
  },
  en: {
    appName: 'Pilah',
    tagline: 'Qualitative coding for empowerment and public-policy research',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    edit: 'Edit',
    add: 'Add',
    undo: 'Undo',
    redo: 'Redo',
    language: 'Language',
    saved: 'Saved',
    saving: 'Saving…',
  },
});
