import { describe, expect, it } from 'vitest';
import { cmToTwips, DEFAULT_APPENDIX_FORMAT, lineSpacingValue, resolveFormat, sectionMargins, textWidthTwips } from './format';

describe('appendix format', () => {
  it('defaults to the pedoman: Times New Roman 12, tables 11, spacing 1.5, margins 4-4-3-3, Tabel 4.x', () => {
    expect(resolveFormat()).toEqual(DEFAULT_APPENDIX_FORMAT);
    expect(DEFAULT_APPENDIX_FORMAT).toMatchObject({
      font: 'Times New Roman',
      fontSize: 12,
      tableFontSize: 11,
      lineSpacing: 1.5,
      margins: { top: 4, left: 4, bottom: 3, right: 3 },
      chapter: '4',
      sourceNote: true,
      citationStyle: 'interview',
    });
  });

  it.each([
    [4, 2268],
    [3, 1701],
    [2, 1134],
    [2.54, 1440],
  ])('%s cm is %s twips', (cm, twips) => {
    expect(cmToTwips(cm)).toBe(twips);
  });

  it.each([
    [1.5, 360],
    [2, 480],
  ])('line spacing %s is %s', (spacing, value) => expect(lineSpacingValue(spacing)).toBe(value));

  it('brings values from the dialog back into range instead of writing a broken file', () => {
    const f = resolveFormat({
      tableFontSize: 9 as 10,
      lineSpacing: 3 as 2,
      fontSize: Number.NaN,
      margins: { top: 40, left: -1, bottom: 3, right: 3 },
      font: '  ',
      firstTableNumber: 0,
      citationStyle: 'apa' as 'line',
    });
    expect(f).toMatchObject({ tableFontSize: 10, lineSpacing: 2, fontSize: 12, font: 'Times New Roman', firstTableNumber: 1, citationStyle: 'interview' });
    expect(f.margins).toEqual({ top: 6, left: 1, bottom: 3, right: 3 });
    expect(resolveFormat({ tableFontSize: 10, lineSpacing: 2, chapter: 'IV' })).toMatchObject({ tableFontSize: 10, lineSpacing: 2, chapter: 'IV' });
  });

  it('keeps the table contents and numbering in the format, defaults for anything missing or unknown', () => {
    expect(resolveFormat()).toMatchObject({ tableNumbering: 'appendix', sourceNoteText: '', sourceYear: null, unjudgedVerdicts: 'notJudged', evidenceText: 'quote', codebookColour: false });
    const f = resolveFormat({
      tableNumbering: 'roman' as 'chapter',
      unjudgedVerdicts: 'guess' as 'suggestion',
      evidenceText: 'both' as 'reduced',
      codebookColour: 'yes' as unknown as boolean,
      sourceNoteText: '  Hasil   wawancara, ',
    });
    expect(f).toMatchObject({ tableNumbering: 'appendix', unjudgedVerdicts: 'notJudged', evidenceText: 'quote', codebookColour: false, sourceNoteText: 'Hasil wawancara' });
  });

  it('turns the margins with a landscape page, so the 4 cm binding margin stays at the binding', () => {
    const f = resolveFormat();
    expect(sectionMargins(f, 'portrait')).toEqual({ top: 2268, left: 2268, bottom: 1701, right: 1701 });
    // The top of a landscape table faces the binding (the portrait left edge).
    expect(sectionMargins(f, 'landscape')).toEqual({ top: 2268, right: 2268, bottom: 1701, left: 1701 });
    expect(textWidthTwips(f, 'portrait')).toBe(11906 - 2268 - 1701);
    expect(textWidthTwips(f, 'landscape')).toBe(16838 - 1701 - 2268);
  });
});
