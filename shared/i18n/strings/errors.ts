import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'Terjadi masalah',
    saveFailed: 'Perubahan tidak dapat disimpan, jadi proyek tidak diubah. ({{detail}})',
    storageFull:
      'Ruang penyimpanan laptop penuh, jadi perubahan ini tidak disimpan dan proyek tetap seperti sebelumnya. Kosongkan ruang disk (hapus berkas yang tidak diperlukan atau kosongkan Tempat Sampah), lalu coba lagi.',
    loadFailed: 'Daftar proyek tidak dapat dibaca. ({{detail}})',
    openFailed: 'Proyek tidak dapat dibuka. ({{detail}})',
    storageUnavailable: 'Penyimpanan peramban tidak tersedia. Pilah membutuhkan IndexedDB untuk menyimpan proyek.',
    backupFailed: 'Cadangan otomatis gagal dibuat. Pekerjaan Anda tetap tersimpan. ({{detail}})',
    restoreFailed: 'Cadangan tidak dapat dipulihkan. ({{detail}})',
    fileSaveFailed: 'Berkas proyek tidak dapat disimpan. ({{detail}})',
    unexpected: 'Terjadi kesalahan tak terduga: {{detail}}',
    dismiss: 'Tutup pesan',
    actionFailed: 'Tindakan ini tidak dapat dijalankan, jadi proyek tidak diubah. ({{detail}})',
  },
  en: {
    title: 'Something went wrong',
    saveFailed: 'The change could not be saved, so the project was not changed. ({{detail}})',
    storageFull:
      "The laptop's storage is full, so this change was not saved and the project is as it was. Free some disk space (delete files you do not need or empty the Trash), then try again.",
    loadFailed: 'The list of projects could not be read. ({{detail}})',
    openFailed: 'The project could not be opened. ({{detail}})',
    storageUnavailable: 'Browser storage is unavailable. Pilah needs IndexedDB to keep projects.',
    backupFailed: 'The automatic backup could not be written. Your work is still saved. ({{detail}})',
    restoreFailed: 'The backup could not be restored. ({{detail}})',
    fileSaveFailed: 'The project file could not be saved. ({{detail}})',
    unexpected: 'An unexpected error occurred: {{detail}}',
    dismiss: 'Dismiss message',
    actionFailed: 'This action could not be carried out, so the project was not changed. ({{detail}})',
  },
});
