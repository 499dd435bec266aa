/** The optional inter-coder agreement part, written to .docx and read back with mammoth. */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { agreementReport, formatCoefficient, formatPercent } from '../agreement';
import { codeRange, withCoder } from '../agreement/test-support';
import { buildAppendix, DEFAULT_APPENDIX_PARTS, describeAppendixParts } from './index';
import { handMadeProject } from './test-support';

const textOf = async (bytes: Uint8Array): Promise<string> => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;

/** The hand-made project with a second coder who codes the owner's first segment again, a little shorter. */
function twoCoders() {
  const { state, segments } = handMadeProject();
  const first = segments.sosialisasi;
  const withSecond = withCoder(state, 'koder-2', 'Rina Marlina');
  return codeRange(withSecond, 'koder-2', first.documentId, first.start, first.end - 3, first.codeIds);
}

describe('the agreement part', () => {
  it('is offered, and exported by default, only when two coders coded the same transcripts', async () => {
    const alone = handMadeProject().state;
    const part = (state: typeof alone, locale: 'id' | 'en') => describeAppendixParts(locale, state).find((p) => p.id === 'agreement')!;
    expect(part(alone, 'id')).toMatchObject({ hasData: false, emptyNote: 'Hanya bila dua koder mengode transkrip yang sama.' });
    expect(part(alone, 'en')).toMatchObject({ hasData: false, emptyNote: 'Only when two coders have coded the same transcripts.' });
    expect(part(twoCoders(), 'id')).toMatchObject({ hasData: true, emptyNote: '' });
    // The default export of a one-coder project has no (empty) agreement lampiran; a two-coder project's has it.
    expect(await textOf(await buildAppendix(alone, { parts: [...DEFAULT_APPENDIX_PARTS], locale: 'id' }))).not.toMatch(/Kesepakatan antarkoder|dua koder/i);
    // (No conclusions in this project: that lampiran is left out too, so agreement is the seventh.)
    expect(await textOf(await buildAppendix(twoCoders(), { parts: [...DEFAULT_APPENDIX_PARTS], locale: 'id' }))).toMatch(
      /Lampiran 5\. Tabel triangulasi sumber[\s\S]*Lampiran 6\. Tabel triangulasi teknik[\s\S]*Lampiran 7\. Kesepakatan antarkoder/,
    );
  });

  it('shows per code and overall the figures the agreement report computes, with the formulas', async () => {
    const state = twoCoders();
    const report = agreementReport(state, null, 'koder-2', { locale: 'id' });
    const text = await textOf(await buildAppendix(state, { parts: ['agreement'], locale: 'id' }));
    expect(text).toContain('Kesepakatan Antarkoder Tingkat Karakter (Nadia Putri dan Rina Marlina)');
    expect(text).toContain('Ambang Tumpang Tindih 90%');
    const code = report.codes[0]!;
    const row = report.character.codes[0]!;
    expect(text).toMatch(new RegExp(`${escape(code.path)}\\s+${escape(formatPercent('id', row.figures.percentAgreement))}\\s+${escape(formatCoefficient('id', row.figures.kappa))}`));
    expect(text).toContain(report.formulas.character[0]!);
    expect(text).toContain(report.formulas.segment[0]!);
    expect(text).toContain('Rata-rata');
  });

  it('says that two coders are needed when only the owner coded', async () => {
    const text = await textOf(await buildAppendix(handMadeProject().state, { parts: ['agreement'], locale: 'en' }));
    expect(text).toContain('No two coders have coded the same transcript yet');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
