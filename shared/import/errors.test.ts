import { describe, expect, it } from 'vitest';
import { describeImportError, ImportError, type ImportErrorCode } from './errors';

const CODES: ImportErrorCode[] = [
  'empty', 'too-large', 'legacy-doc', 'not-docx', 'truncated', 'zip-bomb', 'unsafe-archive', 'undecodable', 'no-text', 'unsupported-type',
];

describe('describeImportError', () => {
  it('gives the example sentence for a legacy .doc', () => {
    expect(describeImportError(new ImportError('legacy-doc', 'wawancara.doc'), 'id')).toBe(
      'Berkas "wawancara.doc" berformat Word lama (.doc); simpan ulang sebagai .docx di Word lalu impor lagi.',
    );
  });

  it.each(CODES)('%s: one distinct sentence per locale naming the file', (code) => {
    const id = describeImportError(new ImportError(code, 'w1.docx'), 'id');
    const en = describeImportError(new ImportError(code, 'w1.docx'), 'en');
    for (const sentence of [id, en]) {
      expect(sentence).toContain('"w1.docx"');
      expect(sentence).toMatch(/\.$/);
      expect(sentence.split(/[.;] /).length).toBeLessThanOrEqual(3);
    }
    expect(id).not.toBe(en);
    const others = CODES.filter((c) => c !== code).map((c) => describeImportError(new ImportError(c, 'w1.docx'), 'id'));
    expect(others).not.toContain(id);
  });

  it('states the size limit of the file type', () => {
    expect(describeImportError(new ImportError('too-large', 'a.docx'), 'en')).toContain('50 MB');
    expect(describeImportError(new ImportError('too-large', 'a.txt'), 'en')).toContain('20 MB');
  });

  it('describes an unexpected error without its technical message', () => {
    const sentence = describeImportError(new TypeError('Cannot read properties of undefined'), 'en', 'w2.docx');
    expect(sentence).toContain('"w2.docx"');
    expect(sentence).not.toContain('Cannot read');
  });
});
