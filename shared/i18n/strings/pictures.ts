import { defineStrings } from '../define';

// Fieldwork photos (dokumentasi): import sentences, the CLI, the coding screen and the appendix part.
export default defineStrings({
  id: {
    errorEmpty: 'Berkas "{{fileName}}" kosong; periksa apakah foto yang benar sudah dipilih, lalu impor lagi.',
    errorTooLarge: 'Foto "{{fileName}}" terlalu besar (lebih dari {{limitMb}} MB); perkecil ukurannya (misalnya kirim ulang lewat aplikasi pesan atau simpan dengan kualitas lebih rendah), lalu impor lagi.',
    errorNotPicture: 'Berkas "{{fileName}}" bukan foto JPG atau PNG (isinya berformat lain walaupun namanya berakhiran foto); simpan ulang sebagai .jpg atau .png, lalu impor lagi.',
    errorCorrupt: 'Foto "{{fileName}}" rusak atau tidak lengkap (mungkin terpotong saat disalin); salin ulang foto aslinya, lalu impor lagi.',
    caption: 'Keterangan foto',
    date: 'Tanggal',
    dateHint: 'Misalnya 2023-11-14 atau 14 November 2023.',
    place: 'Tempat',
    codingsTitle: 'Koding foto (seluruh foto)',
    codeWhole: 'Kode foto ini',
    noCodings: 'Foto ini belum dikode. Pilih "Kode foto ini" untuk memberi kode pada seluruh foto.',
    noImage: 'Berkas foto tidak tersedia.',
    thumbnail: 'Foto: {{caption}}',
    medium: 'Foto',
  },
  en: {
    errorEmpty: 'The file "{{fileName}}" is empty; check that the right photo was chosen, then import it again.',
    errorTooLarge: 'The photo "{{fileName}}" is too large (over {{limitMb}} MB); make it smaller (for example send it again through a chat app or save it at a lower quality), then import it again.',
    errorNotPicture: 'The file "{{fileName}}" is not a JPG or PNG photo (its content is another format even though its name says photo); save it again as .jpg or .png, then import it again.',
    errorCorrupt: 'The photo "{{fileName}}" is damaged or incomplete (perhaps cut short while copying); copy the original photo again, then import it again.',
    caption: 'Caption',
    date: 'Date',
    dateHint: 'For example 2023-11-14 or 14 November 2023.',
    place: 'Place',
    codingsTitle: 'Codings of the photo (the whole photo)',
    codeWhole: 'Code this photo',
    noCodings: 'This photo is not coded yet. Choose "Code this photo" to code the whole photo.',
    noImage: 'The photo file is not available.',
    thumbnail: 'Photo: {{caption}}',
    medium: 'Photo',
  },
});
