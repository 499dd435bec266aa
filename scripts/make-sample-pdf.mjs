#!/usr/bin/env node
/**
 * Writes the documentation PDFs of the three samples, each a short, fictional document written
 * for Pilah that fits its study: the performance report (LKjIP 2023) of the city office in
 * umkm-kota-edward3, the regent's regulation (Perbup) on UMKM empowerment in
 * koperasi-umkm-kabupaten, and the 2024 activity report of the arts group in
 * kelompok-seni-woolcock. Run by hand when a text changes (needs LibreOffice):
 *   node scripts/make-sample-pdf.mjs [slug ...]   (no slug: all three)
 * The PDFs are committed; nothing at build or test time needs LibreOffice. Each page of the
 * document is a page of the PDF (explicit page breaks), so codings can cite "hlm. N".
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from 'docx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const centred = (text, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text, bold })] });
const heading = (text) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, bold: true })] });
const body = (text) => new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 160, line: 300 }, children: [new TextRun(text)] });
const line = (text, before = 0) => new Paragraph({ spacing: { before }, children: [new TextRun(text)] });
const pageBreak = () => new Paragraph({ children: [new PageBreak()] });

const documents = [
  {
    slug: 'umkm-kota-edward3',
    file: 'dokumen/lkjip-diskumdag-wirabumi-2023.pdf',
    title: 'Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2023',
    creator: 'Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi',
    subject: 'Nomor 050/112/DKUMP/2024',
    children: [
      centred('LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2023', true),
      centred('DINAS KOPERASI, USAHA MIKRO DAN PERDAGANGAN KOTA WIRABUMI', true),
      centred('Nomor: 050/112/DKUMP/2024'),
      heading('BAB I PENDAHULUAN'),
      body('Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi melaksanakan urusan pemerintahan di bidang koperasi, usaha mikro dan perdagangan. Laporan ini menyajikan capaian kinerja tahun 2023 sebagai bentuk pertanggungjawaban kepada Wali Kota dan masyarakat.'),
      body('Salah satu program prioritas adalah Program Penguatan Usaha Mikro, yang meliputi pelatihan kemasan, fasilitasi perizinan (NIB dan PIRT), pendampingan usaha dan promosi produk melalui bazar serta media sosial.'),
      pageBreak(),
      heading('BAB II CAPAIAN KINERJA'),
      body('Sepanjang tahun 2023 pelatihan kemasan diikuti 240 pelaku usaha mikro dari enam kecamatan. Fasilitasi PIRT diberikan kepada 60 pelaku usaha, sesuai kuota anggaran, sedangkan permohonan yang masuk mencapai 143.'),
      body('Pendampingan dilaksanakan oleh 4 orang pendamping untuk sekitar 1.200 pelaku usaha binaan. Rasio ini belum memadai sehingga kunjungan lapangan rata-rata hanya dua kali dalam setahun untuk setiap pelaku usaha.'),
      body('Informasi program disampaikan melalui grup WhatsApp paguyuban, papan pengumuman kecamatan dan akun media sosial dinas.'),
      pageBreak(),
      heading('BAB III KENDALA DAN PENUTUP'),
      body('Kendala utama adalah terbatasnya sarana rumah kemasan, yang baru tersedia di satu lokasi, serta perizinan yang melibatkan empat instansi tanpa prosedur koordinasi tertulis.'),
      body('Ke depan dinas akan menyusun SOP pelayanan fasilitasi perizinan bersama Dinas Kesehatan dan DPMPTSP serta mengusulkan tambahan tenaga pendamping pada tahun anggaran 2025.'),
      line('Wirabumi, 29 Februari 2024', 480),
      line('Kepala Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi'),
    ],
  },
  {
    slug: 'koperasi-umkm-kabupaten',
    file: 'dokumen/perbup-randuwangi-12-2022-pemberdayaan-umkm.pdf',
    title: 'Peraturan Bupati Randuwangi Nomor 12 Tahun 2022 tentang Pemberdayaan Usaha Mikro, Kecil, dan Menengah',
    creator: 'Bupati Randuwangi',
    subject: 'Nomor 12 Tahun 2022',
    children: [
      centred('BUPATI RANDUWANGI', true),
      centred('PERATURAN BUPATI RANDUWANGI NOMOR 12 TAHUN 2022', true),
      centred('TENTANG PEMBERDAYAAN USAHA MIKRO, KECIL, DAN MENENGAH', true),
      body('Menimbang bahwa usaha mikro, kecil, dan menengah merupakan penggerak ekonomi masyarakat Kabupaten Randuwangi sehingga perlu diberdayakan secara terencana, terpadu dan berkelanjutan, Bupati Randuwangi menetapkan Peraturan Bupati tentang Pemberdayaan Usaha Mikro, Kecil, dan Menengah.'),
      heading('BAB I KETENTUAN UMUM'),
      body('Pasal 1. Pemberdayaan adalah upaya Pemerintah Daerah, dunia usaha dan masyarakat untuk menumbuhkan iklim usaha, membina dan mengembangkan UMKM sehingga mampu tumbuh menjadi usaha yang tangguh dan mandiri. Perangkat Daerah yang membidangi urusan koperasi dan UMKM selanjutnya disebut Dinas.'),
      pageBreak(),
      heading('BAB II PENUMBUHAN IKLIM USAHA DAN PENGEMBANGAN'),
      body('Pasal 5. Dinas menyelenggarakan pelatihan kewirausahaan, produksi, kemasan dan pemasaran digital bagi pelaku UMKM paling sedikit dua kali dalam setahun di setiap kecamatan, dan menyediakan pendamping UMKM di setiap wilayah kecamatan.'),
      body('Pasal 6. Dinas memfasilitasi legalitas usaha berupa Nomor Induk Berusaha, PIRT dan sertifikat halal bekerja sama dengan Perangkat Daerah terkait, tanpa dipungut biaya.'),
      body('Pasal 7. Dinas memfasilitasi akses permodalan melalui Kredit Usaha Rakyat, koperasi dan lembaga keuangan daerah, termasuk layanan konsultasi permodalan di kantor Dinas.'),
      pageBreak(),
      heading('BAB III PERLINDUNGAN DAN KOORDINASI'),
      body('Pasal 10. Pemerintah Daerah melindungi UMKM dari persaingan yang tidak seimbang dengan mencadangkan paling sedikit 30 persen ruang usaha di pasar daerah dan pusat perbelanjaan bagi produk UMKM lokal.'),
      body('Pasal 12. Pelaksanaan pemberdayaan dikoordinasikan oleh Dinas bersama Perangkat Daerah terkait dalam forum koordinasi yang bersidang paling sedikit sekali dalam tiga bulan.'),
      body('Pasal 15. Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.'),
      line('Ditetapkan di Randuwangi pada tanggal 14 Maret 2022', 480),
      line('BUPATI RANDUWANGI'),
    ],
  },
  {
    slug: 'kelompok-seni-woolcock',
    file: 'dokumen/laporan-kegiatan-sekar-kembang-2024.pdf',
    title: 'Laporan Kegiatan Kelompok Seni dan Usaha Kecil Sekar Kembang Tahun 2024',
    creator: 'Pengurus Kelompok Sekar Kembang',
    subject: 'Nomor 07/SK-KBS/XII/2024',
    children: [
      centred('LAPORAN KEGIATAN TAHUN 2024', true),
      centred('KELOMPOK SENI DAN USAHA KECIL SEKAR KEMBANG', true),
      centred('KELURAHAN KEMBANGSARI, KOTA SENDANGMULYO', true),
      centred('Nomor: 07/SK-KBS/XII/2024'),
      heading('I. KEANGGOTAAN DAN PERTEMUAN'),
      body('Pada akhir tahun 2024 kelompok beranggotakan 38 orang, terdiri atas 24 pelaku usaha kuliner dan kerajinan serta 14 anggota bidang seni tari dan karawitan. Rapat anggota diadakan setiap Minggu pertama di pendapa kelurahan; laporan kas dibacakan terbuka di setiap rapat.'),
      body('Iuran anggota sebesar Rp10.000 per bulan dikelola sebagai kas bersama dan dana pinjaman bergulir tanpa bunga bagi anggota yang membutuhkan modal mendesak.'),
      pageBreak(),
      heading('II. KEGIATAN SENI DAN USAHA'),
      body('Kelompok mengisi pasar Minggu kelurahan dengan 15 lapak anggota dan pentas tari anak setiap bulan. Pada Festival Kampung Kreatif Kota Sendangmulyo bulan Agustus, kelompok tampil bersama tiga sanggar dari kelurahan lain dan menjual produk anggota di stan bersama.'),
      body('Bersama Bank Sendang Arta KCP Pasar Lor, kelompok menyelenggarakan dua kali kelas literasi keuangan; sembilan anggota kemudian mengajukan kredit usaha mikro dan tujuh di antaranya disetujui.'),
      pageBreak(),
      heading('III. KENDALA DAN RENCANA 2025'),
      body('Hubungan dengan dinas dan bank masih banyak bergantung pada ketua kelompok. Pengurus belum berganti sejak kelompok berdiri, dan anggota muda belum dilibatkan dalam kepengurusan.'),
      body('Rencana 2025: membentuk bidang kemitraan yang dipegang dua anggota muda, mengajukan proposal bantuan alat gamelan kepada Dinas Kebudayaan, dan menambah jadwal pentas di pasar Minggu.'),
      line('Kembangsari, 20 Desember 2024', 480),
      line('Ketua Kelompok Sekar Kembang'),
    ],
  },
];

const only = process.argv.slice(2);
for (const spec of documents.filter((d) => only.length === 0 || only.includes(d.slug))) {
  const doc = new Document({
    title: spec.title,
    creator: spec.creator,
    subject: spec.subject,
    styles: { default: { document: { run: { font: 'Liberation Serif', size: 24 } } } },
    sections: [{ children: spec.children }],
  });
  const work = mkdtempSync(join(tmpdir(), 'pilah-sample-pdf-'));
  writeFileSync(join(work, 'dokumen.docx'), await Packer.toBuffer(doc));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'dokumen.docx')], { stdio: 'ignore' });
  const target = join(root, 'samples', spec.slug, spec.file);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'dokumen.pdf'), target);
  rmSync(work, { recursive: true });
  console.log(`wrote ${target}`);
}
