import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'Cadangan',
    hint: 'Pilah membuat cadangan otomatis saat proyek dibuka, setiap 5 menit bila ada perubahan, dan saat proyek ditutup. Sepuluh cadangan terbaru disimpan.',
    saveAs: 'Simpan berkas proyek sebagai…',
    whereDesktop: 'Cadangan disimpan sebagai berkas .qdpx di folder data pengguna. Untuk memindahkan proyek ke laptop lain atau mengirimnya ke pembimbing, gunakan "Simpan berkas proyek sebagai…".',
    whereBrowser: 'Di peramban, cadangan disimpan di penyimpanan peramban ini. Untuk menyimpan proyek di tempat lain, gunakan "Simpan berkas proyek sebagai…".',
    listTitle: 'Cadangan otomatis',
    empty: 'Belum ada cadangan untuk proyek ini.',
    createdAt: 'Waktu',
    size: 'Ukuran',
    restore: 'Pulihkan',
    restoreTitle: 'Pulihkan cadangan ini?',
    restoreMessage: 'Cadangan {{date}} akan dibuka sebagai salinan baru proyek. Proyek yang sekarang tidak diubah dan tetap ada di daftar proyek.',
    restoredTitle: '{{title}} (dipulihkan {{date}})',
  },
  en: {
    title: 'Backups',
    hint: 'Pilah backs up automatically when a project is opened, every 5 minutes when something changed, and when it is closed. The ten newest backups are kept.',
    saveAs: 'Save project file as…',
    whereDesktop: 'Backups are kept as .qdpx files in your user data folder. To move the project to another laptop or send it to your supervisor, use "Save project file as…".',
    whereBrowser: 'In a browser, backups are kept in this browser\'s storage. To keep the project elsewhere, use "Save project file as…".',
    listTitle: 'Automatic backups',
    empty: 'No backups of this project yet.',
    createdAt: 'Time',
    size: 'Size',
    restore: 'Restore',
    restoreTitle: 'Restore this backup?',
    restoreMessage: 'The backup of {{date}} will open as a new copy of the project. The current project is not changed and stays in the project list.',
    restoredTitle: '{{title}} (restored {{date}})',
  },
});
