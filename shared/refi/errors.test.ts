import { describe, expect, it } from 'vitest';
import { describeProjectFileError, describeProjectFileWarning, ProjectFileError, type ProjectFileErrorCode, type ProjectFileWarningCode } from './errors';

const warningCodes: ProjectFileWarningCode[] = [
  'skipped-sources',
  'skipped-media-codings',
  'missing-sources',
  'skipped-codings-missing-source',
  'text-from-rich-text',
  'skipped-links',
  'skipped-graphs',
  'skipped-sets',
  'skipped-selections',
  'uncoded-selections',
  'skipped-document-codings',
  'skipped-case-codings',
  'skipped-case-selections',
  'unknown-code-ref',
  'unreadable-extras',
  'rebuilt-hierarchy',
  'offsets-unexpected',
];

const errorCodes: ProjectFileErrorCode[] = [
  'not-zip',
  'truncated',
  'zip-bomb',
  'unsafe-archive',
  'no-project-xml',
  'malformed-xml',
  'unsafe-xml',
  'not-a-project',
  'missing-source',
  'malformed-codebook',
  'not-a-codebook',
];

describe('describeProjectFileWarning', () => {
  it.each(warningCodes)('says in both languages what was left out (%s), with its count', (code) => {
    const warning = { code, what: 'Wawancara 1', count: 37 };
    const id = describeProjectFileWarning(warning, 'id');
    const en = describeProjectFileWarning(warning, 'en');
    // Two warnings are about one thing and name it instead of counting.
    const says = code === 'unreadable-extras' || code === 'offsets-unexpected' ? 'Wawancara 1' : '37';
    for (const sentence of [id, en]) {
      expect(sentence).not.toMatch(/refi:|\{\{/);
      expect(sentence).toContain(says);
    }
    expect(id).not.toBe(en);
  });

  it('names the kind of source in the reader’s language, not the XML element', () => {
    const warning = { code: 'skipped-sources' as const, what: 'PictureSource', count: 2 };
    expect(describeProjectFileWarning(warning, 'id')).toBe('2 sumber gambar dilewati: Pilah hanya membuka transkrip teks.');
    expect(describeProjectFileWarning(warning, 'en')).toBe('2 picture source(s) skipped: Pilah opens text transcripts only.');
  });
});

describe('describeProjectFileError', () => {
  it.each(errorCodes)('gives one sentence naming the file for %s', (code) => {
    for (const locale of ['id', 'en'] as const) {
      const sentence = describeProjectFileError(new ProjectFileError(code), locale, 'proyek-nvivo.qdpx');
      expect(sentence).toContain('proyek-nvivo.qdpx');
      expect(sentence).not.toMatch(/refi:|\{\{/);
    }
  });
});
