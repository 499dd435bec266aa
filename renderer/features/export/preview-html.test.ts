import { describe, expect, it } from 'vitest';
import { demoteHeadings } from './preview-html';

describe('the preview’s headings', () => {
  it('sit two levels under the screen’s title, so the screen keeps its one h1', () => {
    const html = '<h1>Lampiran 1. Daftar informan</h1><p>Teks h1 tetap</p><h2 id="a">Sub</h2><h5>Lima</h5><h6>Enam</h6>';
    expect(demoteHeadings(html)).toBe('<h3>Lampiran 1. Daftar informan</h3><p>Teks h1 tetap</p><h4 id="a">Sub</h4><h6>Lima</h6><h6>Enam</h6>');
  });
});
