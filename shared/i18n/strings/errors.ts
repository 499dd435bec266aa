import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'Terjadi masalah',
    saveFailed: 'Perubahan tidak dapat disimpan, jadi proyek tidak diubah. ({{detail}})',
    loadFailed: 'Daftar proyek tidak dapat dibaca. ({{detail}})',
    openFailed: 'Proyek tidak dapat dibuka. ({{detail}})',
    storageUnavailable: 'Penyimpanan peramban tidak tersedia. Pilah membutuhkan IndexedDB untuk menyimpan proyek.',
    backupFailed: 'Cadangan otomatis gagal dibuat. Pekerjaan Anda tetap tersimpan. ({{detail}})',
    restoreFailed: 'Cadangan tidak dapat dipulihkan. ({{detail}})',
    fileSaveFailed: 'Berkas proyek tidak dapat disimpan. ({{detail}})',
    unexpected: 'Terjadi kesalahan tak terduga: {{detail}}',
    dismiss: 'Tutup pesan',
  },
  en: {
    title: 'Something went wrong',
    saveFailed: 'The change could not be saved, so the project was not changed. ({{detail}})',
    loadFailed: 'The list of projects could not be read. ({{detail}})',
    openFailed: 'The project could not be opened. ({{detail}})',
    storageUnavailable: 'Browser storage is unavailable. Pilah needs IndexedDB to keep projects.',
    backupFailed: 'The automatic backup could not be written. Your work is still saved. ({{detail}})',
    restoreFailed: 'The backup could not be restored. ({{detail}})',
    fileSaveFailed: 'The project file could not be saved. ({{detail}})',
    unexpected: 'An unexpected error occurred: {{detail}}',
    dismiss: 'Dismiss message',
  },
});
