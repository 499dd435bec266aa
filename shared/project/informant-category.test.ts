import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildAppendix } from '../appendix';
import { handMadeProject } from '../appendix/test-support';
import { roleOrderedMatrix } from '../display';
import { categoryLabel } from './informant-category';
import { childrenOf } from './code-tree';

describe('informant categories in English', () => {
  it.each([
    ['Informan kunci', 'en', 'Key informant'],
    ['informan utama ', 'en', 'Main informant'],
    ['Informan pendukung', 'en', 'Supporting informant'],
    ['Informan kunci', 'id', 'Informan kunci'],
    ['Tokoh masyarakat', 'en', 'Tokoh masyarakat'],
  ] as const)('%s in %s reads "%s"', (category, locale, shown) => {
    expect(categoryLabel(category, locale)).toBe(shown);
  });

  it('the English appendix and the role-ordered matrix name the default categories in English', async () => {
    const { state, kabid } = handMadeProject();
    expect(kabid.category).toMatch(/^Informan /);
    const expected = categoryLabel(kabid.category, 'en');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await buildAppendix(state, { parts: ['informants'], locale: 'en' })) })).value;
    expect(text).toContain(expected);
    expect(text).not.toContain(kabid.category);
    const root = childrenOf(state, null)[0]!;
    const matrix = roleOrderedMatrix(state, { rootCodeId: root.id, by: 'category', locale: 'en' });
    expect(matrix.columns.map((c) => c.label)).toContain(expected);
  });
});
