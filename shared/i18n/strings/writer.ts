import { defineStrings } from '../define';

/** Satu penyunting per proyek: tab lain yang membuka proyek yang sama hanya membaca. */
export default defineStrings({
  id: {
    'otherTab.title': 'Hanya baca: proyek ini sedang disunting di tab lain',
    'otherTab.body':
      'Agar pekerjaan di dua tab tidak saling menimpa, hanya satu tab yang boleh mengubah proyek. Perubahan dari tab itu muncul di sini dengan sendirinya.',
    'takenOver.title': 'Hanya baca: tab lain mengambil alih penyuntingan',
    'takenOver.body':
      'Semua yang sudah tersimpan tetap ada. Mulai sekarang perubahan di tab ini tidak disimpan; perubahan dari tab lain itu muncul di sini dengan sendirinya.',
    takeOver: 'Ambil alih penyuntingan',
    takeOverHint: 'Tab lain akan menjadi hanya baca. Teks yang sedang diketik di sana dan belum tersimpan tidak ikut.',
    promoted: 'Tab lain yang menyunting proyek ini sudah ditutup. Anda kini dapat menyunting di tab ini.',
    dismiss: 'Tutup pemberitahuan',
    'refused.otherTab':
      'Perubahan ini tidak disimpan: proyek sedang disunting di tab lain dan tab ini hanya baca. Pilih “Ambil alih penyuntingan” untuk menyunting di sini.',
    'refused.takenOver':
      'Perubahan ini tidak disimpan: tab lain telah mengambil alih penyuntingan dan tab ini hanya baca. Pilih “Ambil alih penyuntingan” untuk menyunting di sini lagi.',
    'refused.checking': 'Perubahan ini tidak disimpan: Pilah masih memeriksa apakah proyek ini terbuka di tab lain. Coba sekali lagi.',
    deleteRefused: 'Proyek “{{title}}” tidak dihapus karena sedang terbuka di tab atau jendela lain. Tutup proyek itu di sana terlebih dahulu.',
    deletedElsewhere: 'Proyek “{{title}}” telah dihapus di tab lain, jadi ditutup di sini.',
  },
  en: {
    'otherTab.title': 'Read-only: this project is being edited in another tab',
    'otherTab.body':
      'So that work in two tabs cannot overwrite each other, only one tab may change a project. Changes made in that tab appear here by themselves.',
    'takenOver.title': 'Read-only: another tab took over editing',
    'takenOver.body':
      'Everything already saved is kept. From now on changes in this tab are not saved; changes made in the other tab appear here by themselves.',
    takeOver: 'Take over editing',
    takeOverHint: 'The other tab becomes read-only. Text being typed there that is not saved yet does not come along.',
    promoted: 'The tab that was editing this project has been closed. You can now edit it in this tab.',
    dismiss: 'Dismiss notice',
    'refused.otherTab':
      'This change was not saved: the project is being edited in another tab and this tab is read-only. Choose “Take over editing” to edit here.',
    'refused.takenOver':
      'This change was not saved: another tab took over editing and this tab is read-only. Choose “Take over editing” to edit here again.',
    'refused.checking': 'This change was not saved: Pilah is still checking whether this project is open in another tab. Please try once more.',
    deleteRefused: 'The project “{{title}}” was not deleted because it is open in another tab or window. Close it there first.',
    deletedElsewhere: 'The project “{{title}}” was deleted in another tab, so it was closed here.',
  },
});
