import { describe, expect, it } from 'vitest';
import type { Turn } from '../model/types';
import { detectTurns } from './turns';

/** The turns of a text as [speaker, role, timestamp, the text the offsets cut out]. */
function read(text: string): [string, Turn['role'], string | undefined, string][] {
  return detectTurns(text).map((t) => [t.speaker, t.role, t.timestamp, text.slice(t.start, t.end)]);
}

describe('detectTurns: label forms', () => {
  it.each([
    ['P: Apa kabar?', 'P', 'researcher'],
    ['I: Baik.', 'I', 'informant'],
    ['T: Sejak kapan?', 'T', 'researcher'],
    ['J: Sejak 2019.', 'J', 'informant'],
    ['Q: How long?', 'Q', 'researcher'],
    ['A: Two years.', 'A', 'informant'],
    ['Peneliti: Bagaimana prosesnya?', 'Peneliti', 'researcher'],
    ['Pewawancara: Siapa saja pesertanya?', 'Pewawancara', 'researcher'],
    ['Interviewer: Tell me more.', 'Interviewer', 'researcher'],
    ['Informan: Kami mulai dari pendataan.', 'Informan', 'informant'],
    ['Narasumber: Ada tiga tahap.', 'Narasumber', 'informant'],
    ['Informant: We started in 2020.', 'Informant', 'informant'],
    ['I1: Dananya dari APBD.', 'I1', 'informant'],
    ['I12: Betul.', 'I12', 'informant'],
    ['Bu Sri: Iya, betul sekali.', 'Bu Sri', 'informant'],
    ['Pak Hadi Santoso: Kami sudah koordinasi.', 'Pak Hadi Santoso', 'informant'],
    ['Ibu Kepala Bidang: Anggarannya terbatas.', 'Ibu Kepala Bidang', 'informant'],
    ['Hadi : Dengan spasi sebelum titik dua.', 'Hadi', 'informant'],
    ['Semua: (tertawa)', 'Semua', 'other'],
    ['PENELITI: Huruf kapital semua.', 'PENELITI', 'researcher'],
    ['Informan 2: Kami ikut.', 'Informan 2', 'informant'],
    ['Informan (Bu Sri): Dengan nama dalam kurung.', 'Informan (Bu Sri)', 'informant'],
    ['Q1: Bagaimana sosialisasinya?', 'Q1', 'researcher'],
    ['J2: Lewat rapat RT.', 'J2', 'informant'],
    ['Pertanyaan: Sejak kapan?', 'Pertanyaan', 'researcher'],
    ['Jawaban: Sejak 2020.', 'Jawaban', 'informant'],
  ])('%s', (line, speaker, role) => {
    // Named speakers speak more than once in a conversation.
    const text = `${line}\nP: Lanjut.\n${line}`;
    const [first] = read(text);
    expect(first?.slice(0, 2)).toEqual([speaker, role]);
    expect(first?.[3]).toBe(line);
  });
});

