import { describe, expect, it } from 'vitest';
import type { Document, Informant } from '../../../shared/model/types';
import type { RetrievedSegment } from '../../../shared/project';
import { filterRetrieved, NO_FILTER, NO_INFORMANT, quoteInContext, retrievalCounts } from './retrieval-filter';

const informant = (id: string, group: string) => ({ id, label: id.toUpperCase(), group }) as Informant;
const doc = (id: string, kind: Document['kind']) => ({ id, kind, title: id }) as Document;
const row = (id: string, inf: Informant | null, d: Document) => ({ segment: { id }, informant: inf, document: d }) as unknown as RetrievedSegment;

const i1 = informant('i1', 'ASN');
const i2 = informant('i2', 'Pelaku UMKM');
const rows = [row('a', i1, doc('d1', 'interview')), row('b', i2, doc('d2', 'interview')), row('c', i2, doc('d3', 'observation')), row('d', null, doc('d4', 'document'))];

describe('filterRetrieved', () => {
  it.each([
    ['no filter keeps all', NO_FILTER, ['a', 'b', 'c', 'd']],
    ['by informant', { ...NO_FILTER, informantIds: ['i2'] }, ['b', 'c']],
    ['documents without informant', { ...NO_FILTER, informantIds: [NO_INFORMANT] }, ['d']],
    ['by group', { ...NO_FILTER, groups: ['ASN'] }, ['a']],
    ['by document type', { ...NO_FILTER, kinds: ['observation', 'document'] as Document['kind'][] }, ['c', 'd']],
    ['filters combine', { informantIds: ['i2'], groups: ['Pelaku UMKM'], kinds: ['interview'] as Document['kind'][] }, ['b']],
  ])('%s', (_name, filter, expected) => {
    expect(filterRetrieved(rows, filter).map((r) => r.segment.id)).toEqual(expected);
  });

  it('counts segments, informants and documents', () => {
    expect(retrievalCounts(rows)).toEqual({ segments: 4, informants: 2, documents: 4 });
  });
});

describe('quoteInContext', () => {
  const text = 'P: Bagaimana?\nI: Kami dibina oleh dinas koperasi setiap bulan sekali.\nP: Lalu?';
  const start = text.indexOf('dinas');
  const end = start + 'dinas koperasi'.length;

  it('keeps to the quote’s line and whole words', () => {
    expect(quoteInContext(text, start, end, 8)).toEqual({ before: '…oleh ', quote: 'dinas koperasi', after: ' setiap…' });
  });

  it('shows the whole line when it is short', () => {
    expect(quoteInContext(text, start, end, 200)).toEqual({ before: 'I: Kami dibina oleh ', quote: 'dinas koperasi', after: ' setiap bulan sekali.' });
  });
});
