import { defineStrings } from '../define';

export default defineStrings({
  id: {
    usage: `Pilah — pengodean kualitatif (baris perintah)

Pemakaian:
  pilah import <berkas>… --out <proyek.qdpx> [--title JUDUL] [--framework KERANGKA]…
      Membuat proyek (atau menambah ke proyek yang ada) dari transkrip .docx/.txt,
      satu informan per transkrip. KERANGKA: empowerment, edward3, woolcock, mouzelis, factors.
  pilah info <proyek.qdpx> [--json]
      Menampilkan isi proyek (kode, informan, dokumen, segmen).

Pilihan umum: --lang id|en (bahasa pesan), --help, --version`,
    unknownCommand: 'Perintah "{{command}}" tidak dikenal; jalankan "pilah --help" untuk melihat perintah yang ada.',
    needOut: 'Sebutkan berkas proyek tujuan dengan --out <proyek.qdpx>.',
    needFiles: 'Sebutkan setidaknya satu transkrip (.docx atau .txt) untuk diimpor.',
    needOneProject: 'Sebutkan tepat satu berkas proyek (.qdpx).',
    outMustBeQdpx: 'Berkas proyek "{{file}}" harus berakhiran .qdpx.',
    unknownFramework: 'Kerangka teori "{{framework}}" tidak dikenal; pilih salah satu dari: {{known}}.',
    badOptions: 'Pilihan perintah tidak dapat dibaca: {{detail}}.',
    fileMissing: 'Berkas "{{file}}" tidak ditemukan.',
    isFolder: '"{{file}}" adalah folder, bukan berkas.',
    noPermission: 'Berkas "{{file}}" tidak dapat dibuka atau ditulis karena izin akses.',
    tooLarge: 'Berkas "{{file}}" terlalu besar (lebih dari {{mb}} MB) untuk dibuka.',
    projectUnreadable: 'Berkas proyek "{{file}}" tidak dapat dibaca.',
    unexpected: 'Terjadi kesalahan yang tidak terduga: {{detail}}.',
    imported: '{{count}} transkrip diimpor ke {{file}}.',
    summary: '{{title}}: {{codes}} kode, {{informants}} informan, {{documents}} dokumen, {{segments}} segmen.',
  },
  en: {
    usage: `Pilah — qualitative coding (command line)

Usage:
  pilah import <file>… --out <project.qdpx> [--title TITLE] [--framework FRAMEWORK]…
      Creates a project (or adds to an existing one) from .docx/.txt transcripts,
      one informant per transcript. FRAMEWORK: empowerment, edward3, woolcock, mouzelis, factors.
  pilah info <project.qdpx> [--json]
      Shows what a project holds (codes, informants, documents, segments).

Common options: --lang id|en (message language), --help, --version`,
    unknownCommand: 'Unknown command "{{command}}"; run "pilah --help" to see the commands.',
    needOut: 'Name the project file to write with --out <project.qdpx>.',
    needFiles: 'Name at least one transcript (.docx or .txt) to import.',
    needOneProject: 'Name exactly one project file (.qdpx).',
    outMustBeQdpx: 'The project file "{{file}}" must end in .qdpx.',
    unknownFramework: 'Unknown framework "{{framework}}"; choose one of: {{known}}.',
    badOptions: 'The command options could not be read: {{detail}}.',
    fileMissing: 'The file "{{file}}" was not found.',
    isFolder: '"{{file}}" is a folder, not a file.',
    noPermission: 'The file "{{file}}" cannot be opened or written: permission denied.',
    tooLarge: 'The file "{{file}}" is too large (over {{mb}} MB) to open.',
    projectUnreadable: 'The project file "{{file}}" could not be read.',
    unexpected: 'Something unexpected went wrong: {{detail}}.',
    imported: '{{count}} transcript(s) imported into {{file}}.',
    summary: '{{title}}: {{codes}} codes, {{informants}} informants, {{documents}} documents, {{segments}} segments.',
  },
});
