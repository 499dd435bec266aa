#!/usr/bin/env node
/**
 * Writes the documentation PDF of the umkm-kota-edward3 sample: a short, fictional
 * performance report (LKjIP 2023) of the city office in that study, written for Pilah. Run by
 * hand when its text changes (needs LibreOffice): node scripts/make-sample-pdf.mjs
 * The PDF is committed; nothing at build or test time needs LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from 'docx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'samples/umkm-kota-edward3/dokumen/lkjip-diskumdag-wirabumi-2023.pdf');

const centred = (text, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text, bold })] });
const heading = (text) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, bold: true })] });
const body = (text) => new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 160, line: 300 }, children: [new TextRun(text)] });
const pageBreak = () => new Paragraph({ children: [new PageBreak()] });

const children = [
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
  new Paragraph({ spacing: { before: 480 }, children: [new TextRun('Wirabumi, 29 Februari 2024')] }),
  new Paragraph({ children: [new TextRun('Kepala Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi')] }),
];

const doc = new Document({
  title: 'Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2023',
  creator: 'Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi',
  subject: 'Nomor 050/112/DKUMP/2024',
  styles: { default: { document: { run: { font: 'Liberation Serif', size: 24 } } } },
  sections: [{ children }],
});

const work = mkdtempSync(join(tmpdir(), 'pilah-sample-pdf-'));
writeFileSync(join(work, 'lkjip.docx'), await Packer.toBuffer(doc));
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'lkjip.docx')], { stdio: 'ignore' });
copyFileSync(join(work, 'lkjip.pdf'), target);
rmSync(work, { recursive: true });
