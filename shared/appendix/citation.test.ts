import { describe, expect, it } from 'vitest';
import type { Locale } from '../model/types';
import { citeSegment, pageSpan } from './citation';
import { createContext, formatDate } from './context';
import { resolveFormat } from './format';
import type { Fixture } from './test-support';
import { handMadeProject } from './test-support';

const fixture = handMadeProject();
const ctx = (locale: Locale, state = fixture.state) => createContext(state, resolveFormat(), locale, new Date('2024-02-01'));

function cite(f: Fixture, key: keyof Fixture['segments'], style: 'interview' | 'line', locale: Locale): string {
  const segment = f.segments[key];
  const document = f.state.documents[segment.documentId]!;
  const informant = document.informantId ? f.state.informants[document.informantId]! : null;
  return citeSegment(ctx(locale, f.state), { segment, document, informant }, style);
}

describe('citations after a quote', () => {
  it.each([
    ['sosialisasi', 'interview', 'id', '(Wawancara dengan Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)'],
    // Forms of address are Indonesian in both languages, as students write them ("Ibu Wartini"), never "Ms".
    ['sosialisasi', 'interview', 'en', '(Interview with Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)'],
    ['tetangga', 'interview', 'en', '(Interview with Bapak Darto, Pemilik warung, 20 November 2023)'],
    // The student wrote the form of address herself: it is kept as written.
    ['tetangga', 'interview', 'id', '(Wawancara dengan Bapak Darto, Pemilik warung, 20 November 2023)'],
    ['observasi', 'interview', 'id', '(Catatan observasi, Observasi gelar produk)'],
    ['observasi', 'interview', 'en', '(Observation note, Observasi gelar produk)'],
    // A quote over two lines cites both; line numbers count from the first line of the file.
    ['sosialisasi', 'line', 'id', '(I1, baris 6–7)'],
    ['sosialisasi', 'line', 'en', '(I1, lines 6–7)'],
    ['pelatihan', 'line', 'id', '(I1, baris 9)'],
    ['pelatihan', 'line', 'en', '(I1, line 9)'],
    ['tetangga', 'line', 'id', '(I2, baris 2)'],
    ['observasi', 'line', 'id', '(Observasi gelar produk, baris 2)'],
  ] as const)('%s in %s style (%s): %s', (key, style, locale, expected) => {
    expect(cite(fixture, key, style, locale)).toBe(expected);
  });

  it('names the transcript when the informant was interviewed twice', () => {
    const second = { ...fixture.documents.shop, id: 'second-interview', informantId: fixture.kabid.id, title: 'Wawancara lanjutan' };
    const state = { ...fixture.state, documents: { ...fixture.state.documents, [second.id]: second } };
    expect(cite({ ...fixture, state }, 'pelatihan', 'line', 'id')).toBe('(I1, Wawancara Kabid, baris 9)');
  });

  it('uses the gender attribute for the form of address, and none when it is unknown', () => {
    const withGender = (attributes: Record<string, string>, name = 'Sri Rahayu') => {
      const kabid = { ...fixture.kabid, name, attributes };
      const state = { ...fixture.state, informants: { ...fixture.state.informants, [kabid.id]: kabid } };
      return cite({ ...fixture, state }, 'pelatihan', 'interview', 'id');
    };
    expect(withGender({ 'Jenis kelamin': 'Laki-laki' })).toMatch(/^\(Wawancara dengan Bapak Sri Rahayu,/);
    expect(withGender({ Gender: 'F' })).toMatch(/^\(Wawancara dengan Ibu Sri Rahayu,/);
    expect(withGender({})).toMatch(/^\(Wawancara dengan Sri Rahayu,/);
    expect(withGender({ 'Jenis kelamin': 'P' }, 'Bu Sri')).toMatch(/^\(Wawancara dengan Bu Sri,/);
  });
});

describe('citing a PDF document by its pages', () => {
  // A three-page report: each page one line, pages apart by an empty line.
  const TEXT = 'Bab I Pendahuluan.\n\nSebanyak 120 pelaku usaha dilatih.\n\nKendala utama adalah anggaran.';
  const pages = [
    { number: 1, start: 0, end: 18 },
    { number: 2, start: 20, end: 54 },
    { number: 3, start: 56, end: TEXT.length },
  ];
  const report = { ...fixture.documents.observation, id: 'laporan', title: 'Laporan Kinerja 2023', kind: 'document' as const, medium: 'pdf' as const, text: TEXT, pages };
  const state = { ...fixture.state, documents: { ...fixture.state.documents, [report.id]: report } };
  const citeWords = (words: string, style: 'interview' | 'line', locale: Locale): string => {
    const start = TEXT.indexOf(words);
    const segment = { ...fixture.segments.observasi, documentId: report.id, start, end: start + words.length };
    return citeSegment(ctx(locale, state), { segment, document: report, informant: null }, style);
  };

  it.each([
    ['Sebanyak 120 pelaku usaha dilatih.', 'interview', 'id', '(Dokumen, Laporan Kinerja 2023, hlm. 2)'],
    ['Sebanyak 120 pelaku usaha dilatih.', 'interview', 'en', '(Document, Laporan Kinerja 2023, p. 2)'],
    ['dilatih.\n\nKendala utama', 'interview', 'id', '(Dokumen, Laporan Kinerja 2023, hlm. 2–3)'],
    ['dilatih.\n\nKendala utama', 'interview', 'en', '(Document, Laporan Kinerja 2023, pp. 2–3)'],
    ['Kendala utama adalah anggaran.', 'line', 'id', '(Laporan Kinerja 2023, hlm. 3, baris 5)'],
    ['Bab I', 'line', 'en', '(Laporan Kinerja 2023, p. 1, line 1)'],
  ] as const)('%j in %s style (%s): %s', (words, style, locale, expected) => {
    expect(citeWords(words, style, locale)).toBe(expected);
  });

  it('finds no page in a typed transcript, and the page a range starts on otherwise', () => {
    expect(pageSpan(fixture.documents.kabid, 0, 5)).toBeNull();
    expect(pageSpan(report, 20, 21)).toEqual({ from: 2, to: 2 });
    // A range starting on the empty line between pages belongs to the next page.
    expect(pageSpan(report, 19, 30)).toEqual({ from: 2, to: 2 });
  });
});

describe('dates as a thesis writes them', () => {
  it.each([
    ['id', '2023-11-14', false, '14 November 2023'],
    ['id', '2023-11-14', true, 'Selasa, 14 November 2023'],
    ['en', '2023-11-14', true, 'Tuesday, 14 November 2023'],
    ['id', '2024-02-29', true, 'Kamis, 29 Februari 2024'],
    ['id', 'Senin sore, minggu kedua', false, 'Senin sore, minggu kedua'],
    ['id', '', false, ''],
  ] as const)('%s %s (weekday %s) → %s', (locale, value, weekday, expected) => {
    expect(formatDate(ctx(locale), value, weekday)).toBe(expected);
  });
});