describe('detectTurns: what is not a turn', () => {
  it.each([
    ['Catatan: wawancara dilakukan sambil berjalan ke lokasi usaha.'],
    ['Keterangan: suara kurang jelas'],
    ['Jadi begini: kami mulai dari data.'],
    ['Program Kampung: ini program baru'],
    ['Lihat https://example.org: situs dinas'],
    ['Dia bilang: "tidak bisa".'],
    ['pak hadi: huruf kecil semua bukan label'],
    ['Lima Kata Kapital Di Sini: terlalu panjang untuk nama'],
  ])('%s', (line) => {
    expect(read(`P: Pertanyaan.\n${line}`)).toHaveLength(1);
  });

  it.each([
    ['a news byline and "read also" link', 'Penulis: desi | Editor: Glery\nLaporan wartawan.\nBaca Juga : Polisi Tilang 50 Kendaraan\nProgram ini berjalan.'],
    ['the front matter of an article', 'Abstrak: Hambatan UMKM.\nKata Kunci : Implementasi\nAbstract: MSMEs face problems.\nKeywords: Implementation\nPENDAHULUAN :\nMeningkatnya angka kemiskinan.'],
    ['a capitalised label used once', 'Laporan kegiatan.\nDesa Sukamaju: warga hadir 40 orang.\nAcara selesai.'],
  ])('finds no conversation in %s', (_what, text) => {
    expect(detectTurns(text)).toEqual([]);
  });

  it('lets a once-used capitalised label stay part of the turn before it', () => {
    const text = 'P: Apa programnya?\nI: Ada dua.\nDesa Sukamaju: pelatihan.\nP: Lalu?';
    expect(read(text).map((t) => t[3])).toEqual(['P: Apa programnya?', 'I: Ada dua.\nDesa Sukamaju: pelatihan.', 'P: Lalu?']);
  });

  it('skips header fields, also those named like speakers, and keeps the conversation', () => {
    const text = [
      'TRANSKRIP WAWANCARA',
      'Nama: Sri Wahyuni',
      'Jabatan: Kepala Bidang',
      'Informan: Sri Wahyuni',
      'Hari/Tanggal: Senin, 14 November 2023',
      'Tempat: Kantor Dinas',
      'Waktu: 10.00 WIB',
      '',
      'P: Selamat pagi, Bu.',
      'I: Pagi.',
    ].join('\n');
    expect(read(text).map((t) => t[0])).toEqual(['P', 'I']);
  });

  it('takes "Peneliti:"/"Informan:" right after the header as the conversation', () => {
    const text = 'Nama: Hadi\nJabatan: Kasi\nPeneliti: Selamat pagi Pak.\nInforman: Pagi.\nPeneliti: Bagaimana programnya?';
    expect(read(text).map((t) => t[0])).toEqual(['Peneliti', 'Informan', 'Peneliti']);
  });

  it('reads a "Pewawancara: name" line as header before a long, timestamped first question', () => {
    const question = `[00:00:05] P: Selamat pagi, Pak. ${'Saya ingin bertanya tentang pelaksanaan program. '.repeat(4)}`.trim();
    const text = `Nama informan : Agus\nWaktu : 09.10–10.15 WIB\nPewawancara : Laila Rahmawati\n\n${question}\nI: Pagi.`;
    expect(read(text).map((t) => t[0])).toEqual(['P', 'I']);
  });

  it('reads a "Pewawancara: name" line before a P:/I: conversation as header', () => {
    const text = 'Nama: Hadi\nPewawancara: Andi Pratama\n\nP: Selamat pagi.\nI: Pagi.';
    expect(read(text).map((t) => t[0])).toEqual(['P', 'I']);
  });
});

describe('detectTurns: timestamps and extent', () => {
  it.each([
    ['[00:01:10] P: Mulai.', '00:01:10', 'P'],
    ['(00:01) I: Ya.', '00:01', 'I'],
    ['00:01:10 Bu Sri: Betul.', '00:01:10', 'Bu Sri'],
    ['[01:02:03] - Informan: Dengan tanda pisah.', '01:02:03', 'Informan'],
  ])('%s keeps its timestamp and label in the turn', (line, timestamp, speaker) => {
    const [turn] = read(`${line}\nP: x\n${line}`);
    expect(turn).toEqual([speaker, expect.any(String), timestamp, line]);
  });

  it('runs a turn over its following lines up to the next turn, trailing blank lines excluded', () => {
    const text = 'Judul\n\nP: Pertanyaan satu?\nI: Jawaban baris satu.\nbaris dua.\n\n\nP: Pertanyaan dua?\n';
    expect(read(text).map((t) => t[3])).toEqual(['P: Pertanyaan satu?', 'I: Jawaban baris satu.\nbaris dua.', 'P: Pertanyaan dua?']);
  });

  it('gives UTF-16 offsets that stay right after emoji and accents', () => {
    const text = 'P: Café 😀 enak?\nI: Iya 👍 enak.';
    const turns = detectTurns(text);
    expect(turns.map((t) => [t.start, t.end])).toEqual([[0, 16], [17, text.length]]);
    expect(text.slice(turns[1]!.start, turns[1]!.end)).toBe('I: Iya 👍 enak.');
  });

  it('finds no turns in prose', () => {
    expect(detectTurns('Laporan kegiatan pelatihan.\nPeserta hadir 40 orang.')).toEqual([]);
  });
});
