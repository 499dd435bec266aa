import { defineStrings } from '../define';

/** The desktop shell: window title, menus, file dialogs and the errors main reports. */
export default defineStrings({
  id: {
    title: 'Pilah',

    menuFile: 'Berkas',
    menuNewProject: 'Proyek baru',
    menuOpenProjectFile: 'Buka berkas proyek…',
    menuSaveProjectFileAs: 'Simpan berkas proyek sebagai…',
    menuImportTranscripts: 'Impor transkrip…',
    menuQuit: 'Keluar',
    menuEdit: 'Sunting',
    menuUndo: 'Urungkan',
    menuRedo: 'Ulangi',
    menuCut: 'Potong',
    menuCopy: 'Salin',
    menuPaste: 'Tempel',
    menuSelectAll: 'Pilih semua',
    menuView: 'Tampilan',
    menuLanguage: 'Bahasa',
    languageIndonesian: 'Bahasa Indonesia',
    languageEnglish: 'English',
    menuReload: 'Muat ulang',
    menuDevTools: 'Alat pengembang',

    dialogImportTranscriptsTitle: 'Impor transkrip wawancara',
    dialogImportButton: 'Impor',
    dialogOpenProjectTitle: 'Buka berkas proyek',
    dialogOpenButton: 'Buka',
    dialogSaveProjectTitle: 'Simpan berkas proyek',
    dialogSaveButton: 'Simpan',
    filterTranscripts: 'Transkrip (Word .docx, teks .txt)',
    filterProjects: 'Berkas proyek (REFI-QDA .qdpx)',
    filterAllFiles: 'Semua berkas',

    errorFileTooLarge: 'Berkas "{{name}}" terlalu besar ({{size}} MB). Pilah hanya membuka berkas hingga {{limit}} MB.',
    errorFileUnreadable:
      'Berkas "{{name}}" tidak dapat dibaca. Periksa apakah berkas itu masih ada dan Anda berhak membukanya.',
    errorFileNotWritten:
      'Berkas "{{name}}" tidak dapat disimpan. Periksa sisa ruang disk dan izin folder, lalu coba lagi.',
    errorBackupNotWritten: 'Cadangan otomatis tidak dapat ditulis. Periksa sisa ruang disk.',
    errorBackupNotFound:
      'Cadangan ini sudah tidak ada. Pilah hanya menyimpan 10 cadangan terbaru per proyek, jadi cadangan lama terhapus.',
    errorBadRequest: 'Aplikasi menolak permintaan yang tidak sah. Muat ulang jendela lalu coba lagi.',
    errorUnexpected:
      'Terjadi kesalahan tak terduga. Coba lagi; jika terulang, simpan berkas proyek lalu mulai ulang Pilah.',
  },
  en: {
    title: 'Pilah',

    menuFile: 'File',
    menuNewProject: 'New project',
    menuOpenProjectFile: 'Open project file…',
    menuSaveProjectFileAs: 'Save project file as…',
    menuImportTranscripts: 'Import transcripts…',
    menuQuit: 'Quit',
    menuEdit: 'Edit',
    menuUndo: 'Undo',
    menuRedo: 'Redo',
    menuCut: 'Cut',
    menuCopy: 'Copy',
    menuPaste: 'Paste',
    menuSelectAll: 'Select all',
    menuView: 'View',
    menuLanguage: 'Language',
    languageIndonesian: 'Bahasa Indonesia',
    languageEnglish: 'English',
    menuReload: 'Reload',
    menuDevTools: 'Developer tools',

    dialogImportTranscriptsTitle: 'Import interview transcripts',
    dialogImportButton: 'Import',
    dialogOpenProjectTitle: 'Open project file',
    dialogOpenButton: 'Open',
    dialogSaveProjectTitle: 'Save project file',
    dialogSaveButton: 'Save',
    filterTranscripts: 'Transcripts (Word .docx, text .txt)',
    filterProjects: 'Project files (REFI-QDA .qdpx)',
    filterAllFiles: 'All files',

    errorFileTooLarge: 'The file "{{name}}" is too large ({{size}} MB). Pilah opens files of up to {{limit}} MB.',
    errorFileUnreadable: 'The file "{{name}}" could not be read. Check that it still exists and that you may open it.',
    errorFileNotWritten:
      'The file "{{name}}" could not be saved. Check the free disk space and the folder permissions, then try again.',
    errorBackupNotWritten: 'The automatic backup could not be written. Check the free disk space.',
    errorBackupNotFound:
      'This backup no longer exists. Pilah keeps only the newest 10 backups per project, so older ones are removed.',
    errorBadRequest: 'The app refused a malformed request. Reload the window and try again.',
    errorUnexpected: 'Something unexpected went wrong. Try again; if it happens again, save the project file and restart Pilah.',
  },
});
