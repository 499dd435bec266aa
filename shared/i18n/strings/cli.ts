import { defineStrings } from '../define';

export default defineStrings({
  id: {
    usage: `Pilah — pengodean kualitatif (baris perintah)

Pemakaian:
  pilah import <berkas>… --out <proyek.qdpx> [--title JUDUL] [--framework KERANGKA]…
      Membuat proyek (atau menambah ke proyek yang ada) dari transkrip .docx/.txt,
      satu informan per transkrip, dokumen .pdf (berlapis teks, dengan halamannya) dan foto
      lapangan .jpg/.png (dokumentasi);
      juga membuka .qdpx dan .qdc dari aplikasi lain.
      KERANGKA: empowerment, edward3, woolcock, mouzelis, factors.
  pilah info <proyek.qdpx> [--json]
      Menampilkan isi proyek (kode, informan, dokumen, segmen).
  pilah export <proyek.qdpx> [--docx <lampiran.docx>] [--xlsx <matriks.xlsx>]
               [--qdpx <salinan.qdpx> [--standard]] [--qdc <buku-kode.qdc>]
               [--codebook-csv <buku-kode.csv> [--taguette]] [--guide <pedoman.docx>]
               [--chapter <bab4.docx>] [--figures <folder>]
               [--parts BAGIAN,…] [--citation interview|line]
               [--format <profil.json>|umum|klasik|berurutan]
      Menulis lampiran skripsi (Word), semua matriks (Excel), berkas proyek REFI-QDA
      (--standard: tanpa tambahan Pilah) atau buku kode .qdc atau .csv (--taguette:
      dengan kolom Taguette), atau instrumen penelitian (--guide: pedoman wawancara,
      observasi dan dokumentasi untuk proposal), atau draf BAB IV (--chapter: disusun dari
      kesimpulan, ringkasan, kutipan dan triangulasi yang tersimpan, dengan gambarnya), atau
      gambar BAB IV (--figures: grafik frekuensi kode dan model temuan, .svg dan .png). Proyek dari aplikasi lain
      pun dapat dipakai: informan diambil dari Case-nya. BAGIAN (bawaan: semua kecuali agreement,
      berurutan): guideInterview, guideObservation, guideDocumentation, informants, codebook, reduction, displays, triangulation, techniqueTriangulation, conclusions,
      agreement (kesepakatan antarkoder, pilihan), segments, transcripts, pictures
      (dokumentasi penelitian: foto lapangan). Format Word
      mengikuti profil format yang tersimpan di proyek, atau profil --format.
  pilah agreement <a.qdpx> <b.qdpx> [--coder-a A] [--coder-b B] [--json] [--threshold 90]
  pilah agreement <proyek.qdpx> [--coders A,B] [--json] [--threshold 90]
      Menghitung kesepakatan antarkoder (persentase dan kappa).
  pilah demo --out <folder>
      Membangun proyek contoh dan menulis berkas proyek, lampiran dan matriksnya.
  pilah sync init <url>/<basis-data> --student A [--supervisor B] [--coder C[=ID-KODER]] [--observer D]
      (Admin server) Menyiapkan basis data CouchDB satu proyek: hak baca dan aturan peran.
  pilah sync push <proyek.qdpx> --to <url>/<basis-data>
      Mengirim isi proyek ke basis data, di atas versi yang tersimpan di server.
  pilah sync pull <url>/<basis-data> --out <proyek.qdpx> [--allow-conflicts]
      Menulis proyek yang tersimpan di basis data. Nama pengguna dan kata sandi server
      dibaca dari PILAH_SYNC_USER dan PILAH_SYNC_PASSWORD.

Pilihan umum: --lang id|en (bahasa pesan dan lampiran), --help, --version`,
    unknownCommand: 'Perintah "{{command}}" tidak dikenal; jalankan "pilah --help" untuk melihat perintah yang ada.',
    needOut: 'Sebutkan berkas proyek tujuan dengan --out <proyek.qdpx>.',
    needFiles: 'Sebutkan setidaknya satu transkrip (.docx atau .txt), dokumen PDF, atau foto (.jpg, .png) untuk diimpor.',
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
    needExportTarget: 'Sebutkan setidaknya satu berkas tujuan: --docx, --xlsx, --qdpx, --qdc, --codebook-csv, --guide, --chapter atau --figures.',
    noGuide: 'Proyek ini belum memiliki instrumen penelitian. Buat pedomannya di Pilah (langkah Instrumen), lalu ekspor lagi.',
    noFigures: 'Proyek ini belum memiliki kerangka teori dengan dimensi, jadi tidak ada gambar BAB IV yang dapat dibuat. Tidak ada berkas yang ditulis.',
    noChapter: 'Proyek ini belum memiliki kode, jadi draf BAB IV tidak dapat disusun. Tambahkan kerangka teori atau kode di Pilah, lalu ekspor lagi.',
    outMustEnd: 'Berkas "{{file}}" untuk {{option}} harus berakhiran {{ext}}.',
    outIsProject: 'Berkas tujuan "{{file}}" adalah berkas proyek itu sendiri; pilih nama lain agar proyek tidak tertimpa.',
    standardNeedsQdpx: 'Pilihan --standard hanya berlaku bersama --qdpx <berkas.qdpx>.',
    taguetteNeedsCsv: 'Pilihan --taguette hanya berlaku bersama --codebook-csv <buku-kode.csv>.',
    unknownParts: 'Bagian lampiran tidak dikenal: {{unknown}}. Bagian yang ada: {{known}}.',
    emptyParts: 'Sebutkan setidaknya satu bagian lampiran di --parts ({{known}}).',
    badCitation: 'Gaya kutipan "{{style}}" tidak dikenal; pilih interview atau line.',
    noFolder: 'Folder "{{folder}}" untuk berkas tujuan tidak ada.',
    written: 'Ditulis: {{file}}',
    demoNeedOut: 'Sebutkan folder tujuan dengan --out <folder>.',
    demoWritten: 'Proyek contoh "{{title}}": {{files}}',
    // One sentence for everything `pilah import` added: "2 transkrip, 1 dokumen PDF, dan 1 foto diimpor ke p.qdpx."
    imported: '{{what}} diimpor ke {{file}}.',
    importedTranscripts_one: '{{count}} transkrip',
    importedTranscripts_other: '{{count}} transkrip',
    importedDocuments_one: '{{count}} dokumen',
    importedDocuments_other: '{{count}} dokumen',
    importedPdfs_one: '{{count}} dokumen PDF',
    importedPdfs_other: '{{count}} dokumen PDF',
    importedPhotos_one: '{{count}} foto',
    importedPhotos_other: '{{count}} foto',
    summary: '{{title}}: {{codes}} kode, {{informants}} informan, {{documents}} dokumen, {{segments}} segmen.',
    notRead: 'Tidak terbaca:',
    notWritten: 'Berkas "{{file}}" tidak dapat ditulis ke folder "{{folder}}" ({{reason}}); tidak ada yang diubah.',
    reasonNoFolder: 'folder itu tidak ada',
    reasonNoPermission: 'tidak ada izin menulis di sana',
    reasonReadOnly: 'folder itu hanya bisa dibaca',
    reasonDiskFull: 'disk penuh',
    wouldLoseData: 'Berkas "{{file}}" memuat bagian yang tidak dapat dibaca Pilah ({{what}}), jadi tidak ada berkas proyek yang ditulis darinya karena bagian itu akan hilang; "{{file}}" dibiarkan apa adanya.',
    sourcesOutside: 'Berkas "{{file}}" tidak dikonversi karena {{count}} transkrip yang dirujuknya tidak ada di dalam berkas atau mengarah ke luar berkas ({{what}}); tidak ada yang ditulis.',
  },
  en: {
    usage: `Pilah — qualitative coding (command line)

Usage:
  pilah import <file>… --out <project.qdpx> [--title TITLE] [--framework FRAMEWORK]…
      Creates a project (or adds to an existing one) from .docx/.txt transcripts,
      one informant per transcript, .pdf documents (with a text layer, page by page) and .jpg/.png
      fieldwork photos (documentation);
      also opens other tools' .qdpx and .qdc files.
      FRAMEWORK: empowerment, edward3, woolcock, mouzelis, factors.
  pilah info <project.qdpx> [--json]
      Shows what a project holds (codes, informants, documents, segments).
  pilah export <project.qdpx> [--docx <appendix.docx>] [--xlsx <matrices.xlsx>]
               [--qdpx <copy.qdpx> [--standard]] [--qdc <codebook.qdc>]
               [--codebook-csv <codebook.csv> [--taguette]] [--guide <guide.docx>]
               [--chapter <chapter4.docx>] [--figures <folder>]
               [--parts PART,…] [--citation interview|line]
               [--format <profile.json>|umum|klasik|berurutan]
      Writes the thesis appendix (Word), every matrix (Excel), a REFI-QDA project file
      (--standard: without Pilah's extras) or a .qdc or .csv codebook (--taguette: in
      Taguette's columns), or the research instruments (--guide: interview, observation
      and documentation guides for the proposal), or the Chapter IV draft (--chapter: drafted
      from the stored conclusions, summaries, quotes and triangulation, with its figures), or the
      Chapter IV figures (--figures: code-frequency chart and findings model, .svg and .png). Other tools' projects work
      too: their Cases become the informants. PART (default: all but agreement, in this order):
      guideInterview, guideObservation, guideDocumentation, informants, codebook, reduction, displays, triangulation, techniqueTriangulation, conclusions,
      agreement (inter-coder agreement, optional), segments, transcripts, pictures
      (research documentation: fieldwork photos). The Word
      format follows the format profile saved in the project, or the --format profile.
  pilah agreement <a.qdpx> <b.qdpx> [--coder-a A] [--coder-b B] [--json] [--threshold 90]
  pilah agreement <project.qdpx> [--coders A,B] [--json] [--threshold 90]
      Computes inter-coder agreement (percentage and kappa).
  pilah demo --out <folder>
      Builds the sample projects and writes their project files, appendices and matrices.
  pilah sync init <url>/<database> --student A [--supervisor B] [--coder C[=CODER-ID]] [--observer D]
      (Server admin) Sets up one project's CouchDB database: who may read, and the role rules.
  pilah sync push <project.qdpx> --to <url>/<database>
      Pushes the project into the database, on top of the versions the server holds.
  pilah sync pull <url>/<database> --out <project.qdpx> [--allow-conflicts]
      Writes the project the database holds. The server's user name and password are
      read from PILAH_SYNC_USER and PILAH_SYNC_PASSWORD.

Common options: --lang id|en (language of messages and of the appendix), --help, --version`,
    unknownCommand: 'Unknown command "{{command}}"; run "pilah --help" to see the commands.',
    needOut: 'Name the project file to write with --out <project.qdpx>.',
    needFiles: 'Name at least one transcript (.docx or .txt), PDF document or photo (.jpg, .png) to import.',
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
    needExportTarget: 'Name at least one file to write: --docx, --xlsx, --qdpx, --qdc, --codebook-csv, --guide, --chapter or --figures.',
    noGuide: 'This project has no research instruments yet. Create the guide in Pilah (the Instruments step), then export again.',
    noFigures: 'This project has no theoretical framework with dimensions yet, so there is no Chapter IV figure to draw. Nothing was written.',
    noChapter: 'This project has no codes yet, so no Chapter IV draft can be made. Add a framework or codes in Pilah, then export again.',
    outMustEnd: 'The file "{{file}}" for {{option}} must end in {{ext}}.',
    outIsProject: 'The output "{{file}}" is the project file itself; choose another name so the project is not overwritten.',
    standardNeedsQdpx: 'The option --standard only goes with --qdpx <file.qdpx>.',
    taguetteNeedsCsv: 'The option --taguette only goes with --codebook-csv <codebook.csv>.',
    unknownParts: 'Unknown appendix parts: {{unknown}}. The parts are: {{known}}.',
    emptyParts: 'Name at least one appendix part in --parts ({{known}}).',
    badCitation: 'Unknown citation style "{{style}}"; choose interview or line.',
    noFolder: 'The folder "{{folder}}" for the output file does not exist.',
    written: 'Written: {{file}}',
    demoNeedOut: 'Name the folder to write to with --out <folder>.',
    demoWritten: 'Sample project "{{title}}": {{files}}',
    imported: '{{what}} imported into {{file}}.',
    importedTranscripts_one: '{{count}} transcript',
    importedTranscripts_other: '{{count}} transcripts',
    importedDocuments_one: '{{count}} document',
    importedDocuments_other: '{{count}} documents',
    importedPdfs_one: '{{count}} PDF document',
    importedPdfs_other: '{{count}} PDF documents',
    importedPhotos_one: '{{count}} photo',
    importedPhotos_other: '{{count}} photos',
    summary: '{{title}}: {{codes}} codes, {{informants}} informants, {{documents}} documents, {{segments}} segments.',
    notRead: 'Could not be read:',
    notWritten: 'The file "{{file}}" could not be written to the folder "{{folder}}" ({{reason}}); nothing was changed.',
    reasonNoFolder: 'the folder does not exist',
    reasonNoPermission: 'permission denied',
    reasonReadOnly: 'the folder is read-only',
    reasonDiskFull: 'the disk is full',
    wouldLoseData: '"{{file}}" holds parts Pilah could not read ({{what}}), so no project file was written from it, as that would lose them; "{{file}}" is unchanged.',
    sourcesOutside: '"{{file}}" was not converted because {{count}} transcript(s) it refers to are not inside it or point outside it ({{what}}); nothing was written.',
  },
});
