import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_HITS, searchText } from './search';
import { documentIdOf, projectWith, transcript } from './test-support';

const W1 = 'P: Sosialisasi programnya bagaimana?\nI: SOSIALISASI lewat kafé dan grup.\nI: Sosialisasinya jarang.';
const W2 = 'Catatan: café di pasar, sosialisasi ulang.';

const state = projectWith([], [transcript('W1', W1), transcript('W2', W2)]);
const w1 = documentIdOf(state, 'W1');
const w2 = documentIdOf(state, 'W2');

describe('searchText', () => {
  it.each([
    { query: 'sosialisasi', opts: {}, found: ['Sosialisasi', 'SOSIALISASI', 'Sosialisasi', 'sosialisasi'] },
    { query: 'sosialisasi', opts: { wholeWord: true }, found: ['Sosialisasi', 'SOSIALISASI', 'sosialisasi'] },
    { query: 'Sosialisasi', opts: { caseSensitive: true }, found: ['Sosialisasi', 'Sosialisasi'] },
    { query: 'kafe', opts: {}, found: ['kafé'] },
    { query: 'CAFÉ', opts: {}, found: ['café'] },
    { query: 'kafe', opts: { caseSensitive: true }, found: [] },
    { query: '  grup ', opts: {}, found: ['grup'] },
    { query: '', opts: {}, found: [] },
    { query: 'sosialisasi', opts: { documentIds: [w2] }, found: ['sosialisasi'] },
  ])('"$query" with $opts finds $found', ({ query, opts, found }) => {
    const { hits, truncated } = searchText(state, query, opts);
    expect(hits.map((h) => h.match)).toEqual(found);
    expect(truncated).toBe(false);
  });

  it('gives offsets into the original text, the line, and the context on that line', () => {
    const { hits } = searchText(state, 'jarang');
    expect(hits).toEqual([
      { documentId: w1, start: W1.indexOf('jarang'), end: W1.indexOf('jarang') + 6, line: 3, before: 'I: Sosialisasinya ', match: 'jarang', after: '.' },
    ]);
  });

  it('maps offsets back correctly after accented letters written as two code units', () => {
    const text = 'Kafe\u0301 baru. Lalu kafe lagi 😀 kafe.';
    const s = projectWith([], [transcript('X', text)]);
    const hits = searchText(s, 'kafe').hits;
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Kafe\u0301', 'kafe', 'kafe']);
    expect(hits.map((h) => h.match)).toEqual(['Kafe\u0301', 'kafe', 'kafe']);
  });

  it('maps offsets back when a letter folds into several (Hangul decomposes under NFD)', () => {
    const text = 'Nama: 김민수, pelatih dari Korea. Pelatih lokal.';
    const s = projectWith([], [transcript('X', text)]);
    expect(searchText(s, 'pelatih').hits.map((h) => [h.start, h.match])).toEqual([
      [text.indexOf('pelatih'), 'pelatih'],
      [text.indexOf('Pelatih'), 'Pelatih'],
    ]);
    expect(searchText(s, '민수').hits.map((h) => h.match)).toEqual(['민수']);
  });

  it('orders hits by document, then position', () => {
    const hits = searchText(state, 'sosialisasi').hits;
    expect(hits.map((h) => [h.documentId === w1 ? 'W1' : 'W2', h.line])).toEqual([
      ['W1', 1],
      ['W1', 2],
      ['W1', 3],
      ['W2', 1],
    ]);
  });

  it(`stops at ${MAX_SEARCH_HITS} hits and says the list is truncated`, () => {
    const big = projectWith([], [transcript('Besar', 'dana '.repeat(MAX_SEARCH_HITS + 10))]);
    const { hits, truncated } = searchText(big, 'dana');
    expect(hits).toHaveLength(MAX_SEARCH_HITS);
    expect(truncated).toBe(true);
  });

  it('searches 50 transcripts of 10,000 words, one hit in each', () => {
    const words = ['pelatihan', 'pendampingan', 'modal', 'usaha', 'dinas', 'kelompok', 'pemasaran', 'bantuan', 'produk', 'desa'];
    const text = Array.from({ length: 10_000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    const many = projectWith([], Array.from({ length: 50 }, (_, i) => transcript(`T${i}`, `${text} Ékspor ${i}`)));
    const { hits } = searchText(many, 'ekspor');
    expect(hits).toHaveLength(50);
    expect(searchText(many, 'pemasaran', { wholeWord: true }).hits.length).toBeGreaterThan(0);
  });
});
