import { describe, expect, it } from 'vitest';
import { describeProjectFileWarning, type ProjectFileWarning } from './errors';

const codes: ProjectFileWarning['code'][] = [
  'skipped-sources',
  'skipped-links',
  'skipped-graphs',
  'skipped-sets',
  'skipped-selections',
  'skipped-document-codings',
  'unknown-code-ref',
  'unreadable-extras',
];

describe('describeProjectFileWarning', () => {
  it.each(codes)('says in both languages what was left out (%s), with its count', (code) => {
    const warning: ProjectFileWarning = { code, what: 'PictureSource', count: 3 };
    const id = describeProjectFileWarning(warning, 'id');
    const en = describeProjectFileWarning(warning, 'en');
    for (const sentence of [id, en]) {
      expect(sentence).not.toMatch(/refi:|\{\{/);
      expect(sentence).toContain('PictureSource');
    }
    expect(id).not.toBe(en);
  });
});
