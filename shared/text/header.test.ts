import { describe, expect, it } from 'vitest';
import { extractHeader, parseIndonesianDate } from './header';

describe('extractHeader', () => {
  it('reads "Label : value" lines before the first turn', () => {
    const text = [
      'TRANSKRIP WAWANCARA INFORMAN 1',
      'Nama : Bapak Hadi Santoso, S.Sos.',
      'Jabatan : Kepala Seksi Pemberdayaan',
      'Hari/Tanggal : Senin, 14 November 2023',
      'Tempat : Kantor Kecamatan Sukamaju',
      'Waktu : 10.00–11.15 WIB',
      'Jenis Kelamin : Laki-laki',
      '',
      'P: Selamat pagi, Pak.',
      'Tempat: ini bukan header lagi',
    ].join('\n');
    expect(extractHeader(text)).toEqual({
      name: 'Bapak Hadi Santoso, S.Sos.',
      position: 'Kepala Seksi Pemberdayaan',
      date: 'Senin, 14 November 2023',
      place: 'Kantor Kecamatan Sukamaju',
      extra: { Waktu: '10.00–11.15 WIB', 'Jenis Kelamin': 'Laki-laki' },
    });
  });

  it('reads lines made from a header table ("Nama | : | X" → "Nama: X")', () => {
    const text = 'Nama: Sri Wahyuni\nPekerjaan: Pelaku UMKM\nTanggal wawancara: 14/11/2023\nLokasi: Rumah produksi\n\nPeneliti: Sejak kapan usaha ini berjalan?\nInforman: Sejak 2015.';
    expect(extractHeader(text)).toMatchObject({ name: 'Sri Wahyuni', position: 'Pelaku UMKM', date: '14/11/2023', place: 'Rumah produksi' });
  });

  it.each([
    ['Nama informan', 'name'],
    ['Informan', 'name'],
    ['Posisi', 'position'],
    ['Position', 'position'],
    ['Tanggal', 'date'],
    ['Waktu/Tgl', 'date'],
    ['Date', 'date'],
    ['Lokasi', 'place'],
    ['Place', 'place'],
  ] as const)('maps "%s" to %s', (label, field) => {
    const header = extractHeader(`${label}: Nilai\nKode file: W1\n\nP: Mulai.\nI: Ya.`);
    expect(header[field]).toBe('Nilai');
    expect(header.extra).toEqual({ 'Kode file': 'W1' });
  });

  it('reads an observation note header, taking the date from "Waktu" when there is no date field', () => {
    const text = [
      'Catatan Observasi',
      'Kode catatan : O1/PPUM/2024',
      'Judul : Pelatihan Pengemasan',
      'Lokasi : Aula Kantor Kecamatan',
      'Waktu : 08.00–13.30 WIB / Kamis / 10 Oktober 2024',
      'Pengamat : Laila Rahmawati',
      'Narahubung : Ibu Ratna Kusumawardani, S.E. (pengelola program, Bidang Usaha Mikro)',
      '',
      'Peneliti tiba pukul 07.45 WIB.',
    ].join('\n');
    expect(extractHeader(text)).toEqual({
      place: 'Aula Kantor Kecamatan',
      date: '08.00–13.30 WIB / Kamis / 10 Oktober 2024',
      extra: {
        'Kode catatan': 'O1/PPUM/2024',
        Judul: 'Pelatihan Pengemasan',
        Pengamat: 'Laila Rahmawati',
        Narahubung: 'Ibu Ratna Kusumawardani, S.E. (pengelola program, Bidang Usaha Mikro)',
      },
    });
  });

  it('keeps "Waktu" in extra when a date field exists', () => {
    expect(extractHeader('Tanggal: 1 Mei 2024\nWaktu: 10.00 WIB, 1 Mei 2024\n\nP: Mulai.')).toEqual({
      date: '1 Mei 2024',
      extra: { Waktu: '10.00 WIB, 1 Mei 2024' },
    });
  });

  it('keeps the first name and puts a second name-like field in extra', () => {
    const header = extractHeader('Nama: Sri\nInforman: I2\nJabatan: Staf\n\nP: Mulai.');
    expect(header.name).toBe('Sri');
    expect(header.extra).toEqual({ Informan: 'I2' });
  });

  it('finds nothing when the transcript starts with the conversation', () => {
    expect(extractHeader('P: Nama: siapa?\nI: Nama saya Sri.')).toEqual({ extra: {} });
  });

  it.each([
    ['after a long prose paragraph', `${'Paragraf pembuka yang panjang sekali. '.repeat(5)}\nTempat: Kantor`],
    ['after several short prose lines', 'Laporan kegiatan.\nPeserta hadir.\nAcara dibuka camat.\nSesudah itu diskusi.\nTempat: Aula'],
    ['after the conversation has started', 'P: Di mana?\nTempat: Aula'],
  ])('ignores "Label: value" lines %s', (_when, text) => {
    expect(extractHeader(text)).toEqual({ extra: {} });
  });
});

describe('parseIndonesianDate', () => {
  it.each([
    ['Senin, 14 November 2023', '2023-11-14'],
    ['14 Nopember 2023', '2023-11-14'],
    ['Sabtu / 16 Okt. 2021', '2021-10-16'],
    ['14:00–15:30 WIB / Sabtu / 16 Oktober 2021', '2021-10-16'],
    ['1 Mei 2024', '2024-05-01'],
    ['17 Agustus 2045', '2045-08-17'],
    ['14-11-2023', '2023-11-14'],
    ['14/11/2023', '2023-11-14'],
    ['4.1.2022', '2022-01-04'],
    ['2023-11-14', '2023-11-14'],
    ['14 November 2023, pukul 10.00', '2023-11-14'],
    ['November 14, 2023', '2023-11-14'],
    ['3 March 2020', '2020-03-03'],
    ['29 Februari 2024', '2024-02-29'],
  ])('%s → %s', (input, expected) => {
    expect(parseIndonesianDate(input)).toBe(expected);
  });

  it.each([['besok pagi'], ['31/02/2023'], ['29 Februari 2023'], ['14 Brumaire 2023'], ['']])('%s → null', (input) => {
    expect(parseIndonesianDate(input)).toBeNull();
  });
});
